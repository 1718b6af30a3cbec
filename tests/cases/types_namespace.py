import types
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b)
ns.c = [1]; del ns.a
print(ns, vars(ns), SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print(repr(SimpleNamespace()), hasattr(ns, 'c'), getattr(ns, 'zz', 'dflt'))
def f(): pass
def g(): yield 1
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), isinstance(None, types.NoneType), isinstance(f, types.MethodType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__)
cfg = SimpleNamespace(**{'host': 'h', 'port': 80})
print(cfg.host, cfg.port, sorted(cfg.__dict__))
class NS(SimpleNamespace): pass
print(NS(x=1))
try:
    SimpleNamespace(1)
except TypeError as e:
    print(e)
