# set basics with small ints
s = {3, 1, 2}
print(s, len(s))
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
print(2 in s, 3 in s)
print(set(), set([1, 1, 2]), set(range(5)))
print({1, 2} == {2, 1}, {1} != {1, 2})
print(sorted({'b', 'a', 'c'}))
e = set()
print(bool(e), bool({0}))
print(s.pop() in (1, 2, 4), len(s))
f = frozenset([1, 2])
print(f, {f: 'frozen'}[frozenset([2, 1])])
