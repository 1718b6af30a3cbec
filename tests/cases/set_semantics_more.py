s = {3, 1, 2}
print(s, sorted(s), len(s), 2 in s, 5 not in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {1} < a, a >= {1, 2}, a.isdisjoint({9}))
print(a.union([5], (6,)), a.intersection(b, {3}), a.difference([1]), a.symmetric_difference([1, 9]))
c = set(a); c |= {7}; c &= {1, 7, 3}; c -= {1}; c ^= {8}
print(c)
c.add(1); c.discard(100); c.update('xy', [0])
print(sorted(c, key=str))
c.remove(1)
try:
    c.remove(1)
except KeyError as e:
    print('KeyError', e)
print(set(), type({}).__name__, frozenset({1, 2}) == {1, 2}, hash(frozenset()) == hash(frozenset([])))
fs = frozenset('abc')
print(type(fs | {'d'}).__name__, type({'d'} | fs).__name__, sorted(fs & {'a', 'z'}))
try:
    fs.add('x')
except AttributeError as e:
    print('AttributeError', e)
try:
    {[]}
except TypeError as e:
    print('TypeError', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
print({1, True, 1.0}, {0, False, 0.0, -0.0}, {(1, 2), (1, 2)})
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
print({x % 4 for x in range(10)}, set('hello') - set('world'))
try:
    {1} + {2}
except TypeError as e:
    print('TypeError', e)
try:
    {1} | [2]
except TypeError as e:
    print('TypeError', e)
print({1, 2} == frozenset({1, 2}), {1, 2}.issubset(range(5)), {1, 2}.issuperset([1]))
print(sorted({frozenset({1}), frozenset({1}), frozenset({2})}, key=lambda f: min(f)))
