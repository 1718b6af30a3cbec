def f(): raise ValueError('x')
try: f()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is not None)
    e2 = RuntimeError('y').with_traceback(tb)
    print(e2.__traceback__ is tb)
