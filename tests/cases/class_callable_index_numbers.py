class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1): return (self.n + x) * scale
add5 = Adder(5)
print(add5(1), add5(2, scale=3), callable(add5), list(map(add5, [1, 2])))
try:
    add5()
except TypeError as e:
    print('TypeError', e)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30][i], 'abcd'[Idx(1):Idx(3)], bin(i), hex(Idx(255)), oct(i), range(Idx(3)), [0] * Idx(3))
print(int(i) if hasattr(Idx, '__int__') else 'int() uses __index__:', int(Idx(7)), __import__ if False else 0)
class BadIdx:
    def __index__(self): return 'x'
try:
    [1][BadIdx()]
except TypeError as e:
    print('TypeError', e)
try:
    [1]['a']
except TypeError as e:
    print('TypeError', e)
class Num:
    def __int__(self): return 42
    def __float__(self): return 4.5
    def __complex__(self): return 1 + 2j
    def __round__(self, nd=None): return ('round', nd)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __abs__(self): return 'abs'
n = Num()
import math
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n))
class IntReturnsFloat:
    def __int__(self): return 1.5
try:
    int(IntReturnsFloat())
except TypeError as e:
    print('TypeError', e)
class FloatReturnsInt:
    def __float__(self): return 1
try:
    float(FloatReturnsInt())
except TypeError as e:
    print('TypeError', e)
class OnlyIndex:
    def __index__(self): return 3
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
try:
    float(Idx('q'))
except TypeError as e:
    print('TypeError', e)
class NoConv: pass
for conv in (int, float, complex):
    try:
        conv(NoConv())
    except TypeError as e:
        print('TypeError', e)
