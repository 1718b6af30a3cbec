import sys
def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

x = g()
print(next(x), sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    print(next(x), sys.exc_info()[0].__name__)
print(next(x))
try:
    raise TypeError
except TypeError as e:
    print(repr(e.__context__))

def h():
    yield
    raise ValueError("from h")
y = h(); next(y)
try:
    raise KeyError("outer")
except KeyError:
    try:
        next(y)
    except ValueError as e:
        print(repr(e.__context__))
