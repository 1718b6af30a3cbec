import sys
print(sys.exc_info())
print(sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, tb.tb_lineno)
    print(sys.exception() is v)
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
print(sys.exc_info())
def helper():
    return sys.exc_info()[1]
try:
    raise ValueError("inner")
except ValueError:
    print(repr(helper()))
try:
    try:
        raise TypeError("a")
    finally:
        print("finally", sys.exc_info()[0])
except TypeError:
    pass
