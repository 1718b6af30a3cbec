class Seq:
    def __init__(self, data): self.data = list(data)
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __repr__(self): return f'Seq({self.data})'
s = Seq('abcde')
print(len(s), s[0], s[-1], s[1:3], s[::2], s[slice(1, None)])
s[0] = 'A'; del s[1]
print(s, list(s), 'c' in s, 'z' in s, list(reversed(s)))
for i, ch in enumerate(s): print(i, ch, end=' ')
print()
a, b, *c = s
print(a, b, c, sorted(s), ''.join(s))
class Contains:
    def __contains__(self, x): return x == 42
    def __iter__(self): return iter([1, 2])
print(42 in Contains(), 1 in Contains(), 1 not in Contains())
class IterOnly:
    def __iter__(self):
        yield from (10, 20)
print(20 in IterOnly(), 30 in IterOnly(), list(IterOnly()))
class GetitemIndexError:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
print(list(GetitemIndexError()), 4 in GetitemIndexError(), 5 in GetitemIndexError())
class Rev:
    def __reversed__(self): return iter('zyx')
    def __len__(self): return 3
    def __getitem__(self, i): return 'xyz'[i]
print(list(reversed(Rev())))
class Missing(dict):
    def __missing__(self, k): return k * 2
m = Missing(a=1)
print(m['a'], m['bb'], m.get('q'), 'bb' in m)
class LenBad:
    def __len__(self): return -1
try:
    len(LenBad())
except ValueError as e:
    print('ValueError', e)
class LenFloat:
    def __len__(self): return 1.5
try:
    len(LenFloat())
except TypeError as e:
    print('TypeError', e)
class LenBig:
    def __len__(self): return 2**70
try:
    len(LenBig())
except OverflowError as e:
    print('OverflowError', e)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class IterReturnsNonIter:
    def __iter__(self): return 5
try:
    iter(IterReturnsNonIter())
except TypeError as e:
    print(e)
try:
    for _ in IterReturnsNonIter(): pass
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self): return self
try:
    next(NoNext())
except TypeError as e:
    print(e)
try:
    del Seq('a')['x']
except TypeError as e:
    print(e)
class ROnly:
    def __getitem__(self, k): return k
try:
    ROnly()[1] = 2
except TypeError as e:
    print(e)
try:
    del ROnly()[1]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(ROnly()[1:2], ROnly()[1, 2], ROnly()[...], ROnly()[:, 1])
