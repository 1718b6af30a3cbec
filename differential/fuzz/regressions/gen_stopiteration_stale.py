def g(n):
    for v in range(n):
        yield v
    return 7
print(list(g(5)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "x"))
try:
    next(it)
except StopIteration as e:
    print('!', type(e).__name__, repr(e), e.value)
