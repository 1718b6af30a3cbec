def f():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
try: f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
