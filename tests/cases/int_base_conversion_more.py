for base in (2, 3, 8, 16, 36):
    print(base, int('101', base), int('-zz', 36) if base == 36 else int('-11', base))
print(int('0b1010', 2), int('0o17', 8), int('0xff', 16), int('0XFF', 0), int('-0b11', 0), int('+0o7', 0))
print(int('١٢', 10), int('０１２３'), int('  +42  '), int('1_2_3', 10), int('0_0', 0))
for bad in [('0b2', 0), ('0x', 16), ('12', 2), ('9', 8), ('1__2', 10), ('_1', 10), ('1_', 10), ('0b_', 0), ('00x1', 0), ('010', 0)]:
    try:
        print(int(*bad))
    except ValueError as e:
        print('ValueError', e)
print(int('010', 10), int('0_10', 0) if False else 'skip', int('00', 0))
for v in (0, 1, -1, 255, -255, 2**64, -(2**100)):
    print(bin(v), oct(v), hex(v), format(v, 'b'), format(v, '#o'), format(v, 'X'))
print(format(255, '#010b'), format(-5, '#06x'), format(10**20, ','), format(-1234567, '_'), format(1234, '+08d'))
print(int(b'12'), int(bytearray(b'-7')), int(b' 0x10 ', 16))
try:
    int(b'1.5')
except ValueError as e:
    print('ValueError', e)
print(int('7' * 100) % 1000, int('z' * 20, 36) % 97)
print(str(2**200)[:20], repr(-2**100), (2**100).__str__()[-5:])
print(int(' \t\n12\r\n '), int('\u200b12') if False else 'skip')
for x in ['12.0', '1e3', 'inf', '']:
    try:
        int(x)
    except ValueError as e:
        print('ValueError', e)
print(int(12.9), int(-0.9), int('-0'), int(True), int(False), int())
