f = lambda *a, **k: (a, k)
print(f(1, 2, x=3))
g = lambda a, /, b, *, c=5: a + b + c
print(g(1, 2), g(1, b=2, c=0))
print((lambda: (yield))() is None, type((lambda: (yield))()).__name__)
print((lambda x: lambda y: x + y)(3)(4))
h = lambda x=[]: x
print(h() is h())
print(sorted([3, 1, 2], key=lambda v: -v))
