class Name(str):
    def shout(self): return self.upper() + '!'
n = Name('bob')
print(n.shout(), n + 'x', type(n + 'x').__name__, n == 'bob', repr(n))
class Num(int):
    def __repr__(self): return f'Num({int(self)})'
x = Num(5)
print(x + 1, type(x + 1).__name__, repr(x), x * 2)
class Pos(int):
    def __new__(cls, v): return super().__new__(cls, abs(v))
print(Pos(-3), isinstance(Pos(1), int))
