# large multiplications (Karatsuba) and divisions checked by identities
x = 3**50000 + 12345
y = 7**40000 + 999
z = x * y
print(z % (10**9 + 7), z % (2**61 - 1), (z >> 70000) % 1000003)
print((x + y)**2 - (x - y)**2 == 4 * z)
q, r = divmod(z + 17, y)
print(q == x, r == 17)
q, r = divmod(z - 17, x)
print(q == y - 1, r == x - 17)
a = 2**(32*100) - 1
b = a * a
print(b % 999999937, b == (a + 1) * (a + 1) - 2 * (a + 1) + 1)
for n in (39, 40, 41, 79, 80, 81, 160, 161, 333, 1000):
    u = (5**(n*14) + 3) | 1
    v = (11**(n*9) + 7)
    w = u * v
    print(n, w % 1000000009, w // u == v, w % u, (u * u) % 1000000009 == pow(u, 2, 1000000009))
import math
print(math.factorial(5000) % (10**9 + 7))
