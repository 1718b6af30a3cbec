class Meters:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'{self.v}m'
    def __add__(self, o):
        if isinstance(o, Meters): return Meters(self.v + o.v)
        if isinstance(o, (int, float)): return Meters(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k): return Meters(self.v * k)
    def __rmul__(self, k): return Meters(k * self.v)
    def __eq__(self, o): return isinstance(o, Meters) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __hash__(self): return hash(self.v)
    def __index__(self): return int(self.v)
    def __format__(self, spec): return format(self.v, spec) + 'm'
print(Meters(1) + 2, 2 + Meters(1), 2.5 + Meters(1), Meters(2) * 3, 3 * Meters(2), sum([Meters(1), Meters(2)]))
print(sorted([Meters(3), Meters(1)]), Meters(2) == Meters(2), Meters(2) != Meters(3), Meters(1) in {Meters(1)})
print([10, 20, 30][Meters(1)], f'{Meters(3.14159):.2f}', hex(Meters(255)), 'ab' * Meters(2))
print(range(Meters(3)), list(range(10))[Meters(1):Meters(4)])
print(divmod(7, 2), divmod(-7, 2.0), (7).__divmod__(2), (2).__rpow__(3), (5).__rsub__(1), (3).__truediv__(2))
print((1).__add__(1.5), (1.5).__radd__(1) if hasattr(1.5, '__radd__') else 2.5, int.__add__(1, 2), float.__mul__(2.0, 3))
print(True.__add__(1), (1).__eq__(1.0), (1).__lt__(2), (1).__lt__('a'))
