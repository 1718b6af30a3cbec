# multiplying big ints
a = 123456789123456789
b = 987654321987654321
print(a * b)
print(a * a * a)
print(-a * b, a * -b, -a * -b)
print((10 ** 20 + 1) * (10 ** 20 - 1))
x = 1
for i in range(1, 40):
    x *= i * 1000003
print(x)
print(x % 1000000007)
print(2 ** 64 * 0, 2 ** 64 * 1)
