def fib():
    a, b = 0, 1
    while True:
        reset = yield a
        if reset: a, b = 0, 1
        else: a, b = b, a + b
f = fib()
print([next(f) for _ in range(6)])
print(f.send(True), next(f), next(f))
