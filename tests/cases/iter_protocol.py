# iter() and next() on built-in iterables
it = iter([1, 2, 3])
print(next(it))
print(list(it))
print(list(it))
d = iter({'a': 1, 'b': 2})
print(next(d), next(d))
s = iter('hi')
print(next(s), next(s), next(s, None))
r = iter(range(3))
print(sum(r), sum(r))
vals = [4, 5, 0, 6]
pos = iter(vals)
print(list(iter(lambda: next(pos), 0)))
t = iter((7, 8))
for x in t:
    print('for', x)
print(iter(it) is it)
