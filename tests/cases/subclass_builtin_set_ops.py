class My(set):
    tag = 'mine'
    def describe(self):
        return f'Myset({set.__repr__(self)})'
x = My({1, 2})
print(type(x).__name__, isinstance(x, set), x.tag, x.describe())
results = (x | {3}, x & {1}, x - {1}, len(x), x == {1, 2}, sorted(x), 1 in x, type(x.copy()).__name__,)
print([type(r).__name__ for r in results])
print(results)
x.extra = 'attr'
print(x.extra, My.__mro__[1].__name__, repr(x) == set.__repr__(x))
