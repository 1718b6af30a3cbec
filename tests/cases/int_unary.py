# unary operators on ints
x = 5
print(-x, +x, ~x)
print(-(-x), -(+x), ~(~x))
print(--x, -+-x)
y = -0
print(y, -y, y == 0)
print(-(2 ** 62), ~(2 ** 62))
print(not x, not -x, not 0)
z = 0
z = -z - 1
print(z)
print([-i for i in range(4)])
print(abs(-x) == x)
