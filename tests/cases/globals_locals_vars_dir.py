top = 1
print('top' in globals(), globals()['__name__'], type(globals()).__name__)
def f(a, b=2):
    c = 3
    loc = locals()
    return sorted(loc), loc['a']
print(f(1))
def g():
    x = 1
    def inner():
        return sorted(locals())
    y = x
    return inner()
print(g())
def closure():
    x = 1
    def inner():
        return x, sorted(locals())
    return inner()
print(closure())
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
    def m(self): pass
print(C.names, sorted(k for k in vars(C) if not k.startswith('__')))
o = C(); o.z = 9
print(vars(o), o.__dict__ is vars(o))
try:
    vars(1)
except TypeError as e:
    print('TypeError', e)
try:
    vars(1, 2)
except TypeError as e:
    print('TypeError', e)
print([n for n in dir(o) if not n.startswith('__')])
print([n for n in dir(C) if not n.startswith('__')])
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir(''), dir(5)[:3] if False else '__add__' in dir(5))
class Custom:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(Custom()))
import math
print('sqrt' in dir(math), 'pi' in vars(math))
def no_locals_leak():
    for i in range(2):
        pass
    return 'i' in locals()
print(no_locals_leak())
print(sorted(vars().keys()) == sorted(globals().keys()))
def mod_locals():
    x = 1
    locals()['x'] = 2
    return x
print(mod_locals())
