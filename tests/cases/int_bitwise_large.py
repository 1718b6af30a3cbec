a, b = 2**100 + 12345, 2**90 - 1
print(a & b, a | b, a ^ b, ~a, -a & b, a >> 50, a << 3, (a >> 200), -a >> 3, -(2**100) >> 99)
print(bin(a)[:20], hex(b), oct(a)[-5:], a.bit_length(), b.bit_count(), (-a).bit_length())
print((2**64 - 1) & 0xFFFF, (1 << 127) | 1, (2**70) ^ (2**70), int('1' * 80, 2) == 2**80 - 1)
print(a.to_bytes(13, 'big').hex(), int.from_bytes(a.to_bytes(13, 'little'), 'little') == a)
print((-1).to_bytes(16, 'big', signed=True).hex(), int.from_bytes(b'\xff' * 16, 'big', signed=True))
