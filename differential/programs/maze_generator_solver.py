"""Maze generation (seeded recursive backtracker), ASCII rendering, BFS solving and dead-end statistics."""
import random
from collections import deque

def generate(w, h, seed):
    rng = random.Random(seed)
    walls = {(x, y): {"N", "S", "E", "W"} for x in range(w) for y in range(h)}
    moves = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
    stack = [(0, 0)]
    seen = {(0, 0)}
    while stack:
        x, y = stack[-1]
        options = [(d, x + dx, y + dy, back) for d, (dx, dy, back) in moves.items()
                   if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        d, nx, ny, back = rng.choice(sorted(options))
        walls[(x, y)].discard(d)
        walls[(nx, ny)].discard(back)
        seen.add((nx, ny))
        stack.append((nx, ny))
    return walls

def render(walls, w, h, path=()):
    path = set(path)
    lines = ["+" + "---+" * w]
    for y in range(h):
        row = "|"
        bottom = "+"
        for x in range(w):
            row += (" o " if (x, y) in path else "   ") + ("|" if "E" in walls[(x, y)] else " ")
            bottom += ("---" if "S" in walls[(x, y)] else "   ") + "+"
        lines += [row, bottom]
    return "\n".join(lines)

def solve(walls, start, goal):
    moves = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for d, (dx, dy) in moves.items():
            if d not in walls[cur]:
                nxt = (cur[0] + dx, cur[1] + dy)
                if nxt not in prev:
                    prev[nxt] = cur
                    q.append(nxt)
    path, cur = [], goal
    while cur is not None:
        path.append(cur)
        cur = prev[cur]
    return path[::-1]

for seed, (w, h) in [(1, (6, 4)), (42, (8, 5))]:
    walls = generate(w, h, seed)
    path = solve(walls, (0, 0), (w - 1, h - 1))
    print(f"seed={seed} {w}x{h} path length {len(path)}")
    print(render(walls, w, h, path))
    dead_ends = sum(1 for v in walls.values() if len(v) == 3)
    open_walls = sum(4 - len(v) for v in walls.values()) // 2
    print("dead ends:", dead_ends, "passages:", open_walls, "cells:", w * h)
