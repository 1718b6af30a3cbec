# Rich comparison: reflected operations, __ne__ default from __eq__, and no automatic ordering fallback.
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('  E.__eq__', self.v, getattr(o, 'v', o))
        return isinstance(o, E) and self.v == o.v
print(E(1) == E(1))
print(E(1) != E(2))
print(1 == E(1))
print(E(1) != 1)
class NoEq:
    pass
x = NoEq()
print(x == x, x != x, x == NoEq(), x != NoEq())
class LtOnly:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'L{self.v}'
print(LtOnly(1) < LtOnly(2), LtOnly(2) > LtOnly(1))
try:
    LtOnly(1) <= LtOnly(2)
except TypeError as e:
    print(e)
print(sorted([LtOnly(3), LtOnly(1), LtOnly(2)]))
print(max([LtOnly(3), LtOnly(1), LtOnly(2)]), min(LtOnly(3), LtOnly(1)))
import functools
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(2) >= T(2), T(3) > T(1), T(1) >= T(3))
class Weird:
    def __eq__(self, o): return 'truthy-string'
    def __ne__(self, o): return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [Weird()], Weird() in [1])
class Raiser:
    def __eq__(self, o): raise ValueError('eq raised')
try:
    [Raiser()] == [Raiser()]
except ValueError as e:
    print('ValueError', e)
r = Raiser()
print([r] == [r], r in [r])
try:
    1 < 'a'
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None > None
except TypeError as e:
    print(e)
print((1, 'a') < (1, 'b'), [1, 2] < [1, 2, 0], (1, 2) == (1.0, 2.0))
