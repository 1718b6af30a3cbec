def countdown(n):
    while n > 0:
        yield n
        n -= 1
a, b = countdown(3), countdown(2)
print(next(a), next(b), next(a), next(b), next(a), next(b, 'b done'), next(a, 'a done'))
