# bitwise operators on big ints use two's complement semantics for negatives
vals = [0, 1, -1, 5, -5, 2**31 - 1, -2**31, 2**32, -2**32, 2**63 - 1, -2**63, 2**64 + 3, -(2**64 + 3),
        2**100 - 1, -2**100, 0xdeadbeef << 70, -(0xcafebabe << 90) - 1]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
    print(~a, -a, a >> 1, a >> 64, a >> 200, a << 3, a << 64)
print((2**200 - 1) & -(2**100), (-2**200) | (2**100 - 1), -1 ^ 2**128)
x = -(3**80)
for s in (0, 1, 31, 32, 33, 63, 64, 65, 127, 128, 129):
    print(s, x >> s, x << s, (x >> s) << s == x)
print(-1 >> 1000, -(2**100) >> 99, -(2**100) >> 100, -(2**100) >> 101, (-(2**100) - 1) >> 100)
try:
    print(1 << -1)
except ValueError as e:
    print('ValueError', e)
try:
    print(2**100 >> -(2**100))
except ValueError as e:
    print('ValueError', e)
print(1 >> 2**100, -1 >> 2**100, 0 << 2**100)
