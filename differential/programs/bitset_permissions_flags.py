"""Bit manipulation utilities an agent writes: bitsets, popcount, gray codes, subsets via masks, bit fields."""
def bits(n, width=8):
    return format(n & ((1 << width) - 1), f"0{width}b")

class BitSet:
    def __init__(self, items=(), size=64):
        self.size = size
        self.v = 0
        for i in items:
            self.add(i)
    def add(self, i):
        if not 0 <= i < self.size:
            raise IndexError(f"bit {i} out of range")
        self.v |= 1 << i
    def discard(self, i):
        self.v &= ~(1 << i)
    def __contains__(self, i):
        return bool(self.v >> i & 1)
    def __iter__(self):
        v, i = self.v, 0
        while v:
            if v & 1:
                yield i
            v >>= 1
            i += 1
    def __len__(self):
        return bin(self.v).count("1")
    def __or__(self, o): r = BitSet(size=self.size); r.v = self.v | o.v; return r
    def __and__(self, o): r = BitSet(size=self.size); r.v = self.v & o.v; return r
    def __xor__(self, o): r = BitSet(size=self.size); r.v = self.v ^ o.v; return r
    def __repr__(self): return f"BitSet({list(self)})"

a, b = BitSet([1, 3, 5, 7, 63]), BitSet([3, 4, 5])
print(a, b, a | b, a & b, a ^ b, len(a), 63 in a, 62 in a, hex(a.v))
a.discard(63)
print(a, a.v)
try:
    a.add(64)
except IndexError as e:
    print("IndexError:", e)
print([bits(n) for n in (5, -5, 255, 256)], bits(0b1011 << 3), (0b1011 >> 1), -17 >> 2, -17 // 4, ~0, ~5)
gray = [n ^ (n >> 1) for n in range(8)]
print([bits(g, 3) for g in gray], all(bin(x ^ y).count("1") == 1 for x, y in zip(gray, gray[1:])))
def inv_gray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n
print([inv_gray(g) for g in gray])
items = ["a", "b", "c", "d"]
print([[items[i] for i in range(4) if mask >> i & 1] for mask in range(16) if bin(mask).count("1") == 2])
def pack(version, flags, length):
    return (version & 0xF) << 28 | (flags & 0xFFF) << 16 | (length & 0xFFFF)
def unpack(word):
    return word >> 28 & 0xF, word >> 16 & 0xFFF, word & 0xFFFF
w = pack(3, 0b101000000001, 1500)
print(hex(w), unpack(w), w.bit_length(), w.to_bytes(4, "big").hex(), int.from_bytes(b"\x30\x05\x05\xdc", "big") == w)
print((1 << 100).bit_length(), (2**64 - 1) & 0xFFFF, (-1) & 0xFF, 0xFF ^ 0x0F, 6 & -6, (12).bit_count(), (-12).bit_count())
def lowest_set(n): return n & -n
def is_pow2(n): return n > 0 and n & (n - 1) == 0
def next_pow2(n): return 1 << (n - 1).bit_length() if n > 1 else 1
print([lowest_set(n) for n in (12, 40, 7)], [n for n in range(70) if is_pow2(n)], [next_pow2(n) for n in (0, 1, 5, 16, 17, 1000)])
def rotl(x, k, w=32): return ((x << k) | (x >> (w - k))) & ((1 << w) - 1)
print(hex(rotl(0x12345678, 8)), hex(rotl(0x80000001, 1)), int("1" * 64, 2) == 2**64 - 1, f"{-42 & 0xFFFFFFFF:#010x}")
