class My(frozenset):
    tag = 'mine'
    def describe(self):
        return f'Myfrozenset({frozenset.__repr__(self)})'
x = My({1, 2})
print(type(x).__name__, isinstance(x, frozenset), x.tag, x.describe())
results = (x | {3}, x & {1}, len(x), x == frozenset({1, 2}), sorted(x), hash(x) == hash(frozenset({1, 2})), 2 in x, type(x | {3}).__name__,)
print([type(r).__name__ for r in results])
print(results)
x.extra = 'attr'
print(x.extra, My.__mro__[1].__name__, repr(x) == frozenset.__repr__(x))
