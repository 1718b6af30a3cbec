# default argument values
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1))
print(f(1, 5))
print(f(1, 5, 6))
print(f(1, c=9))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1))
print(g(2))
print(g(3, []))
n = 10
def h(v=n):
    return v
n = 20
print(h())
def k(s='', t=None):
    if t is None:
        t = []
    t.append(s)
    return t
print(k('a'), k('b'))
print(f.__defaults__)
