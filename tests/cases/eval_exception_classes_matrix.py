def f(a, b=2, *args, k=1, **kw) -> int:
    "doc of f"
    return a + b + k
def g(): pass
def h():
    x = 1
    y = 2
    def inner(): return x + y
    return inner
class B: pass
class C(B):
    "C doc"
    cls_attr = 5
    def __init__(self): self.x = 1
    def method(self): pass
    class Inner: pass
exprs = ['ValueError.__name__', 'ValueError.__mro__[1].__name__', 'issubclass(ValueError, Exception)', 'isinstance(ValueError(), BaseException)', 'type(ValueError()).__name__', 'ValueError.__module__', 'BaseException.__bases__', 'Exception.__bases__[0].__name__', 'KeyError.__mro__[1].__name__', 'type(StopIteration).__name__', 'callable(ValueError)', "ValueError('a') == ValueError('a')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
