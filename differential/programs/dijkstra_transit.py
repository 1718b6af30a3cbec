"""Transit route planner: timetable graph, earliest-arrival search with heapq, transfers and itinerary printing."""
import heapq
from datetime import datetime, timedelta
from collections import defaultdict

def t(hhmm):
    return datetime(2024, 6, 3, int(hhmm[:2]), int(hhmm[3:]))

TRIPS = {
    "R1": [("Airport", "07:00"), ("Central", "07:25"), ("Harbor", "07:40"), ("Museum", "07:52")],
    "R2": [("Airport", "07:15"), ("Central", "07:40"), ("Harbor", "07:55"), ("Museum", "08:07")],
    "B7": [("Central", "07:30"), ("University", "07:45"), ("Stadium", "08:05")],
    "B9": [("Harbor", "07:45"), ("University", "07:58"), ("Stadium", "08:10")],
    "T3": [("Museum", "08:00"), ("Stadium", "08:20")],
    "B8": [("Central", "07:50"), ("Stadium", "08:02")],
}
MIN_TRANSFER = timedelta(minutes=3)

connections = defaultdict(list)
for trip, stops in TRIPS.items():
    for (a, ta), (b, tb) in zip(stops, stops[1:]):
        connections[a].append((t(ta), t(tb), b, trip))

def earliest(src, dst, depart):
    best = {src: depart}
    heap = [(depart, 0, src, None, None)]
    prev = {}
    counter = 1
    while heap:
        now, _, stop, trip, _ = heapq.heappop(heap)
        if stop == dst:
            legs = []
            key = (stop, trip)
            while key in prev:
                legs.append(prev[key])
                key = prev[key][0]
            return now, legs[::-1]
        if now > best.get(stop, datetime.max):
            continue
        for dep, arr, nxt, tr in sorted(connections[stop]):
            need = now if tr == trip or trip is None else now + MIN_TRANSFER
            if dep < need:
                continue
            if arr < best.get(nxt, datetime.max):
                best[nxt] = arr
                prev[(nxt, tr)] = ((stop, trip), stop, nxt, tr, dep, arr)
                heapq.heappush(heap, (arr, counter, nxt, tr, None))
                counter += 1
    return None, []

for src, dst, dep in [("Airport", "Stadium", "06:55"), ("Airport", "Museum", "07:05"), ("Harbor", "Stadium", "07:41"),
                      ("Central", "Stadium", "07:48"), ("Stadium", "Airport", "07:00")]:
    arrival, legs = earliest(src, dst, t(dep))
    if arrival is None:
        print(f"{src} -> {dst} after {dep}: no route")
        continue
    total = arrival - t(dep)
    print(f"{src} -> {dst} after {dep}: arrive {arrival:%H:%M} ({int(total.total_seconds() // 60)} min, {len(legs)} leg(s))")
    for _, a, b, tr, d, ar in legs:
        print(f"    {tr:<3} {a:<10} {d:%H:%M} -> {b:<10} {ar:%H:%M}")
degree = {s: len(c) for s, c in connections.items()}
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0])))
