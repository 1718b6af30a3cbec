# floor division and modulo with every sign combination and size
nums = [0, 1, 7, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 + 1, 10**20 + 3, 3**70, 2**128 - 1, 7**60 + 11]
dens = [1, 2, 3, 10, 2**31 + 1, 2**32 - 1, 2**32, 2**33 + 5, 10**9 + 7, 2**64 - 1, 2**64, 3**45, 10**25 + 9, 2**128 - 3]
for a in nums:
    for b in dens:
        for sa in (1, -1):
            for sb in (1, -1):
                x, y = sa * a, sb * b
                q, r = x // y, x % y
                assert (q, r) == divmod(x, y)
                assert q * y + r == x
                assert (r == 0) or ((r < 0) == (y < 0))
                print(q, r)
print(-(2**63) // -1, (-(2**63)) % -1, divmod(-(2**63), -1))
print(-(2**100) // 2**100, (-(2**100) + 1) // 2**100, (2**100 - 1) // -(2**100))
for z in (0, 0 * 2**100):
    try:
        print(2**100 // z)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        print(2**100 % z)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        print(divmod(2**100, z))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
