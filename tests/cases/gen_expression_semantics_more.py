g = (x * x for x in range(5) if x % 2 == 0)
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10)), max((len(w), w) for w in ['a', 'ccc', 'bb']), ''.join(c.upper() for c in 'abc'))
print(list((i, j) for i in range(3) for j in range(i)))
gen = (1 / x for x in [1, 0, 2])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    next(gen)
except StopIteration:
    print('generator finished after exception')
print(sorted((x for x in [3, 1, 2]), reverse=True), dict((k, len(k)) for k in ['aa', 'b']))
data = [1, 2, 3]
g = (x for x in data)
data.append(4)
print(list(g))
data = [1, 2, 3]
g = (x for x in data)
data = [9]
print(list(g))
print(any(x > 2 for x in [1, 5]), all(x for x in []), min((x for x in [4, 2]), default=None), min((x for x in []), default='empty'))
g = (x for x in range(3))
print(g.__name__, g.__qualname__, iter(g) is g, g.gi_running if hasattr(g, 'gi_running') else False)
def f():
    return (x for x in range(2))
print(f().__qualname__)
print(list(zip((x for x in 'ab'), (y for y in range(5)))))
print(tuple(x for x in ()), set(x % 3 for x in range(10)), frozenset(c for c in 'aa'))
nested = ((x, (y for y in range(x))) for x in range(3))
print([(a, list(b)) for a, b in nested])
try:
    print((x for x in 5))
except TypeError as e:
    print('TypeError', e)
print(list(x for x in range(3) if x if x > 0))
