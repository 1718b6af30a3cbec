"""Chess move generation for knights, bishops, rooks, queens and kings on a board given as FEN-like text; perft-lite."""
FILES = "abcdefgh"
START = """
r . b q k b . r
p p p p . p p p
. . n . . n . .
. . . . p . . .
. . B . P . . .
. . . . . N . .
P P P P . P P P
R N B Q K . . R
"""

def parse(text):
    rows = [line.split() for line in text.strip().splitlines()]
    board = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            if ch != ".":
                board[(c, 7 - r)] = ch
    return board

def sq(pos):
    return f"{FILES[pos[0]]}{pos[1] + 1}"

def is_white(p):
    return p.isupper()

DIRS = {"N": [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)],
        "B": [(1, 1), (1, -1), (-1, 1), (-1, -1)], "R": [(1, 0), (-1, 0), (0, 1), (0, -1)]}
DIRS["Q"] = DIRS["B"] + DIRS["R"]
DIRS["K"] = DIRS["Q"]

def moves(board, white=True):
    out = []
    for pos, p in sorted(board.items()):
        if is_white(p) != white:
            continue
        kind = p.upper()
        if kind == "P":
            step = 1 if white else -1
            one = (pos[0], pos[1] + step)
            if one not in board and 0 <= one[1] < 8:
                out.append((pos, one, ""))
                two = (pos[0], pos[1] + 2 * step)
                if pos[1] == (1 if white else 6) and two not in board:
                    out.append((pos, two, ""))
            for dc in (-1, 1):
                t = (pos[0] + dc, pos[1] + step)
                if t in board and is_white(board[t]) != white:
                    out.append((pos, t, "x"))
            continue
        slide = kind in "BRQ"
        for dc, dr in DIRS[kind]:
            c, r = pos
            while True:
                c, r = c + dc, r + dr
                if not (0 <= c < 8 and 0 <= r < 8):
                    break
                if (c, r) in board:
                    if is_white(board[(c, r)]) != white:
                        out.append((pos, (c, r), "x"))
                    break
                out.append((pos, (c, r), ""))
                if not slide:
                    break
    return out

def notation(board, m):
    src, dst, cap = m
    p = board[src].upper()
    prefix = "" if p == "P" else p
    if p == "P" and cap:
        prefix = FILES[src[0]]
    return f"{prefix}{cap}{sq(dst)}"

board = parse(START)
for side in (True, False):
    ms = moves(board, side)
    caps = [notation(board, m) for m in ms if m[2]]
    print(("white" if side else "black"), len(ms), "moves; captures:", caps)
    print("  ", " ".join(sorted(notation(board, m) for m in ms)))
def apply(board, m):
    b = dict(board)
    b[m[1]] = b.pop(m[0])
    return b
total = 0
for m in moves(board, True):
    total += len(moves(apply(board, m), False))
print("perft(2) from position:", total)
attacked = {m[1] for m in moves(board, True)}
print("black pieces attacked:", sorted(sq(p) for p, pc in board.items() if not is_white(pc) and p in attacked))
material = {"P": 1, "N": 3, "B": 3, "R": 5, "Q": 9, "K": 0}
score = sum(material[p.upper()] * (1 if is_white(p) else -1) for p in board.values())
print("material balance:", score)
