from collections.abc import *
import collections
import collections.abc as cabc
print(isinstance([], Sequence), isinstance([], MutableSequence), isinstance((), Sequence), isinstance((), MutableSequence), isinstance('s', Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Mapping), isinstance({1}, Set), isinstance({1}, MutableSet), isinstance(frozenset(), MutableSet))
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance((x for x in []), Generator))
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(5, Callable), isinstance(int, Callable))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance({}, Sized), isinstance(3, Sized), isinstance('x', Container))
print(isinstance(collections.deque(), MutableSequence), isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.Counter(), Mapping), isinstance(range(3), Sequence))
class It:
    def __iter__(self): return iter([1])
class Cl:
    def __call__(self): pass
class Sz:
    def __len__(self): return 3
print(isinstance(It(), Iterable), isinstance(It(), Iterator), isinstance(Cl(), Callable), isinstance(Sz(), Sized), issubclass(Sz, Collection))
class Reg(Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Reg(a=1, b=2)
print(r['a'], r.get('z', 0), 'a' in r, list(r.keys()), list(r.items()), list(r.values()), r == {'a': 1, 'b': 2}, len(r), dict(r))
class Store(MutableMapping):
    def __init__(self): self.data = {}
    def __getitem__(self, k): return self.data[k.lower()]
    def __setitem__(self, k, v): self.data[k.lower()] = v
    def __delitem__(self, k): del self.data[k.lower()]
    def __iter__(self): return iter(self.data)
    def __len__(self): return len(self.data)
s = Store(); s['A'] = 1; s.update({'B': 2}, C=3); s.setdefault('d', 4)
print(s.data, s.pop('a'), s.popitem(), len(s), isinstance(s, MutableMapping), isinstance(s, dict))
try:
    class Half(Mapping):
        def __getitem__(self, k): return 1
    Half()
except TypeError as e:
    print(e)
class MySeq(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
q = MySeq(3, 1, 3)
print(list(q), 3 in q, q.index(1), q.count(3), list(reversed(q)))
class Bag(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
b = Bag([1, 2]); b |= {3}
print(list(b), list(b & {2, 3, 9}), b <= Bag([1, 2, 3, 4]), list(b - {1}), b.isdisjoint([7]))
def f(xs: Iterable[int]) -> Callable[[int], str]:
    return str
print(f([1])(5), collections.abc is cabc, cabc.Sequence.__name__, Sequence.__module__)
print(issubclass(list, Sequence), issubclass(dict, Iterable), issubclass(str, Hashable), issubclass(int, Sequence))
