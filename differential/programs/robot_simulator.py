"""A grid robot simulator: command parsing, obstacles, bounded moves, history/undo, and rendering."""
from enum import Enum

class Heading(Enum):
    N = (0, 1)
    E = (1, 0)
    S = (0, -1)
    W = (-1, 0)

    def left(self):
        order = list(Heading)
        return order[(order.index(self) - 1) % 4]

    def right(self):
        order = list(Heading)
        return order[(order.index(self) + 1) % 4]

class Crash(Exception):
    pass

class Robot:
    def __init__(self, x, y, heading, width=8, height=6, obstacles=()):
        self.x, self.y, self.h = x, y, heading
        self.w, self.hgt = width, height
        self.obstacles = set(obstacles)
        self.history = []
        self.trail = {(x, y)}

    def _save(self):
        self.history.append((self.x, self.y, self.h))

    def execute(self, cmd):
        op, _, arg = cmd.partition(" ")
        n = int(arg) if arg else 1
        if op == "L":
            self._save()
            self.h = self.h.left()
        elif op == "R":
            self._save()
            self.h = self.h.right()
        elif op in ("F", "B"):
            self._save()
            dx, dy = self.h.value
            sign = 1 if op == "F" else -1
            for _ in range(n):
                nx, ny = self.x + sign * dx, self.y + sign * dy
                if not (0 <= nx < self.w and 0 <= ny < self.hgt):
                    raise Crash(f"wall at ({nx}, {ny})")
                if (nx, ny) in self.obstacles:
                    raise Crash(f"obstacle at ({nx}, {ny})")
                self.x, self.y = nx, ny
                self.trail.add((nx, ny))
        elif op == "U":
            for _ in range(n):
                if self.history:
                    self.x, self.y, self.h = self.history.pop()
        else:
            raise ValueError(f"unknown command {cmd!r}")

    def render(self):
        arrow = {Heading.N: "^", Heading.E: ">", Heading.S: "v", Heading.W: "<"}[self.h]
        rows = []
        for y in range(self.hgt - 1, -1, -1):
            rows.append("".join(arrow if (x, y) == (self.x, self.y) else "#" if (x, y) in self.obstacles
                                else "." if (x, y) in self.trail else " " for x in range(self.w)))
        return "\n".join("|" + r + "|" for r in rows)

    def __repr__(self):
        return f"Robot(x={self.x}, y={self.y}, heading={self.h.name})"

bot = Robot(0, 0, Heading.N, obstacles={(2, 2), (5, 1), (3, 4)})
for cmd in ["F 2", "R", "F 3", "L", "F 2", "R", "F 1", "L", "F 3", "U 2", "R", "F 9", "Z", "B 1", "L", "L", "F 4"]:
    try:
        bot.execute(cmd)
        print(f"{cmd:<4} -> {bot}")
    except (Crash, ValueError) as e:
        print(f"{cmd:<4} !! {type(e).__name__}: {e} (still {bot})")
print(bot.render())
print(len(bot.trail), len(bot.history), Heading.N.left(), Heading.W.right(), Heading((1, 0)), [h.name for h in Heading])
