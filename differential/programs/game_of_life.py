"""Conway's Game of Life on a small torus, with pattern detection."""
class Life:
    def __init__(self, rows, cols, alive):
        self.rows, self.cols = rows, cols
        self.cells = set(alive)
        self.generation = 0

    @classmethod
    def from_text(cls, text):
        lines = [l for l in text.strip("\n").split("\n")]
        alive = {(r, c) for r, line in enumerate(lines) for c, ch in enumerate(line) if ch == "#"}
        return cls(len(lines), max(map(len, lines)), alive)

    def neighbours(self, r, c):
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    yield (r + dr) % self.rows, (c + dc) % self.cols

    def step(self):
        counts = {}
        for r, c in self.cells:
            for n in self.neighbours(r, c):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in self.cells)}
        self.generation += 1

    def render(self):
        return "\n".join(
            "".join("#" if (r, c) in self.cells else "." for c in range(self.cols)) for r in range(self.rows)
        )

    def signature(self):
        return frozenset(self.cells)

    def __len__(self):
        return len(self.cells)

    def __repr__(self):
        return f"<Life gen={self.generation} alive={len(self)}>"

GLIDER = """
.#......
..#.....
###.....
........
........
........
"""

life = Life.from_text(GLIDER)
print(life)
print(life.render())
for _ in range(4):
    life.step()
print(life)
print(life.render())

def run_until_repeat(board, limit=100):
    seen = {board.signature(): 0}
    while board.generation < limit:
        board.step()
        sig = board.signature()
        if sig in seen:
            return seen[sig], board.generation - seen[sig]
        seen[sig] = board.generation
    return None

blinker = Life(5, 5, {(2, 1), (2, 2), (2, 3)})
print("blinker:", run_until_repeat(blinker))
block = Life(4, 4, {(1, 1), (1, 2), (2, 1), (2, 2)})
print("block:", run_until_repeat(block))
glider = Life.from_text(GLIDER)
print("glider on torus:", run_until_repeat(glider))
rpent = Life(12, 12, {(5, 6), (5, 7), (6, 5), (6, 6), (7, 6)})
history = []
for _ in range(30):
    rpent.step()
    history.append(len(rpent))
print("r-pentomino populations:", history)
print(rpent.render())
print(sorted(rpent.cells)[:5])
