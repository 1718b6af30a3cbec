class Tracked:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print('  getitem', k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print('  setitem', k, v)
        self.d[k] = v
t = Tracked()
t['a'] += 5
t['a'] *= 2
print(t.d)
calls = []
def key():
    calls.append('key')
    return 'k'
def target():
    calls.append('target')
    return t
target()[key()] += 1
print(calls)
class Obj:
    def __init__(self): self._v = 1
    @property
    def v(self):
        print('  get v')
        return self._v
    @v.setter
    def v(self, x):
        print('  set v', x)
        self._v = x
o = Obj()
o.v += 10
print(o._v)
lst = [1, 2, 3]
lst[1:] += [9]
print(lst)
x = 10
x -= 3; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x)
s = 'a'; s += 'b'; s *= 3
print(s)
f = 1.5; f /= 2; f += 1
print(f)
t2 = (1,); t2 += (2,)
print(t2)
d = {'k': [1]}; d['k'] += [2]
print(d)
class IAdd:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o): return 'plain add'
i = IAdd(1); j = i; i += 5
print(i is j, i.v)
class IAddNotImpl:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback to __add__'
k = IAddNotImpl(); k += 1
print(k)
try:
    n = None
    n += 1
except TypeError as e:
    print('TypeError', e)
try:
    undefined_var += 1
except NameError as e:
    print('NameError', e)
def f():
    try:
        loc += 1
    except UnboundLocalError as e:
        return str(e)
    loc = 0
print(f())
