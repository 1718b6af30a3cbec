# `*` on user classes: __mul__, the reflected __rmul__, in-place __imul__ and their fallbacks
class L:
    def __init__(self, v): self.v = v
    def __mul__(self, o):
        if isinstance(o, (L, int)):
            return ('L.__mul__', self.v, getattr(o, 'v', o))
        return NotImplemented
class R:
    def __init__(self, v): self.v = v
    def __rmul__(self, o):
        return ('R.__rmul__', self.v, getattr(o, 'v', o))
class I:
    def __init__(self, v): self.v = v
    def __imul__(self, o):
        self.v = ('I.__imul__', self.v, o)
        return self
class Sub(L):
    def __rmul__(self, o):
        return ('Sub.__rmul__', self.v, getattr(o, 'v', o))
print(L(1) * L(2))
print(L(1) * 3)
print(L(1) * R(2))
print(5 * R(2))
print(L(1) * Sub(2))
x = I(1)
y = x
x *= 7
print(x is y, x.v)
z = L(3)
z *= 4
print(z)
for a, b in [(L(1), 'str'), ('str', L(1)), (R(1), R(2)), (I(1), I(2)), (2.5, R(1))]:
    try:
        print(a * b)
    except TypeError as e:
        print('TypeError', e)
w = R(1)
try:
    w *= R(2)
    print('in-place fell back:', w)
except TypeError as e:
    print('TypeError', e)
