class My(list):
    tag = 'mine'
    def describe(self):
        return f'Mylist({list.__repr__(self)})'
x = My([1, 2])
print(type(x).__name__, isinstance(x, list), x.tag, x.describe())
results = (x + [3], x * 2, x[::-1], len(x), x == [1, 2], sorted(x), list(x), str(x),)
print([type(r).__name__ for r in results])
print(results)
x.extra = 'attr'
print(x.extra, My.__mro__[1].__name__, repr(x) == list.__repr__(x))
