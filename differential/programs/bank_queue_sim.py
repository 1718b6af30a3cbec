"""Discrete-event simulation of a bank with tellers, seeded random arrivals, heapq events."""
import heapq
import random
from collections import deque
from dataclasses import dataclass, field
from enum import Enum
import statistics

class Kind(Enum):
    ARRIVAL = 1
    DEPARTURE = 2

@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: Kind = field(compare=False)
    customer: int = field(compare=False)
    teller: int = field(default=-1, compare=False)

def simulate(n_tellers, n_customers, seed):
    rng = random.Random(seed)
    events, seq = [], 0
    t = 0.0
    for c in range(n_customers):
        t += rng.expovariate(1 / 2.0)
        heapq.heappush(events, Event(round(t, 3), seq, Kind.ARRIVAL, c))
        seq += 1
    free = list(range(n_tellers))
    waiting = deque()
    arrived, waits, served_by = {}, {}, [0] * n_tellers
    while events:
        ev = heapq.heappop(events)
        if ev.kind is Kind.ARRIVAL:
            arrived[ev.customer] = ev.time
            waiting.append(ev.customer)
        else:
            free.append(ev.teller)
            free.sort()
        while free and waiting:
            teller = free.pop(0)
            cust = waiting.popleft()
            waits[cust] = ev.time - arrived[cust]
            service = rng.uniform(2, 7) if rng.random() < 0.8 else rng.gauss(12, 2)
            heapq.heappush(events, Event(round(ev.time + service, 3), seq, Kind.DEPARTURE, cust, teller))
            seq += 1
            served_by[teller] += 1
    return waits, served_by, ev.time

for tellers in (1, 2, 3):
    waits, served, end = simulate(tellers, 40, seed=42)
    w = list(waits.values())
    print(f"tellers={tellers} end={end:8.3f} mean_wait={statistics.mean(w):7.3f} "
          f"max_wait={max(w):7.3f} served={served}")

rng = random.Random(7)
print([rng.randint(1, 6) for _ in range(10)])
print(rng.choice("abcdef"), rng.sample(range(100), 5), round(rng.random(), 12))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8])
print(rng.choices(["red", "green", "blue"], weights=[5, 3, 1], k=8))
print(round(rng.uniform(-1, 1), 10), rng.randrange(0, 100, 5), rng.getrandbits(20))
random.seed(123)
print(random.random(), random.randint(0, 10**12))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10))
print(round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 3), 10))
