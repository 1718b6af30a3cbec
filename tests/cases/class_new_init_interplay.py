log = []
class A:
    def __new__(cls, *args, **kw):
        log.append(('new', cls.__name__, args, kw))
        return super().__new__(cls)
    def __init__(self, x, y=0):
        log.append(('init', x, y))
        self.x = x
a = A(1, y=2)
print(log, a.x)
log.clear()
class B:
    def __new__(cls, v):
        if v < 0:
            return 'not a B'
        return super().__new__(cls)
    def __init__(self, v):
        log.append(('B init', v))
print(B(-1), log)
print(type(B(1)).__name__, log)
class Other: pass
class C:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('C.__init__ not called for a non-C result')
print(type(C()).__name__)
class D(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __init__(self, v):
        self.orig = v
d = D(5)
print(d, d.orig)
class E:
    def __init__(self):
        return 5
try:
    E()
except TypeError as e:
    print('TypeError', e)
class F:
    pass
try:
    F(1)
except TypeError as e:
    print('TypeError', e)
class G:
    def __init__(self): pass
try:
    G(1)
except TypeError as e:
    print('TypeError', e)
class H:
    def __new__(cls, *a): return super().__new__(cls)
print(type(H(1, 2)).__name__)
try:
    object.__new__(H, 1)
except TypeError as e:
    print('TypeError', e)
try:
    object.__new__(5)
except TypeError as e:
    print('TypeError', e)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            inst = super().__new__(cls)
            inst.key = key
            cls._cache[key] = inst
        return cls._cache[key]
print(Cached('a') is Cached('a'), Cached('a') is Cached('b'))
class WithInitSubclassNew:
    def __init__(self, *a, **k): self.a, self.k = a, k
w = WithInitSubclassNew(1, z=2)
print(w.a, w.k)
