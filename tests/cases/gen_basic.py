# generator functions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def with_return():
    yield 1
    return 'result'
    yield 2
print(list(with_return()))
def lazy():
    print('started')
    yield 'x'
lz = lazy()
print('created')
print(next(lz))
print(type(lz).__name__)
