class M:
    def f(self, __arg=1): return __arg
    def g(self):
        __local = 5
        return [__local for _ in range(1)], (lambda __y=2: __y)()
    __class_attr = [1]
    def h(self): return getattr(self, '_M__class_attr'), hasattr(self, '__class_attr')
print(M().f(), M().g(), M().h())
print(M.f.__code__.co_varnames[:2])
class _Under:
    def m(self): self.__v = 1; return list(vars(self))
print(_Under().m())
