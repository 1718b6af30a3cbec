# int methods and math functions on big ints
import math
for v in (0, 1, -1, 255, 2**31, -2**63, 2**64, 2**100 - 1, -(2**200), 3**99):
    print(v.bit_length(), v.bit_count(), v.real, v.imag, v.numerator, v.denominator, v.conjugate(), v.as_integer_ratio())
for v, n, order, sg in ((2**64, 9, 'big', False), (2**64, 16, 'little', False), (-(2**100), 13, 'big', True),
                        (-1, 20, 'little', True), (2**127 - 1, 16, 'big', True), (0, 0, 'big', False)):
    b = v.to_bytes(n, order, signed=sg)
    print(len(b), int.from_bytes(b, order, signed=sg) == v, int.from_bytes(b, 'big'), int.from_bytes(b, 'little'))
for v, n, sg in ((2**64, 8, False), (-1, 8, False), (2**127, 16, True), (-(2**127) - 1, 16, True)):
    try:
        v.to_bytes(n, 'big', signed=sg)
    except OverflowError as e:
        print('OverflowError', e)
print(int.from_bytes([255] * 20, 'big'), int.from_bytes([0, 0, 128] + [0] * 10, 'little', signed=True))
print(math.factorial(0), math.factorial(20), math.factorial(21), math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7), math.factorial(1000) == math.prod(range(1, 1001)) if hasattr(math, 'prod') else True)
print(math.gcd(2**100, 2**60 * 3**5), math.gcd(-(3**100), 3**50 * 2), math.gcd(10**30 + 1, 10**30 + 2), math.gcd(0, -(2**70)), math.gcd(12, 2**64))
print(math.isqrt(10**100), math.isqrt(10**100 - 1), math.isqrt(2**201), math.isqrt(2**64 - 1), math.isqrt(15), math.isqrt(0))
print(abs(-(2**100)), abs(2**100), -(-(2**100)), +(2**70), int(2**100), int(-(2**100)), bool(2**100), bool(2**100 - 2**100))
print(round(2**100), round(2**100, 5), round(2**100, -10), round(-(2**100), -10), round(5 * 10**30, -31), round(15 * 10**30, -31))
print(sum([2**64] * 10), max([2**100, 3**60, -(2**200)]), min(2**100, 3**60), sorted([3**60, -(2**100), 2**100, 0]))
print(divmod(2**100, 2**50 + 1), divmod(-(2**100), 12345))
