"""Custom containers via collections.abc mixins: a case-insensitive dict, a typed list, a ring buffer, a range set."""
from collections.abc import MutableMapping, MutableSequence, Sequence, Set, Iterable, Mapping, Hashable, Sized

class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=None, **kw):
        self._store = {}
        self.update(data or {}, **kw)
    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)
    def __getitem__(self, key):
        return self._store[key.lower()][1]
    def __delitem__(self, key):
        del self._store[key.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._store.values())
    def __len__(self):
        return len(self._store)
    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())!r})"

class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind, self._data = kind, []
        self.extend(items)
    def _check(self, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(v).__name__}")
        return v
    def __getitem__(self, i):
        return self._data[i]
    def __setitem__(self, i, v):
        self._data[i] = self._check(v)
    def __delitem__(self, i):
        del self._data[i]
    def __len__(self):
        return len(self._data)
    def insert(self, i, v):
        self._data.insert(i, self._check(v))
    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]({self._data})"

class Ring(Sequence):
    def __init__(self, items, start=0):
        self._items, self._start = list(items), start
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError("ring index out of range")
        return self._items[(self._start + i) % len(self._items)]
    def __len__(self):
        return len(self._items)

class RangeSet(Set):
    def __init__(self, ranges):
        self.ranges = sorted(ranges, key=lambda r: (r.start, r.stop))
    def __contains__(self, x):
        return any(r.start <= x < r.stop for r in self.ranges)
    def __iter__(self):
        seen = set()
        for r in self.ranges:
            for x in r:
                if x not in seen:
                    seen.add(x)
                    yield x
    def __len__(self):
        return sum(1 for _ in self)
    @classmethod
    def _from_iterable(cls, it):
        return cls([range(x, x + 1) for x in it])
    def __repr__(self):
        return f"RangeSet({sorted(self)})"

h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
h["content-type"] = "application/json"
h.setdefault("X-Trace", "abc")
print(h, h["CONTENT-TYPE"], "accept" in h, len(h), h.get("missing", "-"), sorted(h.keys()))
print(h.pop("x-trace"), h.popitem(), h, h == {"content-type": "application/json"}, dict(h))
h.update([("A", 1)], B=2)
print(list(h.items()), list(h.values()), isinstance(h, Mapping), isinstance(h, dict))
tl = TypedList(int, [3, 1, 2])
tl.append(5)
tl += [7, 8]
tl.reverse()
print(tl, tl.index(3), tl.count(1), 7 in tl, tl.pop(), tl.pop(0), tl, len(tl))
tl.remove(1)
print(tl, list(reversed(tl)), sorted(tl))
try:
    tl.append("x")
except TypeError as e:
    print("TypeError:", e)
r = Ring("abcdef", start=4)
print(list(r), r[0], r[-1], r[1:4], r.index("a"), r.count("b"), "z" in r, list(reversed(r)))
try:
    r[6]
except IndexError as e:
    print("IndexError:", e)
a = RangeSet([range(1, 5), range(10, 12)])
b = RangeSet([range(3, 11)])
print(a, 4 in a, 5 in a, len(a), a & b, a | b, a - b, a <= (a | b), a.isdisjoint(RangeSet([range(20, 22)])))
print(isinstance(a, Set), isinstance([], Sequence), isinstance({}, MutableMapping), isinstance(1, Hashable), isinstance([], Hashable), isinstance("", Sized), issubclass(Ring, Iterable))
try:
    class Incomplete(Sequence):
        pass
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
