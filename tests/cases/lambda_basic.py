# lambdas
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: 'no args')())
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(sorted([(1, 'b'), (2, 'a')], key=lambda t: t[1]))
f = lambda n: 1 if n <= 1 else n * f(n - 1)
print(f(6))
print((lambda x: (lambda y: x * y))(3)(4))
print(sq.__name__)
cond = lambda x: 'pos' if x > 0 else 'non-pos'
print(cond(1), cond(-1))
