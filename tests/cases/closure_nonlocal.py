# nonlocal rebinding
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
def outer():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
    mid()
    return x
print(outer())
def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, items
    return add
f = acc()
f(1)
print(f(2))
