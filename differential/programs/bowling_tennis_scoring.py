"""Scoring engines for games: ten-pin bowling frames, tennis game/set state, and a darts checkout finder."""
from itertools import product

def bowling(rolls):
    score, i, frames = 0, 0, []
    for frame in range(10):
        if i >= len(rolls):
            raise ValueError(f"incomplete game at frame {frame + 1}")
        if rolls[i] == 10:
            score += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            score += 10 + rolls[i + 2]
            i += 2
        else:
            if rolls[i] + rolls[i + 1] > 10:
                raise ValueError(f"frame {frame + 1} has more than 10 pins")
            score += rolls[i] + rolls[i + 1]
            i += 2
        frames.append(score)
    return frames

for name, rolls in [("perfect", [10] * 12), ("all spares", [5] * 21), ("gutter", [0] * 20),
                    ("mixed", [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]),
                    ("bad", [9, 9] + [0] * 18), ("short", [1, 2, 3])]:
    try:
        f = bowling(rolls)
        print(f"{name:<10} {f[-1]:>3} {f}")
    except (ValueError, IndexError) as e:
        print(f"{name:<10} error: {type(e).__name__}: {e}")

class TennisGame:
    NAMES = ["Love", "15", "30", "40"]
    def __init__(self, p1, p2):
        self.players = (p1, p2)
        self.points = [0, 0]
    def won_point(self, who):
        self.points[self.players.index(who)] += 1
    def score(self):
        a, b = self.points
        if a >= 3 and b >= 3:
            if a == b:
                return "Deuce"
            leader = self.players[0 if a > b else 1]
            return f"Advantage {leader}" if abs(a - b) == 1 else f"Game {leader}"
        if a >= 4 or b >= 4:
            return f"Game {self.players[0 if a > b else 1]}"
        if a == b:
            return f"{self.NAMES[a]}-All"
        return f"{self.NAMES[a]}-{self.NAMES[b]}"

g = TennisGame("Serena", "Venus")
trace = []
for who in ["Serena", "Serena", "Venus", "Venus", "Serena", "Venus", "Venus", "Serena", "Serena", "Serena"]:
    g.won_point(who)
    trace.append(g.score())
print(trace)

SINGLES = list(range(1, 21)) + [25]
DARTS = [(f"S{n}", n) for n in SINGLES] + [(f"D{n}", 2 * n) for n in SINGLES] + [(f"T{n}", 3 * n) for n in range(1, 21)]
DOUBLES = [(f"D{n}", 2 * n) for n in SINGLES]

def checkouts(total, max_darts=3):
    found = []
    for k in range(1, max_darts + 1):
        for combo in product(DARTS, repeat=k - 1):
            rest = total - sum(v for _, v in combo)
            for name, v in DOUBLES:
                if v == rest:
                    found.append([c for c, _ in combo] + [name])
        if found:
            return found
    return found

for t in [40, 50, 100, 170, 169, 2, 3]:
    c = checkouts(t)
    print(t, len(c), c[:3])
