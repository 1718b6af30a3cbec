# built-ins applied to lists
l = [4, 1, 3]
print(len(l), sum(l), min(l), max(l))
print(sorted(l), l)
print(list(reversed(l)))
print(any(l), all(l), all([]), any([]))
print(all([1, 0]), any([0, 0, 1]))
print(list(enumerate(l)))
print(list(zip(l, 'abc')))
print(l.index(3), 3 in l)
print(list(range(len(l))))
print(str(l), repr(l))
print(bool(l), bool([]))
