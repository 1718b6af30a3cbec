"""A* path finding on a weighted grid with Manhattan heuristic; renders the path."""
import heapq

MAP = """
S....#........
.##..#..~~~...
..#.....~#~...
..####..~#~##.
.....#...#....
.###.#####.##.
...#.......#.E
"""

COST = {".": 1, "~": 5, "S": 1, "E": 1}

def parse(text):
    grid = [list(line) for line in text.strip().splitlines()]
    find = lambda ch: next((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == ch)
    return grid, find("S"), find("E")

def neighbours(grid, r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            yield nr, nc

def astar(grid, start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_heap = [(h(start), 0, start)]
    came = {start: None}
    g = {start: 0}
    expanded = 0
    while open_heap:
        f, cost, cur = heapq.heappop(open_heap)
        if cost > g[cur]:
            continue
        expanded += 1
        if cur == goal:
            path = []
            while cur:
                path.append(cur)
                cur = came[cur]
            return path[::-1], g[goal], expanded
        for nxt in neighbours(grid, *cur):
            ng = cost + COST[grid[nxt[0]][nxt[1]]]
            if ng < g.get(nxt, float("inf")):
                g[nxt] = ng
                came[nxt] = cur
                heapq.heappush(open_heap, (ng + h(nxt), ng, nxt))
    return None, float("inf"), expanded

grid, start, goal = parse(MAP)
path, cost, expanded = astar(grid, start, goal)
print(f"start={start} goal={goal} cost={cost} steps={len(path) - 1} expanded={expanded}")
shown = [row[:] for row in grid]
for r, c in path[1:-1]:
    shown[r][c] = "*"
print("\n".join("".join(row) for row in shown))
grid[4][12] = "#"
grid[5][10] = "#"
p2, c2, e2 = astar(grid, start, goal)
print("after blocking:", c2, None if p2 is None else len(p2))
grid[6][12] = "#"
grid[5][13] = "#"
print(astar(grid, start, goal))
