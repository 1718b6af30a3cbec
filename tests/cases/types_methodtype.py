import types, functools
class logged:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
    def __call__(self, *args, **kwargs):
        print('calling', self.func.__name__)
        return self.func(*args, **kwargs)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)
class Calc:
    def __init__(self, base): self.base = base
    @logged
    def add(self, x): return self.base + x
print(Calc(10).add(5), Calc.add.__name__)
def shout(self): return self.name.upper()
class P:
    def __init__(self, n): self.name = n
p = P('bob')
p.shout = types.MethodType(shout, p)
print(p.shout(), p.shout.__self__ is p, p.shout.__func__ is shout)
bound = shout.__get__(p, P)
print(bound(), type(bound).__name__, shout.__get__(None, P) is shout)
class Memo:
    def __init__(self, f): self.f = f; self.cache = {}
    def __get__(self, obj, cls):
        return functools.partial(self, obj)
    def __call__(self, obj, n):
        if n not in self.cache: self.cache[n] = self.f(obj, n)
        return self.cache[n]
class M:
    @Memo
    def sq(self, n): return n * n
print(M().sq(4), M().sq(4))
