class My(dict):
    tag = 'mine'
    def describe(self):
        return f'Mydict({dict.__repr__(self)})'
x = My({'a': 1})
print(type(x).__name__, isinstance(x, dict), x.tag, x.describe())
results = (x | {'b': 2}, list(x), x == {'a': 1}, len(x), dict(x), x.get('a'), 'a' in x, str(x),)
print([type(r).__name__ for r in results])
print(results)
x.extra = 'attr'
print(x.extra, My.__mro__[1].__name__, repr(x) == dict.__repr__(x))
