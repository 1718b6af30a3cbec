# big int floor division and modulo with signs
a = 10 ** 30 + 7
for b in (3, -3, 10 ** 12 + 39, -(10 ** 12 + 39)):
    print(a // b, a % b)
    print(-a // b, -a % b)
q, r = divmod(3 ** 100, 2 ** 64)
print(q, r, q * 2 ** 64 + r == 3 ** 100)
print((2 ** 200) // (2 ** 100) == 2 ** 100)
print(-(2 ** 100) // 3)
print(2 ** 100 / 2 ** 90)
