class D(dict):
    def __missing__(self, key): return key * 2
d = D(a=1)
print(d['a'], d['bb'], 'bb' in d, len(d))
class Logged(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
l = Logged()
l['x'] = 1
l.update(y=2)
print(l, isinstance(l, dict), type(l).__name__)
