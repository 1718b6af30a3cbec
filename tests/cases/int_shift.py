# shift operations
print(1 << 0)
print(1 << 10)
print(1 << 62)
print(3 << 4)
print(1024 >> 3)
print(1023 >> 3)
print(-1 >> 1)
print(-8 >> 1)
print(-9 >> 1)
print(-1 << 3)
print(5 >> 10)
print(-5 >> 10)
x = 1
x <<= 5
print(x)
x >>= 2
print(x)
try:
    print(1 << -1)
except ValueError as e:
    print('ValueError', e)
