# __len__, __getitem__, __setitem__, __contains__, __iter__
class Bag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __contains__(self, x):
        return x in self.items
b = Bag()
for v in 'abc':
    b.add(v)
print(len(b), b[0], b[-1], b[1:])
b[1] = 'B'
print(b.items, 'B' in b, 'z' in b)
print(list(b))
for x in b:
    print('iter via getitem', x)
print(bool(Bag()), bool(b))
try:
    b[10]
except IndexError as e:
    print('IndexError:', e)
