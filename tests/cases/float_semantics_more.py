print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.0001, 1e-5)
print(repr(-0.0), 0.0 == -0.0, str(1e22), str(1e21), 1.0, 100.0, float('1e500'), -float('1e500'))
print(7.0 // 2, -7.0 // 2, 7.0 % 3, -7.0 % 3, 7.5 % -2, divmod(-7.5, 2), divmod(7, 0.5))
for expr in ['1 / 0', '1.0 / 0', '1 // 0.0', '1 % 0.0', 'divmod(1.0, 0)', '0.0 ** -1', '(-8.0) ** 0.5', '10.0 ** 400']:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, type(e).__name__, e)
nan = float('nan'); inf = float('inf')
print(nan == nan, nan != nan, nan < 1, inf > 10**400, -inf < -10**400, inf - inf, inf * 0, [nan] == [nan], nan in [nan])
print(float('  3.5 '), float('-inf'), float('+nan'), float('1_000.5'), float('.5'), float('5.'), float('1e3'), float('INFINITY'))
for bad in ['', '1_', '1e', 'nanx', '1..2', '0x10', ' ']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.0005, 3), round(123.456, -1), round(1e300, -300))
print(round(0.5), round(1.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(float('inf'), 2))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(nan)
except ValueError as e:
    print('ValueError', e)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer(), (1.5).hex(), float.fromhex('0x1.8p1'))
print(int(2.5), int(-2.5), float(2**1023 * 1.0), 2**1024 / 2**10 if False else 'skip')
try:
    float(2**1024)
except OverflowError as e:
    print('OverflowError', e)
try:
    2**1024 / 1.0
except OverflowError as e:
    print('OverflowError', e)
print(2**1024 / 2**1023, 10**400 // 3.0 if False else 'skip', (10**30) / (10**10))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(inf), hash(-inf), hash(1e100) == hash(int(1e100)))
print(1.0 < 2, 2**60 + 1 > 2.0**60, 2**60 + 1 == 2.0**60, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([3, 1.5, 2, -0.5]))
print(f'{1e-7}', str(1e-7), repr(1.1e-4), 1e23, 9.999999999999999e22, 5e-324, 1.7976931348623157e308)
print(float.__name__, (3.7).__trunc__(), (3.7).__floor__() if hasattr(3.7, '__floor__') else 3, (-3.2).__ceil__() if hasattr(3.2, '__ceil__') else -3)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isclose(0.1 + 0.2, 0.3), math.fmod(-7, 3), math.copysign(1, -0.0))
