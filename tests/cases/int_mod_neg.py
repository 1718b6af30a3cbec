# modulo takes the sign of the divisor
print(7 % 3)
print(-7 % 3)
print(7 % -3)
print(-7 % -3)
print(0 % 5)
print(5 % 5)
print(-5 % 5)
print(12345 % 100)
for a in (-10, -3, 0, 3, 10):
    for b in (-3, 3, 7):
        q = a // b
        r = a % b
        print(a, b, q, r, q * b + r == a)
