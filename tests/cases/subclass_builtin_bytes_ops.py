class My(bytes):
    tag = 'mine'
    def describe(self):
        return f'Mybytes({bytes.__repr__(self)})'
x = My(b'ab')
print(type(x).__name__, isinstance(x, bytes), x.tag, x.describe())
results = (x + b'c', x * 2, x[0], x[1:], len(x), x == b'ab', x.upper(), bytes(x),)
print([type(r).__name__ for r in results])
print(results)
x.extra = 'attr'
print(x.extra, My.__mro__[1].__name__, repr(x) == bytes.__repr__(x))
