# nested lists as matrices
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print(grid[1][2], grid[-1][0])
transposed = [[grid[r][c] for r in range(3)] for c in range(3)]
print(transposed)
print([row[1] for row in grid])
print(sum(sum(row) for row in grid))
grid[0][0] = 'x'
print(grid[0])
bad = [[0] * 2] * 2
bad[0][0] = 1
print(bad)
good = [[0] * 2 for _ in range(2)]
good[0][0] = 1
print(good)
flat = [x for row in grid for x in row]
print(flat)
