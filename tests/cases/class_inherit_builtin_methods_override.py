class UpperDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k.upper(), v)
    def __getitem__(self, k): return super().__getitem__(k.upper())
d = UpperDict()
d['a'] = 1
print(d['A'], d['a'], dict(d), 'A' in d)
d.update(b=2)
print(dict(d))
d2 = UpperDict(c=3)
print(dict(d2))
