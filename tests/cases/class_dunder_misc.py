# more special methods: __contains__, __neg__, __index__, __format__
class Evens:
    def __contains__(self, x):
        return x % 2 == 0
e = Evens()
print(4 in e, 5 in e, 5 not in e)
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print([10, 20, 30][Idx(1)], 'abc'[Idx(2)], bin(Idx(5)), list(range(Idx(3))))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f'{self.cents / 100:.2f}'
        return '$' + s if spec == 'usd' else s
m = Money(1234)
print(f'{m:usd} {m}', format(m, 'usd'))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f'Cmp({self.v})'
print(Cmp(1) < Cmp(2), Cmp(3) > Cmp(2))
print(sorted([Cmp(3), Cmp(1), Cmp(2)]))
