def f(n):
    factor = 3
    return [i * factor for i in range(n)], {i: factor for i in range(2)}
print(f(3))
def g():
    items = [1, 2, 3]
    return sum(x for x in items if x > min(items))
print(g())
