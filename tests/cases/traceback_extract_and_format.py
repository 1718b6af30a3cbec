import traceback, sys
def inner():
    raise ValueError('deep')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print([(f.name, f.line) for f in frames])
    print(len(traceback.format_tb(tb)))
    print(traceback.format_exception_only(type(e), e))
    lines = traceback.format_exception(type(e), e, tb)
    print(lines[0], lines[-1], sep='')
    print(type(tb).__name__, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print('depth', depth)
print(sys.exc_info())
try:
    raise KeyError('x')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is v.__traceback__)
    print(repr(sys.exception()) if hasattr(sys, 'exception') else 'no sys.exception in 3.11')
