def f(self): return 'f on ' + type(self).__name__
class C: pass
c = C()
bound = f.__get__(c, C)
print(bound())
print(f.__get__(None, C) is f)
class D:
    g = f
print(D().g())
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class E:
    s = sm
    k = cm
print(E.s('abc'), E().s('xy'), E.k(), E().k())
