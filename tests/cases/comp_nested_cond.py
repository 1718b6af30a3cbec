# comprehensions with multiple clauses
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
        if a * a + b * b == c * c]
print(pyth)
print([x for x in range(30) if x % 2 if x % 3])
print([(i, c) for i, c in enumerate('abc') if i != 1])
print({k: [v for v in range(k) if v % 2] for k in range(5)})
print([y for x in [[1, 2], [3], []] for y in x if y > 1])
print(sum(1 for _ in range(50) for _ in range(2)))
print([[c * n for c in 'ab'] for n in (1, 2)])
words = ['alpha', 'beta', 'gamma', 'delta']
print({w[0]: w for w in words if 'a' in w[1:]})
