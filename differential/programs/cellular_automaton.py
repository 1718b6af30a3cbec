"""Elementary cellular automata (rule 30/90/110), Langton's ant and a sandpile, printed as text."""
def rule_table(rule):
    return {tuple(int(b) for b in f"{i:03b}"): (rule >> i) & 1 for i in range(8)}

def run_rule(rule, width=31, steps=15):
    table = rule_table(rule)
    row = [0] * width
    row[width // 2] = 1
    lines = []
    for _ in range(steps):
        lines.append("".join("█" if c else " " for c in row).rstrip())
        row = [table[(row[i - 1], row[i], row[(i + 1) % width])] for i in range(width)]
    return lines

for rule in (30, 90, 110):
    print(f"rule {rule}:")
    for line in run_rule(rule, 31, 12):
        print("|" + line)

def langton(steps, size=11):
    grid = set()
    x = y = size // 2
    dx, dy = 0, -1
    for _ in range(steps):
        if (x, y) in grid:
            dx, dy = dy, -dx
            grid.remove((x, y))
        else:
            dx, dy = -dy, dx
            grid.add((x, y))
        x, y = (x + dx) % size, (y + dy) % size
    return grid, (x, y)

grid, pos = langton(200)
print(len(grid), pos)
for r in range(11):
    print("".join("A" if (c, r) == pos else "#" if (c, r) in grid else "." for c in range(11)))

def sandpile(n, size=7):
    g = [[0] * size for _ in range(size)]
    g[size // 2][size // 2] = n
    topples = 0
    unstable = True
    while unstable:
        unstable = False
        for r in range(size):
            for c in range(size):
                if g[r][c] >= 4:
                    unstable = True
                    q, g[r][c] = divmod(g[r][c], 4)
                    topples += q
                    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        if 0 <= r + dr < size and 0 <= c + dc < size:
                            g[r + dr][c + dc] += q
    return g, topples

g, t = sandpile(100)
print("topples:", t, "grains left:", sum(map(sum, g)))
for row in g:
    print(" ".join(" .:#"[v] for v in row))
print(rule_table(30))
