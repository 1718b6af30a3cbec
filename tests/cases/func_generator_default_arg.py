def f(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step
print(list(f(5)), list(f(10, 3)), list(f(n=4, step=2)))
