"""Customer support queue: deque with maxlen, round-robin agents, rotating logs, and SLA statistics."""
from collections import deque, namedtuple
import random
import statistics

Ticket = namedtuple("Ticket", "id priority created effort")
rng = random.Random(11)
tickets = deque()
for i in range(1, 26):
    tickets.append(Ticket(i, rng.choice(["low", "normal", "normal", "high"]), i * 3, rng.randint(2, 12)))
urgent = deque(t for t in tickets if t.priority == "high")
normal = deque(t for t in tickets if t.priority != "high")
agents = deque(["ana", "ben", "chi"])
busy_until = {a: 0 for a in agents}
recent = deque(maxlen=5)
done = []
clock = 0
while urgent or normal:
    agent = agents[0]
    agents.rotate(-1)
    clock = max(clock, busy_until[agent])
    queue = urgent if urgent else normal
    t = queue.popleft()
    start = max(clock, t.created)
    busy_until[agent] = start + t.effort
    wait = start - t.created
    done.append((t, agent, wait))
    recent.append(f"{agent}#{t.id}")
    clock += 1
print("last five:", list(recent), recent.maxlen)
waits = {"high": [], "normal": [], "low": []}
for t, agent, wait in done:
    waits[t.priority].append(wait)
for prio, ws in waits.items():
    if ws:
        print(f"{prio:<7} n={len(ws):>2} mean={statistics.mean(ws):6.2f} max={max(ws):>3} within SLA(20)={sum(w <= 20 for w in ws)}/{len(ws)}")
load = {}
for t, agent, _ in done:
    load[agent] = load.get(agent, 0) + t.effort
print(sorted(load.items()), max(busy_until.values()))
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d, d.index(5), d.count(1))
d.extendleft([0, -1])
d.appendleft(-2)
print(d, d.pop(), d.popleft(), len(d), d[2], d[-1])
d.remove(4)
d.reverse()
print(d, list(reversed(d)), deque("abc", maxlen=2), deque(maxlen=0))
window = deque(maxlen=3)
moving = []
for x in [10, 20, 30, 40, 50, 60]:
    window.append(x)
    moving.append(sum(window) / len(window))
print(moving)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) + deque([3]), deque([1]) * 3, 2 in deque([1, 2]))
