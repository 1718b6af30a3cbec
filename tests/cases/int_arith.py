# basic integer arithmetic
a = 17
b = 5
print(a + b)
print(a - b)
print(a * b)
print(b - a)
print(-a)
print(+a)
print(a * -b)
print(0 * a)
print(1 + 2 * 3 - 4)
print((1 + 2) * (3 - 4))
print(2 * 3 + 4 * 5)
print(100 - 1 - 2 - 3)
x = 123456789
print(x * 1000)
print(x + x + x)
print(type(a + b).__name__)
