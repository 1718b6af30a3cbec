pairs = ((a, b) for a in range(3) for b in range(a) if (a + b) % 2)
print(list(pairs))
matrix = [[1, 2], [3, 4]]
print(list(x for row in matrix for x in row))
print(list((i, j) for i in 'ab' for j in (1, 2)))
