# set algebra
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a)
print(a >= {1}, a.issuperset({9}), {1}.issubset(a))
print(a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 10, 3}
print(c)
c -= {1}
print(c)
c ^= {3, 4}
print(c)
print(sorted(set('mississippi')))
print(len({x % 5 for x in range(100)}))
