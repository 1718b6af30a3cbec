"""Backtracking sudoku solver with constraint propagation and board printing."""
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    rows = [line for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]

def candidates(board, r, c):
    used = set(board[r]) | {board[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {board[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

class Solver:
    def __init__(self, board):
        self.board = [row[:] for row in board]
        self.nodes = 0

    def solve(self):
        best = None
        for r in range(9):
            for c in range(9):
                if self.board[r][c] == 0:
                    cand = candidates(self.board, r, c)
                    if best is None or len(cand) < len(best[2]):
                        best = (r, c, cand)
        if best is None:
            return True
        r, c, cand = best
        for d in cand:
            self.nodes += 1
            self.board[r][c] = d
            if self.solve():
                return True
        self.board[r][c] = 0
        return False

def show(board):
    lines = []
    for r, row in enumerate(board):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        cells = [str(d) if d else "." for d in row]
        lines.append(" | ".join(" ".join(cells[i:i + 3]) for i in (0, 3, 6)))
    return "\n".join(lines)

def valid(board):
    groups = [row for row in board]
    groups += [list(col) for col in zip(*board)]
    groups += [[board[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)

board = parse(PUZZLE)
print(show(board))
print()
s = Solver(board)
print("solved:", s.solve(), "nodes:", s.nodes)
print(show(s.board))
print("valid:", valid(s.board), "original untouched:", board[0][2] == 0)

def n_queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(acc[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            acc.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc)
            acc.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols

for n in range(4, 9):
    sols = n_queens(n)
    print(n, len(sols), sols[0] if sols else None)
first = n_queens(6)[0]
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))
