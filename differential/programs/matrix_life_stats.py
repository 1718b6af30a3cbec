"""Student grade book: nested lists, zip transposition, per-column stats, ranking with ties, letter grades."""
import statistics

students = ["Ava", "Ben", "Cara", "Dev", "Eli", "Fay"]
subjects = ["Math", "Physics", "Lit", "History"]
scores = [
    [92, 88, 75, 81],
    [67, 72, 88, 90],
    [92, 95, 61, 70],
    [55, 60, 70, 65],
    [78, 85, 92, 88],
    [88, 79, 84, 92],
]
weights = [0.35, 0.25, 0.2, 0.2]

def letter(x):
    for cutoff, g in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if x >= cutoff:
            return g
    return "F"

def ranks(values):
    order = sorted(range(len(values)), key=lambda i: -values[i])
    out = [0] * len(values)
    rank = 0
    prev = None
    for pos, i in enumerate(order, 1):
        if values[i] != prev:
            rank = pos
            prev = values[i]
        out[i] = rank
    return out

weighted = [round(sum(s * w for s, w in zip(row, weights)), 2) for row in scores]
r = ranks(weighted)
header = f"{'Student':<8}" + "".join(f"{s:>9}" for s in subjects) + f"{'Weighted':>10}{'Grade':>7}{'Rank':>6}"
print(header)
print("-" * len(header))
for name, row, w, rk in sorted(zip(students, scores, weighted, r), key=lambda t: t[3]):
    print(f"{name:<8}" + "".join(f"{x:>9}" for x in row) + f"{w:>10.2f}{letter(w):>7}{rk:>6}")
print("-" * len(header))
cols = list(zip(*scores))
for label, fn in [("mean", statistics.mean), ("median", statistics.median), ("stdev", statistics.stdev), ("max", max), ("min", min)]:
    print(f"{label:<8}" + "".join(f"{fn(c):>9.2f}" if isinstance(fn(c), float) else f"{fn(c):>9}" for c in cols))
best = {subj: students[max(range(len(students)), key=lambda i: (scores[i][j], -i))] for j, subj in enumerate(subjects)}
print(best)
print("math ranks:", ranks([row[0] for row in scores]))
print("correlation math/physics:", round(statistics.correlation(cols[0], cols[1]), 4))
curve = [[min(100, round(x * 1.05)) for x in row] for row in scores]
print(curve[3], [letter(x) for x in curve[3]])
improved = [(n, a - b) for n, a, b in zip(students, map(sum, curve), map(sum, scores))]
print(improved, sum(d for _, d in improved))
dist = {g: [n for n, w in zip(students, weighted) if letter(w) == g] for g in "ABCDF"}
print({g: ns for g, ns in dist.items() if ns})
