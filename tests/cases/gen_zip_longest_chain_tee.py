import itertools
def letters():
    yield from 'abc'
print(list(itertools.zip_longest(letters(), range(5), fillvalue='-')))
print(list(itertools.chain(letters(), range(2), [None])))
a, b = itertools.tee(letters())
print(list(a), list(b))
print(list(itertools.accumulate(range(1, 6))), list(itertools.accumulate([3, 1, 4], max)))
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.product('ab', repeat=2)), list(itertools.combinations(range(4), 2))[:3])
