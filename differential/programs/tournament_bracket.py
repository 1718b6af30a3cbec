"""Single-elimination tournament: seeding, byes, seeded-random match simulation with Elo updates, bracket print."""
import random
import math

PLAYERS = {"Ana": 1820, "Bo": 1755, "Cy": 1690, "Di": 1905, "Ed": 1600, "Flo": 1710, "Gus": 1540, "Hal": 1805, "Ivy": 1655, "Jo": 1580}

def seed_order(n):
    order = [1]
    while len(order) < n:
        size = len(order) * 2
        order = [x for s in order for x in (s, size + 1 - s)]
    return order

def expected(ra, rb):
    return 1 / (1 + 10 ** ((rb - ra) / 400))

def play(a, b, ratings, rng, k=32):
    pa = expected(ratings[a], ratings[b])
    winner, loser = (a, b) if rng.random() < pa else (b, a)
    ew = expected(ratings[winner], ratings[loser])
    delta = round(k * (1 - ew))
    ratings[winner] += delta
    ratings[loser] -= delta
    return winner, pa, delta

rng = random.Random(2024)
ratings = dict(PLAYERS)
seeded = sorted(PLAYERS, key=lambda p: -PLAYERS[p])
size = 2 ** math.ceil(math.log2(len(seeded)))
slots = [seeded[s - 1] if s <= len(seeded) else None for s in seed_order(size)]
print("bracket size", size, "byes", size - len(seeded))
rnd = 1
while len(slots) > 1:
    print(f"--- round {rnd}")
    nxt = []
    for a, b in zip(slots[::2], slots[1::2]):
        if a is None or b is None:
            adv = a or b
            print(f"  {adv:<4} bye")
            nxt.append(adv)
            continue
        w, pa, d = play(a, b, ratings, rng)
        print(f"  {a:<4}({ratings[a]:>4}) vs {b:<4}({ratings[b]:>4})  p(a)={pa:.3f} -> {w} (+{d})")
        nxt.append(w)
    slots = nxt
    rnd += 1
print("champion:", slots[0])
print(sorted(ratings.items(), key=lambda kv: (-kv[1], kv[0]))[:4], sum(ratings.values()) == sum(PLAYERS.values()))
print(seed_order(8), seed_order(16)[:8])
