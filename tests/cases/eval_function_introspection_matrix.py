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
exprs = ['f.__name__', 'f.__qualname__', 'f.__defaults__', 'f.__kwdefaults__', 'f.__code__.co_argcount', 'f.__code__.co_kwonlyargcount', 'f.__code__.co_varnames[:4]', 'f.__annotations__', 'f.__doc__', 'f.__module__', 'callable(f)', 'type(f).__name__', 'g.__closure__ is None', 'len(h().__closure__)', 'h().__code__.co_freevars', 'f(1, 2, k=3)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
