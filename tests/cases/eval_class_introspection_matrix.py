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
exprs = ['C.__name__', 'C.__qualname__', 'C.__module__', 'C.__bases__', '[k.__name__ for k in C.__mro__]', 'C.__doc__', "sorted(k for k in C.__dict__ if not k.startswith('__'))", 'type(C).__name__', 'C().x', 'C.cls_attr', "hasattr(C, 'method')", 'C.method.__qualname__', 'C.Inner.__qualname__', 'isinstance(C(), B)', 'issubclass(C, object)', 'vars(C())']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
