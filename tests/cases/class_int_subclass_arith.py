class Money(int):
    def __new__(cls, v, cur='USD'):
        o = super().__new__(cls, v)
        o.cur = cur
        return o
    def __add__(self, o): return Money(int(self) + int(o), self.cur)
    def __repr__(self): return f'{int(self)} {self.cur}'
m = Money(5, 'EUR')
print(m + 3, 3 + m, m * 2, type(m * 2).__name__, m == 5, hash(m) == hash(5), m.real)
