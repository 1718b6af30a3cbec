"""module docstring"""
x = 1
y = x + 2 * -3
big = 2 ** 64 + 12345678901234567890123
f = 1.5; s = 'str'; b = b'by'; t = (1, 'a', None, (True, ...))
print(x, y, sep='')
del x
a = b = [1, 2]
a[0] += 1
a.n = 3
a.n -= 1
x, (y, *z) = 1, (2, 3, 4)
