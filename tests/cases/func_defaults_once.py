def f(x, acc=[]):
    acc.append(x)
    return acc
print(f(1), f(2), f(3, []))
print(f.__defaults__)
n = 10
def g(a=n): return a
n = 20
print(g())
def h(a, b=2, *, c=3, d): return a, b, c, d
print(h.__defaults__, h.__kwdefaults__)
print(h(1, d=4))
