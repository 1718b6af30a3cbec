# nested functions and closures
def outer(x):
    def inner(y):
        return x + y
    return inner
add5 = outer(5)
print(add5(10), add5(-5))
print(outer(1)(2))
def make_multipliers():
    return [lambda v, i=i: v * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in late()])
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def a():
    v = 'a'
    def b():
        def c():
            return v + '!'
        return c()
    return b()
print(a())
