# `<=`: __le__, the reflected __ge__ of the other operand, subclass priority, NotImplemented fallbacks
class A:
    def __init__(self, v): self.v = v
    def __le__(self, o):
        print('  A.__le__', self.v, getattr(o, 'v', o))
        return NotImplemented if isinstance(o, str) else ('A.__le__', self.v)
class B:
    def __init__(self, v): self.v = v
    def __ge__(self, o):
        print('  B.__ge__', self.v, getattr(o, 'v', o))
        return ('B.__ge__', self.v)
class SubA(A):
    def __ge__(self, o):
        print('  SubA.__ge__', self.v, getattr(o, 'v', o))
        return ('SubA.__ge__', self.v)
print(A(1) <= A(2))
print(A(1) <= B(2))
print(3 <= B(2))
print(A(1) <= SubA(2))
for a, b in [(A(1), 'text'), ('text', A(1)), (B(1), 5), (1.5, B(2))]:
    try:
        print(a <= b)
    except TypeError as e:
        print('TypeError', e)
