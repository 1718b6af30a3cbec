# list comprehensions
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(6)])
print([(x, y) for x in range(3) for y in range(x)])
print([c for word in ['ab', 'cd'] for c in word])
print([[y for y in range(x)] for x in range(4)])
print([s.strip() for s in [' a ', 'b  '] if s.strip()])
print([i for i in range(10) if i > 2 if i < 6])
print([len(w) for w in 'the quick brown fox'.split()])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for x in []])
