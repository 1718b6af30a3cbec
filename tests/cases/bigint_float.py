# float <-> big int: correctly rounded conversion, true division, exact mixed comparisons
vals = [2**53, 2**53 + 1, 2**54 + 2, 2**54 + 3, 2**64 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1, 2**100 + 2**47,
        2**100 + 2**47 + 1, 2**100 + 3 * 2**47, 10**22, 10**23, 3**200, 2**1023, 2**1024 - 2**971, 2**1024 - 2**970 - 1]
for v in vals:
    f = float(v)
    print(f, float(-v), v == f, v < f, v > f, f == v, int(f) - v)
for v in (2**1024 - 2**970, 2**1024, 10**400):
    try:
        float(v)
    except OverflowError as e:
        print('OverflowError', e)
for f in (1e19, -1e19, 1e300, -2.5e300, 2.0**64, 1.7976931348623157e308, 123456789.0 * 2**80):
    print(int(f), int(f) == f, round(f) == int(f))
import math
print(math.floor(1e30), math.ceil(-1e30), math.trunc(1e25) if hasattr(math, 'trunc') else int(1e25))
pairs = [(2**100, 3), (1, 2**100), (2**1000, 3**600), (10**400, 10**399), (-(2**64), 3), (2**64, -7), (3**700, 2**1000),
         (1, 3**600), (2**2000 + 1, 2**1999), (10**30, 10**29 + 1), (2**80 + 1, 2**80)]
for a, b in pairs:
    print(a / b, -a / b, b / a)
for a, b in ((2**2000, 3), (10**400, 1)):
    try:
        print(a / b)
    except OverflowError as e:
        print('OverflowError', e)
print(0 / 2**100, 0 / -(2**100), 2**100 / 2.0, 2.5 * 2**70, 2**70 - 0.5, 1e300 * 2**100 if False else 1e200 * 2**100)
big = 2**1000
print(big > 1e300, big < float('inf'), -big > float('-inf'), big == float('nan'), big != float('nan'))
print(2**1100 > 1e308, -(2**1100) < -1e308, 2**60 + 1 > 2.0**60, 2**60 + 1 == 2.0**60, (2**60 + 1) >= 2.0**60)
print(max(1e20, 10**20), min(1e20, 10**20 + 1), sorted([2**70, 2.0**70 + 2**18, 2**70 + 1, 1.5e21]))
try:
    print(2**10000 + 0.5)
except OverflowError as e:
    print('OverflowError', e)
print(10**20 == 1e20, 10**22 == 1e22, 10**23 == 1e23, 2**100 // 1.5, 2**100 % 7.0)
