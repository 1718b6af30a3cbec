def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for i, f in zip(range(10), fib()):
    out = out + [f]
print(out)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6))))
def inner():
    x = yield 1
    return x * 2
def outer():
    r = yield from inner()
    yield r
g = outer()
print(next(g))
print(g.send(21) if hasattr(g, 'send') else 42)
def tree(n):
    if n == 0:
        return
    yield from tree(n - 1)
    yield n
    yield from tree(n - 1)
print(list(tree(3)))
class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Node(1, [Node(2, [Node(3)]), Node(4)])
print(list(t), sum(t), max(t))
def counter(start=0, *, step=1):
    n = start
    while True:
        got = yield n
        if got is not None:
            n = got
        else:
            n += step
c = counter(5, step=2)
print(next(c), next(c), next(c))
squares = {n: n * n for n in range(5) if n != 2}
print(squares)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print([list(col) for col in zip(*matrix)])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def late():
    return [lambda: n for n in range(3)]
print([f() for f in late()])
x = 'global'
def shadow():
    x = 'local'
    def inner():
        return x
    return inner()
print(shadow(), x)
def uses_global():
    return x.upper()
print(uses_global())
print(any(i > 3 for i in range(5)), all(i < 3 for i in range(5)))
data = [('b', 2), ('a', 1), ('c', 3)]
for k, v in sorted(data):
    print(k, v, end=' ')
print()
print(*[1, 2, 3], sep='-')
first, *middle, last = 'hello'
print(first, middle, last)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
