"""Tic-tac-toe with a minimax AI (alpha-beta, memoized) playing against itself and scripted moves."""
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None

@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w == "X":
        return 1, None
    if w == "O":
        return -1, None
    if w == "draw":
        return 0, None
    best = (-2, None) if player == "X" else (2, None)
    for i, cell in enumerate(board):
        if cell != " ":
            continue
        nb = board[:i] + player + board[i + 1:]
        score, _ = minimax(nb, "O" if player == "X" else "X")
        if (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    return best

def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    return "\n---------\n".join(rows)

def play(moves_x=None):
    board, player, turn = " " * 9, "X", 0
    moves_x = list(moves_x or [])
    while winner(board) is None:
        if player == "X" and moves_x:
            move = moves_x.pop(0)
        else:
            _, move = minimax(board, player)
        board = board[:move] + player + board[move + 1:]
        turn += 1
        player = "O" if player == "X" else "X"
    return board, winner(board), turn

board, w, turns = play()
print(show(board))
print("result:", w, "in", turns, "moves")
for opening in ([4], [0], [1, 2], [0, 8, 6]):
    board, w, turns = play(opening)
    print(f"X opens {opening}: {w} after {turns}; final {board!r}")
print(minimax.cache_info().currsize > 1000, minimax(" " * 9, "X"))
counts = {"X": 0, "O": 0, "draw": 0}
def count_games(board, player):
    w = winner(board)
    if w:
        counts[w] += 1
        return 1
    total = 0
    for i in range(9):
        if board[i] == " ":
            total += count_games(board[:i] + player + board[i + 1:], "O" if player == "X" else "X")
    return total
print("total games:", count_games(" " * 9, "X"), counts)
