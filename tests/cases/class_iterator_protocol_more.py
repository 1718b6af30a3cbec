class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), max(c), sorted(c), 2 in c, [x * 2 for x in c])
class OneShot:
    def __init__(self, items): self.items = list(items)
    def __iter__(self): return self
    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)
o = OneShot('ab')
print(list(o), list(o))
it = iter(OneShot([1, 2, 3]))
print(next(it), list(it))
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise ValueError('inside next')
try:
    for _ in BadNext(): pass
except ValueError as e:
    print('ValueError', e)
class StopWithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
print(list(StopWithValue()))
class Seq:
    def __getitem__(self, i):
        if i > 3: raise IndexError(i)
        return i * i
print(list(Seq()), list(reversed([0, 1, 4])), 9 in Seq(), list(zip(Seq(), 'abc')))
try:
    reversed(Seq())
except TypeError as e:
    print('TypeError', e)
class SeqLen(Seq):
    def __len__(self): return 4
print(list(reversed(SeqLen())))
class KeyErrorSeq:
    def __getitem__(self, i): raise KeyError(i)
try:
    list(KeyErrorSeq())
except KeyError as e:
    print('KeyError propagates', e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), list(itertools.takewhile(lambda x: x < 20, fib())))
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print('skip', next(it))
print(list(it))
print(list(iter(OneShot([]))), list(map(None.__class__, [])) if False else [])
