# values crossing 32-bit and 53-bit boundaries
print(2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1)
print((2 ** 31 - 1) + 1)
print(2 ** 32 * 2 ** 20)
print(2 ** 53, 2 ** 53 + 1)
print(float(2 ** 53 + 1) == 2 ** 53 + 1)
print(65536 * 65536)
print(-65536 * 65536)
print((2 ** 31) // 3, (2 ** 31) % 3)
print(0x7fffffff * 2 + 1)
a = 2147483647
a += 1
print(a)
b = 4294967296
print(b * b)
print(3 * 10 ** 17 + 7)
