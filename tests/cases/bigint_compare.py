# comparing big ints
a = 2 ** 100
b = 2 ** 100 + 1
print(a < b, a > b, a == b, a != b, a <= a)
print(-a < -b, -a > -b)
print(a > 2 ** 62, -a < -(2 ** 62))
print(a == 2 ** 100, a == float(a))
print(a > 1e30, a < 1e31)
print(max(3, a, -a), min(3, a, -a))
print(sorted([b, -a, 0, a, 5]))
print(a in [2 ** 100], {a: 'x'}[2 ** 100])
print(bool(a - a), bool(a))
