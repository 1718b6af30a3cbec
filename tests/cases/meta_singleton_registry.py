class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0): self.v = v
a = Config(1); b = Config(2)
print(a is b, a.v, b.v)
class Registry(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        return cls
class Plugin(metaclass=Registry): pass
class Alpha(Plugin): pass
class Beta(Plugin): pass
print(sorted(Registry.registry), Registry.registry['alpha'] is Alpha)
class Meta(type):
    def __repr__(cls): return f'<class {cls.__name__} via Meta>'
    def __len__(cls): return 42
    def __iter__(cls): return iter(['a', 'b'])
    def __getitem__(cls, k): return k * 2
    def __contains__(cls, k): return k == 'in'
    def __or__(cls, other): return 'meta-or'
    def __call__(cls, *a): return 'not an instance'
class K(metaclass=Meta): pass
print(repr(K), len(K), list(K), K[3], 'in' in K, K | int, K())
print(str(K), f'{K}')
class AutoAttrs(type):
    def __new__(mcls, name, bases, ns):
        ns = {k.upper() if not k.startswith('__') else k: v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, ns)
class U(metaclass=AutoAttrs):
    x = 1
    def hello(self): return 'hi'
print(U.X, U().HELLO(), hasattr(U, 'x'))
T = type('T', (object,), {'a': 1, 'm': lambda self: self.a + 1})
print(T.__name__, T().m(), T.__bases__, T.__module__)
T2 = type('T2', (T,), {})
print(T2().m(), T2.__mro__)
try:
    type('X', (1,), {})
except TypeError as e:
    print('TypeError', e)
try:
    type('X', (), [])
except TypeError as e:
    print('TypeError', e)
try:
    type(1, (), {})
except TypeError as e:
    print('TypeError', e)
try:
    type('a', 'b')
except TypeError as e:
    print('TypeError', e)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
