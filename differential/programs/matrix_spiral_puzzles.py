"""Grid puzzles: spiral order, rotation, flood fill, islands, path counting, word search."""
from collections import deque

def spiral(m):
    out = []
    while m:
        out += m[0]
        m = [list(r) for r in zip(*m[1:])][::-1]
    return out

def rotate(m):
    return [list(r) for r in zip(*m[::-1])]

def flood_fill(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return grid
    g = [row[:] for row in grid]
    q = deque([(r, c)])
    while q:
        y, x = q.popleft()
        if 0 <= y < len(g) and 0 <= x < len(g[0]) and g[y][x] == old:
            g[y][x] = new
            q.extend([(y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)])
    return g

def islands(grid):
    seen = set()
    sizes = []
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            if grid[r][c] == "#" and (r, c) not in seen:
                stack, size = [(r, c)], 0
                seen.add((r, c))
                while stack:
                    y, x = stack.pop()
                    size += 1
                    for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < len(grid) and 0 <= nx < len(grid[0]) and grid[ny][nx] == "#" and (ny, nx) not in seen:
                            seen.add((ny, nx))
                            stack.append((ny, nx))
                sizes.append(size)
    return sorted(sizes, reverse=True)

def unique_paths(grid):
    rows, cols = len(grid), len(grid[0])
    dp = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "x":
                continue
            if r == c == 0:
                dp[r][c] = 1
            else:
                dp[r][c] = (dp[r - 1][c] if r else 0) + (dp[r][c - 1] if c else 0)
    return dp[-1][-1]

def word_search(board, word):
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0), (1, 1), (-1, -1), (1, -1), (-1, 1)]
    hits = []
    for r in range(len(board)):
        for c in range(len(board[0])):
            for dr, dc in dirs:
                if all(0 <= r + i * dr < len(board) and 0 <= c + i * dc < len(board[0])
                       and board[r + i * dr][c + i * dc] == ch for i, ch in enumerate(word)):
                    hits.append((r, c, (dr, dc)))
    return hits

m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(spiral(m))
print(rotate(m))
print(rotate(rotate(rotate(rotate(m)))) == m)
img = [[1, 1, 0], [1, 0, 0], [1, 1, 1]]
print(flood_fill(img, 0, 0, 7), img)
sea = ["##..#", "#...#", "..#..", "....#", "##.##"]
print("islands:", islands(sea))
print("paths:", unique_paths(["...", ".x.", "..."]), unique_paths(["." * 8] * 8))
board = ["CATS", "OXAO", "DOGT", "TAGS"]
for w in ["CAT", "DOG", "TAG", "COD", "SAT", "GOAT"]:
    print(w, word_search(board, w))
print("\n".join(" ".join(f"{v:>2}" for v in row) for row in rotate(m)))
t = [[r * c for c in range(1, 6)] for r in range(1, 6)]
print("\n".join("".join(f"{v:4d}" for v in row) for row in t))
print([row[::-1] for row in m][::-1], [list(col) for col in zip(*m)][1], sum(sum(r) for r in m))
