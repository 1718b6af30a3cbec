print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(7, -2), divmod(-7, 2), divmod(0, 5), divmod(-1, 10**20))
print(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1/3) if False else 'skip', 0 ** 0, pow(0, 0))
print(10 / 4, 9 / 3, -1 / 3, type(4 / 2).__name__)
print(1 << 70, -1 << 3, 5 >> 1, -5 >> 1, -1 >> 100, 1 >> 100)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError', e)
print(~5, ~-1, -5 & 3, -5 | 3, -5 ^ 3, 2**64 & -1, (2**64 - 1) ^ -1)
print(int('  -12  '), int('0x1f', 16), int('0x1f', 0), int('0b101', 0), int('0o17', 0), int('z', 36), int('1_000'))
for bad in ['', '1__0', '_1', '0x', '12a', '1.5', '08', ' ', '٣x']:
    try:
        int(bad, 0) if bad == '08' else int(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    int('10', 1)
except ValueError as e:
    print('ValueError', e)
try:
    int(10, 2)
except TypeError as e:
    print('TypeError', e)
print(int(3.99), int(-3.99), int(True), int(' 7\n'), int(1e20), int(-0.5))
for bad in [float('inf'), float('nan')]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1, 2], 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
print((0).bit_length(), (255).bit_length(), (-256).bit_length(), (2**100).bit_length(), (7).bit_count(), (-7).bit_count())
print((10).as_integer_ratio(), (5).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag)
print(round(15, -1), round(25, -1), round(-15, -1), round(1234, -2), round(5, 0), type(round(5)).__name__)
print(abs(-2**65), -(-2**63), 2**63 - 1 + 1, hex(2**64), oct(-8), bin(-5))
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, ~True)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(isinstance(True, int), int.__mro__, bool.__mro__)
print(sum(range(101)), sum([10**20, 1]), max(2**70, 3), min(-2**70, 0))
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 10**20 < float('inf'), -10**400 < float('-inf'))
print(int.__name__, (5).__index__(), (5).__int__(), int(5).__float__() if hasattr(5, '__float__') else 5.0)
