# weakref (strong semantics in pyex): which objects accept weak references, ref identity/equality/
# hashing, callbacks stored, WeakMethod, proxies, WeakValueDictionary/WeakKeyDictionary/WeakSet
# APIs and errors, finalize called explicitly (objects stay alive in this program, so the output
# is the same under CPython)
import weakref

class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'A({self.n})'
    def __eq__(self, o): return isinstance(o, A) and o.n == self.n
    def __hash__(self): return hash(self.n)
    def m(self): return self.n * 10

class Slotted:
    __slots__ = ('x',)

class SlottedW:
    __slots__ = ('x', '__weakref__')

class L(list): pass
class I(int): pass

def f(): pass

for x in [1, 'a', (1,), [1], {}, None, 1.5, b'', bytearray(), True, set(), frozenset(), A, f, A(1), L(), I(3),
          Slotted(), SlottedW(), len]:
    try:
        weakref.ref(x)
        print('ok', type(x).__name__)
    except TypeError as e:
        print('TypeError', e)

a, b = A(1), A(1)
r = weakref.ref(a)
tmp = weakref.ref(a, lambda w: 0)
print(r() is a, r is weakref.ref(a), tmp is r, r.__callback__)
print(r == weakref.ref(b), r != weakref.ref(b), hash(r) == hash(a), weakref.ref(a) == weakref.ref(A(2)))
print(type(r).__name__, weakref.ref is weakref.ReferenceType, isinstance(r, weakref.ref))
cb = lambda w: None
r2 = weakref.ref(a, cb)
print(r2 is not r, r2.__callback__ is cb, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)), weakref.getweakrefcount(A(5)))
print(weakref.getweakrefs(A(9)))

wm = weakref.WeakMethod(a.m)
print(wm()(), wm() == a.m, isinstance(wm, weakref.ref), type(wm).__mro__[1].__name__)
try:
    weakref.WeakMethod(f)
except TypeError as e:
    print('TypeError', e)

p = weakref.proxy(a)
print(p.n, p.m(), str(p), p == a, isinstance(p, weakref.ProxyType), type(p).__name__)
p.n = 7
print(a.n, p.n)
a.n = 1
cp = weakref.proxy(f)
print(type(cp).__name__, cp() is None, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
keep = L([3, 1, 2])
pl = weakref.proxy(keep)
print(len(pl), pl[0], 1 in pl, list(pl), sorted(pl))
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)

d = weakref.WeakValueDictionary()
k1, k2 = A(1), A(2)
d['x'] = k1
d['y'] = k2
print(len(d), d['x'], 'x' in d, 'z' in d, sorted(d), sorted(d.keys()), list(d.values()), list(d.items()))
print(d.get('z'), d.get('z', 0), d.get('x'), d.pop('y'), len(d), d.setdefault('q', k2), len(d))
print(sorted(r.key for r in d.valuerefs()), [type(r).__name__ for r in d.itervaluerefs()])
for bad in [1, 'str', [1]]:
    try:
        d['bad'] = bad
    except TypeError as e:
        print('TypeError', e)
try:
    d['nope']
except KeyError as e:
    print('KeyError', e)
d2 = d.copy(); d2['z'] = k1
print(len(d), len(d2), type(d2).__name__, dict(d | {'w': k1}).keys() >= {'w'})
d.update({'u': k1}, v=k2)
print(sorted(d), d.popitem()[0] in ('x', 'q', 'u', 'v'), len(d))
del d['x']
print(sorted(d))

wk = weakref.WeakKeyDictionary()
wk[k1] = 'one'
wk[k2] = 'two'
print(len(wk), wk[k1], k1 in wk, 5 in wk, list(wk.values()), list(wk.keys()), wk.get(k2), wk.get(A(9), 'dflt'))
for bad in [1, 'a', (1,)]:
    try:
        wk[bad] = 0
    except TypeError as e:
        print('TypeError', e)
print(wk.pop(k1), len(wk), wk.setdefault(k1, 'x'), len(wk.keyrefs()), sorted(wk.items(), key=lambda kv: kv[0].n))
del wk[k2]
print(len(wk))

ws = weakref.WeakSet([k1, k2])
print(len(ws), k1 in ws, 3 in ws, sorted(ws, key=lambda o: o.n))
a3 = A(3)
ws.add(a3); ws.discard(A(99)); ws.remove(k2)
try:
    ws.discard(5)
except TypeError as e:
    print('TypeError', e)
print(len(ws), sorted(x.n for x in ws))
try:
    ws.add(3)
except TypeError as e:
    print('TypeError', e)
try:
    ws.remove(A(100))
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
other = weakref.WeakSet([k1])
print(other <= ws, ws >= other, len(ws | other), len(ws & other), len(ws - other), len(ws ^ other), ws == weakref.WeakSet(list(ws)))
print(ws.pop() in (k1, a3), len(ws))
ws.clear(); print(len(ws))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print('KeyError', e)

calls = []
fin = weakref.finalize(k1, calls.append, 'done')
print(fin.alive, fin.atexit, fin.peek()[2:] == (('done',), {}))
print(fin(), calls, fin.alive, fin(), calls, fin.peek(), fin.detach())
fin2 = weakref.finalize(k2, print, 'never')
obj, func, args, kw = fin2.detach()
print(obj is k2, func is print, args, kw, fin2.alive)
print(weakref.ref[int], weakref.WeakSet[int])

# finalizers still pending at exit run then (newest first)
k9, k10 = A(9), A(10)
weakref.finalize(k9, print, 'exit finalizer for', k9)
weakref.finalize(k10, print, 'exit finalizer for', k10)
import atexit
atexit.register(print, 'atexit handler', 1)
atexit.register(print, 'atexit handler', 2)
print('end of program')
