log = []
def source(n):
    for i in range(n):
        log.append(f'src {i}')
        yield i
def double(it):
    for x in it:
        log.append(f'dbl {x}')
        yield x * 2
def take(it, k):
    for _, x in zip(range(k), it):
        yield x
result = list(take(double(source(10)), 3))
print(result)
print(log)
log.clear()
gen = double(source(3))
print(log)
print(next(gen), log)
