# bitwise operations
print(12 & 10)
print(12 | 10)
print(12 ^ 10)
print(~12)
print(~0)
print(~-1)
print(-12 & 10)
print(-12 | 10)
print(-12 ^ 10)
print(-1 & 0xff)
print(0xff & ~0x0f)
print(5 & -1)
print(-5 & -3)
x = 0b1010
x |= 0b0101
print(x)
x &= 0b0110
print(x)
x ^= 0b1111
print(x)
print(bin(x), hex(255), oct(8))
