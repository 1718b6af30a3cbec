a, b, c = iter([1, 2, 3])
print(a, b, c)
x, *y = (i * i for i in range(4))
print(x, y)
k1, k2 = {'p': 1, 'q': 2}
print(k1, k2)
s1, s2 = sorted({3, 1})
print(s1, s2)
def gen():
    yield 'g1'; yield 'g2'
u, v = gen()
print(u, v)
