calls = []
def default():
    calls.append(1)
    return len(calls)
def f(x=default()): return x
print(f(), f(), calls)
def g(acc=[]):
    acc.append(len(acc))
    return acc
print(g(), g(), g([9]), g())
def h(d={}):
    d[len(d)] = True
    return d
h(); h()
print(h.__defaults__)
x = 10
def k(v=x): return v
x = 20
print(k())
def outer():
    y = 1
    def inner(v=y): return v
    y = 2
    return inner()
print(outer())
