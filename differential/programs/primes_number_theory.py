"""Number theory toolkit: sieve, factorization, totient, modular inverse, toy RSA, perfect numbers."""
from math import gcd, isqrt
from functools import reduce
from collections import Counter

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]

def factorize(n):
    f = Counter()
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] += 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] += 1
    return dict(f)

def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

primes = sieve(100)
print(len(primes), primes[-5:], sum(sieve(10000)))
for n in [360, 97, 1001, 2**16 + 1, 600851475143, 2 * 3 * 5 * 7 * 11 * 13 * 17]:
    print(n, factorize(n), totient(n))
print(egcd(240, 46), pow(17, -1, 3120), (17 * pow(17, -1, 3120)) % 3120)
p, q = 1000003, 1000033
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
msg = int.from_bytes(b"hi!", "big")
c = pow(msg, e, n)
print("rsa:", n, c, pow(c, d, n).to_bytes(3, "big"))
print([n for n in range(2, 600) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n])
print(is_probable_prime(2**61 - 1), is_probable_prime(2**61 + 1), is_probable_prime(1_000_000_007), [m for m in range(2, 130) if is_probable_prime(2**m - 1)][:10])
print(reduce(gcd, [84, 126, 210]), reduce(lambda a, b: a * b // gcd(a, b), range(1, 21)))
print(sum(int(d) for d in str(2**1000)), len(str(3**5000)), str(7**77)[:20], 10**50 // 7**20, -(10**30) // 7, (-10**30) % 7)
print(divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, 2**-2, pow(2, 100, 10**9 + 7), (1 << 100) >> 98, ~(2**70))
print(int("1" * 40) % 97, bin(2**65 - 1).count("1"), (2**64).bit_length(), (255).bit_count(), hex(2**70), int.from_bytes((2**70).to_bytes(9, "big"), "big"))
collatz = {}
def steps(n):
    s = 0
    while n != 1 and n not in collatz:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        s += 1
    return s + collatz.get(n, 0)
best = max(range(1, 3000), key=lambda n: collatz.setdefault(n, steps(n)))
print("longest collatz under 3000:", best, collatz[best])
