log = []
class G:
    cls_attr = 'class'
    def __init__(self): self.inst = 'instance'
    def __getattribute__(self, name):
        log.append(('getattribute', name))
        if name == 'virtual':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        log.append(('getattr', name))
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')
    def __setattr__(self, name, value):
        log.append(('setattr', name))
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        log.append(('delattr', name))
        object.__delattr__(self, name)
g = G()
print(g.inst, g.cls_attr, g.dyn_hello, g.virtual if False else '')
try:
    g.virtual
except AttributeError as e:
    print('AttributeError', e)
g.x = 'lower'
print(g.x)
del g.x
try:
    del g.x
except AttributeError as e:
    print('AttributeError', e)
print(getattr(g, 'dyn_q'), getattr(g, 'nope', 'dflt'), hasattr(g, 'dyn_z'), hasattr(g, 'zz'))
for entry in log: print(entry)
class Proxy:
    def __init__(self, target): object.__setattr__(self, '_t', target)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v): setattr(self._t, n, v)
class Target: pass
t = Target()
p = Proxy(t)
p.a = 5
print(t.a, p.a, 'a' in vars(p), vars(t))
class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        return value
z = Lazy()
print(z.abc, z.__dict__, z.abc)
class NoRecursion:
    def __getattr__(self, name):
        if name == 'loop':
            return self.other_missing_default
        raise AttributeError(name)
try:
    NoRecursion().loop
except AttributeError as e:
    print('AttributeError', e)
print(getattr(NoRecursion(), 'loop', 'fallback'))
class SlotsGetattr:
    __slots__ = ('a',)
    def __getattr__(self, n): return f'missing {n}'
s = SlotsGetattr()
print(s.a, s.b)
s.a = 1
print(s.a)
