import itertools
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
print(list(itertools.islice(naturals(), 5)), list(itertools.islice(naturals(10), 2, 6, 2)))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
squares = map(lambda x: x * x, naturals(1))
print(list(itertools.takewhile(lambda s: s < 50, squares)))
print(next(itertools.dropwhile(lambda n: n < 7, naturals())))
