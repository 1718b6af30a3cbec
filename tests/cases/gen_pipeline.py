# chained generators
def numbers(n):
    for i in range(n):
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(evens(squares(numbers(10)))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, squares(naturals()))))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(range(1, 6))))
g = numbers(3)
print(list(zip(g, g)))
