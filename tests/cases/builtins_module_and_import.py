# `import builtins`, __import__ and types.ModuleType
import builtins
print(builtins.__name__, builtins.len([1, 2]), builtins.print is print)
print(type(builtins).__name__, repr(builtins))
orig = builtins.print
builtins.greeting = 'hi'
print(greeting)
del builtins.greeting
try:
    greeting
except NameError as e:
    print('NameError', e)

json = __import__('json')
print(json.dumps({'a': 1}))
op = __import__('os.path')
print(op.join('x', 'y'))
op2 = __import__('os.path', fromlist=['join'])
print(op2.join('a', 'b'))
for bad in [(), (1,), ('',), ('nope_mod_xyz',)]:
    try:
        __import__(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__('json', level=-1)
except ValueError as e:
    print('ValueError', e)
try:
    __import__('json', foo=1)
except TypeError as e:
    print('TypeError', e)

import types
m = types.ModuleType('mymod', 'The doc')
print(m, m.__name__, m.__doc__, m.__package__, m.__spec__, m.__loader__)
m.value = 42
exec('def f(): return value * 2', m.__dict__)
print(m.f(), sorted(k for k in m.__dict__ if not k.startswith('__')))
m2 = types.ModuleType(name='other')
print(m2.__doc__, isinstance(m2, types.ModuleType))
for args in [(), (1,), ('a', 'b', 'c')]:
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print('TypeError', e)

print('__init__' in OSError.__dict__, '__init__' in ValueError.__dict__, '__init__' in KeyError.__dict__)
class Base:
    def __init__(self, *a, **k):
        print('Base.__init__', a, k)
        super().__init__(*a, **k)
class MyErr(OSError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
e = MyErr('disk', 5)
print(repr(e), e.args, e.code, str(e))
class Multi(ValueError):
    def __init__(self, *a):
        ValueError.__init__(self, *a)
print(repr(Multi(1, 2)), Multi(1, 2).args)
