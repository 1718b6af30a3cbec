class My(int):
    tag = 'mine'
    def describe(self):
        return f'Myint({int.__repr__(self)})'
x = My(5)
print(type(x).__name__, isinstance(x, int), x.tag, x.describe())
results = (x + 1, x * 2, -x, x // 2, x == 5, hash(x) == hash(5), str(x), f'{x:03}',)
print([type(r).__name__ for r in results])
print(results)
x.extra = 'attr'
print(x.extra, My.__mro__[1].__name__, repr(x) == int.__repr__(x))
