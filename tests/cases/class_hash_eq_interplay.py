class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print('TypeError', e)
try:
    {EqOnly(1)}
except TypeError as e:
    print('TypeError', e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print('TypeError', e)
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Both) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f'Both({self.v})'
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, {Both(3): 'x'}[Both(3)])
class Sub(Both):
    def __eq__(self, o): return False
print(Sub.__hash__ is None)
class Sub2(Both):
    pass
print(Sub2.__hash__ is Both.__hash__, hash(Sub2(5)) == hash(5))
class HashOnly:
    def __hash__(self): return 7
a, b = HashOnly(), HashOnly()
print(hash(a), a == b, len({a, b}))
class BadHash:
    def __hash__(self): return 'str'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print('TypeError', e)
from collections.abc import Hashable
print(isinstance(Explicit(), Hashable), isinstance(Both(1), Hashable), isinstance(EqOnly(1), Hashable), isinstance([], Hashable))
class Mutable:
    def __init__(self): self.k = 1
    def __hash__(self): return self.k
    def __eq__(self, o): return self is o
m = Mutable()
d = {m: 'v'}
m.k = 2
print(m in d, d.get(m))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for unh in [[], {}, set(), bytearray()]:
    try:
        hash(unh)
    except TypeError as e:
        print('TypeError', e)
try:
    hash(([],))
except TypeError as e:
    print('TypeError', e)
