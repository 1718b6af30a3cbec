"""Word ladder (BFS over one-letter changes), anagram solver and boggle-style search over a small dictionary."""
from collections import deque, defaultdict
from itertools import permutations

WORDS = """cold cord card ward warm worm word wore core care dare date gate late lane line fine fire hire here
head heal teal tell tall ball bell belt bolt boat coat cost cast case cave gave give live love lose lost
most mist list lint mint mine mind kind king ring rung sung song long lung""".split()
WORDSET = set(WORDS)

def neighbours_index(words):
    idx = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            idx[w[:i] + "_" + w[i + 1:]].append(w)
    return idx

IDX = neighbours_index(WORDS)

def ladder(start, goal):
    if start not in WORDSET or goal not in WORDSET:
        return None
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i in range(len(w)):
            for nxt in sorted(IDX[w[:i] + "_" + w[i + 1:]]):
                if nxt not in prev:
                    prev[nxt] = w
                    q.append(nxt)
    return None

for a, b in [("cold", "warm"), ("head", "tail"), ("love", "hate"), ("lost", "king"), ("boat", "coat"), ("fire", "mind")]:
    p = ladder(a, b)
    print(f"{a} -> {b}: {' > '.join(p) if p else 'no ladder'}")

def anagrams(letters, min_len=3):
    found = set()
    for n in range(min_len, len(letters) + 1):
        for perm in permutations(letters, n):
            w = "".join(perm)
            if w in WORDSET:
                found.add(w)
    return sorted(found, key=lambda w: (-len(w), w))

print(anagrams("tsol"), anagrams("carde"), anagrams("xyz"))
GRID = ["coat", "asel", "rdie", "mint"]

def boggle(grid):
    rows, cols = len(grid), len(grid[0])
    prefixes = {w[:i] for w in WORDS for i in range(1, len(w) + 1)}
    found = set()
    def dfs(r, c, path, seen):
        path += grid[r][c]
        if path not in prefixes:
            return
        if path in WORDSET:
            found.add(path)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if (dr or dc) and 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen:
                    dfs(nr, nc, path, seen | {(nr, nc)})
    for r in range(rows):
        for c in range(cols):
            dfs(r, c, "", {(r, c)})
    return sorted(found)

print(boggle(GRID))
degree = {w: sum(len(IDX[w[:i] + "_" + w[i + 1:]]) - 1 for i in range(len(w))) for w in WORDS}
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
