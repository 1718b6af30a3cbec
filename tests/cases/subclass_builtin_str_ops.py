class My(str):
    tag = 'mine'
    def describe(self):
        return f'Mystr({str.__repr__(self)})'
x = My('abc')
print(type(x).__name__, isinstance(x, str), x.tag, x.describe())
results = (x + 'd', x * 2, x.upper(), x[1:], x == 'abc', len(x), str(x), f'{x:>5}',)
print([type(r).__name__ for r in results])
print(results)
x.extra = 'attr'
print(x.extra, My.__mro__[1].__name__, repr(x) == str.__repr__(x))
