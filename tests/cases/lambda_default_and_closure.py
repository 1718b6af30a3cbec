x = 10
f = lambda y, z=x: y + z
x = 20
print(f(1), (lambda: x)())
g = lambda *a, **k: (len(a), sorted(k))
print(g(1, 2, q=1, p=2))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), compose(len, str)(12345))
