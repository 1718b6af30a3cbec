def count(n):
    i = 0
    while i < n:
        yield i; i += 1
print(list(zip(count(3), 'abcdef')))
print(list(enumerate(count(3), start=10)))
print(dict(zip(count(3), count(5))))
