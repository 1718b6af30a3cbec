def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    def h(): return x
    return sorted(locals())
print(g())
