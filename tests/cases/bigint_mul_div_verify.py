import random
random.seed(7)
ok = True
for _ in range(30):
    x = random.getrandbits(random.randint(1, 3000)) * random.choice([1, -1])
    y = random.getrandbits(random.randint(1, 2000)) + 1
    q, r = divmod(x, y)
    ok = ok and q * y + r == x and 0 <= r < y
    ok = ok and (x * y) // y == x
    ok = ok and (x + y) - y == x
print(ok)
f = 1
for i in range(1, 300):
    f *= i
print(len(str(f)), str(f)[:30], f % 1000003, f.bit_length())
print(pow(3, 10**5, 10**9 + 7), pow(12345678901234567890, 3), (10**50 + 1) * (10**50 - 1) == 10**100 - 1)
print(int(str(7**500)) == 7**500, str(-(7**123))[:15], (7**500) // (7**499), 7**500 % 7)
