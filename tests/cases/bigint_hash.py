# hash of big ints is CPython's value mod 2**61 - 1 (and equals the hash of an equal float)
M = 2**61 - 1
vals = [2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, 2**63, 2**64, 2**100, 3**90, 10**40 + 7, M * 12345, M * 2**70 - 1]
for v in vals:
    print(hash(v), hash(-v), hash(v) == v % M or hash(v) == -2)
for k in range(60, 200, 7):
    print(k, hash(2**k), hash(-(2**k)), hash(2**k) == hash(float(2**k)))
print(hash(-(M + 1)), hash(M + 1), hash(-2**63))
d = {2**100: 'a', -2**100: 'b', 2.0**80: 'c'}
print(d[2**100], d[-(2**100)], d[2**80], 2**100 in {2**100 + 0}, len({2**64, 2.0**64, 2**64 + 0}))
