def perms(xs):
    if len(xs) <= 1:
        yield xs
        return
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            yield xs[i:i + 1] + p
print(list(perms('abc')))
print(sum(1 for _ in perms(list(range(5)))))
