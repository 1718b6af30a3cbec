def make():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return fs
print([f() for f in make()])
def make2():
    return [(lambda i=i: i) for i in range(3)]
print([f() for f in make2()])
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    def get(): return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__code__.co_freevars, get.__closure__[0].cell_contents)
def outer():
    x = 'outer'
    def mid():
        def inner(): return x
        return inner
    x = 'changed'
    return mid()()
print(outer())
def shared():
    v = []
    def add(x): v.append(x)
    def show(): return list(v)
    return add, show
a, s = shared(); a(1); a(2)
print(s())
c = (lambda: (x := 1, lambda: x))()
print(c[0], c[1]())
