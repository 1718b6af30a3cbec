"""Combinatorics puzzles with itertools: subsets, schedules, password space, magic squares."""
import itertools as it
from math import comb, perm, factorial, prod

people = ["Ann", "Bob", "Cid", "Dee"]
print("pairs:", list(it.combinations(people, 2)))
print("orders of 3:", sum(1 for _ in it.permutations(people, 3)), perm(4, 3))
print("subsets:", [s for r in range(len(people) + 1) for s in it.combinations(people, r)][:7])
print("comb table:", [[comb(n, k) for k in range(n + 1)] for n in range(6)])

def subset_sum(nums, target):
    return [c for r in range(1, len(nums) + 1) for c in it.combinations(nums, r) if sum(c) == target]

print(subset_sum([3, 34, 4, 12, 5, 2], 9))

def magic_squares():
    found = []
    for p in it.permutations(range(1, 10)):
        rows = [p[0:3], p[3:6], p[6:9]]
        if all(sum(r) == 15 for r in rows) and all(sum(c) == 15 for c in zip(*rows)) \
                and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
            found.append(p)
    return found

ms = magic_squares()
print(len(ms), ms[0])
teams = ["A", "B", "C", "D", "E", "F"]
def round_robin(teams):
    ts = list(teams)
    rounds = []
    for _ in range(len(ts) - 1):
        rounds.append([(ts[i], ts[-1 - i]) for i in range(len(ts) // 2)])
        ts = [ts[0]] + [ts[-1]] + ts[1:-1]
    return rounds
for n, rnd in enumerate(round_robin(teams), 1):
    print(f"round {n}: " + "  ".join(f"{a}-{b}" for a, b in rnd))
digits = "0123456789"
print("4-digit pins without repeats:", sum(1 for _ in it.permutations(digits, 4)))
print("grid walks 4x4:", comb(8, 4), "derangements(5):", sum(1 for p in it.permutations(range(5)) if all(p[i] != i for i in range(5))))
print("products:", list(it.product([0, 1], "ab"))[:5], prod(range(1, 11)) == factorial(10))
coins = [1, 2, 5]
ways = [c for c in it.combinations_with_replacement(coins, 4) if sum(c) == 10]
print("4 coins making 10:", ways)
words = ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"]
print({k: list(g) for k, g in it.groupby(words, key=lambda w: w[0])})
print(list(it.accumulate(range(1, 8), lambda a, b: a * b)))
print(list(it.zip_longest(*[iter("abcdefg")] * 3, fillvalue="_")))
nums = [5, 1, 4, 1, 5, 9, 2, 6]
print(list(it.islice(it.cycle(nums), 3, 14, 2)))
print(max(it.combinations(nums, 3), key=lambda t: prod(t)), min(it.permutations("cab")))
print(list(it.chain(range(2), "xy", [None])), list(it.tee("ab", 3)[2]))
