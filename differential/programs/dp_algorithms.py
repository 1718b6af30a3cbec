"""Dynamic programming classics: LCS, edit distance, knapsack, coin change, LIS."""
from functools import lru_cache
import bisect

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, ca in enumerate(a, 1):
        for j, cb in enumerate(b, 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if ca == cb else max(dp[i - 1][j], dp[i][j - 1])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]

def knapsack(items, cap):
    @lru_cache(maxsize=None)
    def best(i, c):
        if i == len(items):
            return 0, ()
        name, w, v = items[i]
        skip = best(i + 1, c)
        if w <= c:
            val, chosen = best(i + 1, c - w)
            take = (val + v, (name,) + chosen)
            if take[0] > skip[0]:
                return take
        return skip
    result = best(0, cap)
    return result, best.cache_info()

def coin_change(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and dp[x - c] + 1 < dp[x]:
                dp[x] = dp[x - c] + 1
    return dp[amount] if dp[amount] != INF else -1

def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    return ways[amount]

def lis(seq):
    tails, idx, parent, pos = [], [], [None] * len(seq), []
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x); pos.append(i)
        else:
            tails[k] = x; pos[k] = i
        parent[i] = pos[k - 1] if k else None
    out, i = [], pos[-1] if pos else None
    while i is not None:
        out.append(seq[i]); i = parent[i]
    return out[::-1]

@lru_cache(maxsize=128)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("LCS:", lcs("AGGTABQWERTY", "GXTXAYBWRT"))
for s, t in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(f"edit({s!r}, {t!r}) = {edit_distance(s, t)}")
items = (("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40))
(value, chosen), info = knapsack(items, 200)
print("knapsack:", value, sorted(chosen))
print("cache:", info.hits > 0, info.misses > 0, info.maxsize, info.currsize == info.misses)
print("coins 63:", coin_change([1, 5, 10, 21, 25], 63), "coins 7 with [2,4]:", coin_change([2, 4], 7))
print("ways 100:", count_ways([1, 5, 10, 25, 50], 100))
print("LIS:", lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
print("fib(90):", fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
tri = [[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]
for row in range(len(tri) - 2, -1, -1):
    for i in range(len(tri[row])):
        tri[row][i] += max(tri[row + 1][i], tri[row + 1][i + 1])
print("triangle max path:", tri[0][0])
