class My(float):
    tag = 'mine'
    def describe(self):
        return f'Myfloat({float.__repr__(self)})'
x = My(2.5)
print(type(x).__name__, isinstance(x, float), x.tag, x.describe())
results = (x + 1, x * 2, -x, round(x), x == 2.5, str(x), f'{x:.1f}', x.is_integer(),)
print([type(r).__name__ for r in results])
print(results)
x.extra = 'attr'
print(x.extra, My.__mro__[1].__name__, repr(x) == float.__repr__(x))
