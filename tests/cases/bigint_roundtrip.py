# int <-> str conversions for big values in every base
import math
vals = [2**64, -2**64, 3**100, -(7**77), 10**50, 10**50 - 1, 2**256 - 1, 123456789 * 10**40 + 987654321]
for v in vals:
    s = str(v)
    print(s, len(s), int(s) == v, repr(v) == s)
    for base in (2, 3, 7, 8, 10, 16, 36):
        pass
    print(hex(v), oct(v))
    print(bin(v))
    print(int(hex(v), 16) == v, int(oct(v), 8) == v, int(bin(v), 2) == v, int(hex(v), 0) == v)
for base in (2, 3, 5, 7, 11, 16, 20, 31, 32, 36):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:base]
    text = (digits[1:] + digits) * 5
    n = int(text, base)
    print(base, n, int(text.upper(), base) == n)
print(int('  +1_000_000_000_000_000_000_000_000  '), int('-0x_dead_beef_dead_beef_dead_beef', 16), int('0o' + '7' * 40, 0))
print(int('0' * 50 + '123456789012345678901234567890'), int('-' + '9' * 60))
for bad in ('1__0' + '0' * 30, '1' * 30 + '_', '0x' + 'g' * 20, '12345678901234567890x'):
    try:
        int(bad, 0 if bad.startswith('0x') else 10)
    except ValueError as e:
        print('ValueError', e)
x = 10**4299
print(len(str(x)), len(str(-x)), str(x)[:3], int('9' * 4300) > x)
try:
    str(10**4300)
except ValueError as e:
    print('ValueError', e)
try:
    int('1' * 4301)
except ValueError as e:
    print('ValueError', e)
print(len(hex(10**5000)), int('f' * 6000, 16).bit_length())
