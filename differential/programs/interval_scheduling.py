"""Interval problems: merging calendars, free slots, maximum non-overlapping meetings, room assignment, coverage."""
from datetime import datetime, timedelta
import heapq

def t(s):
    return datetime.strptime("2024-07-01 " + s, "%Y-%m-%d %H:%M")

CALENDARS = {
    "ann": [("09:00", "10:30"), ("12:00", "13:00"), ("15:00", "16:00")],
    "bob": [("09:30", "11:00"), ("12:30", "14:00"), ("16:30", "17:00")],
    "cid": [("08:00", "09:15"), ("11:00", "11:30"), ("13:30", "15:30")],
}

def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out

def free_slots(busy, day_start, day_end, min_len):
    slots, cur = [], day_start
    for s, e in merge(busy):
        if s - cur >= min_len:
            slots.append((cur, s))
        cur = max(cur, e)
    if day_end - cur >= min_len:
        slots.append((cur, day_end))
    return slots

busy = [(t(a), t(b)) for cal in CALENDARS.values() for a, b in cal]
merged = merge(busy)
print("merged busy:", [(a.strftime("%H:%M"), b.strftime("%H:%M")) for a, b in merged])
for minutes in (15, 30, 60):
    fs = free_slots(busy, t("08:00"), t("18:00"), timedelta(minutes=minutes))
    print(f">= {minutes}min:", [f"{a:%H:%M}-{b:%H:%M}" for a, b in fs])

def max_meetings(reqs):
    chosen, end = [], None
    for name, s, e in sorted(reqs, key=lambda r: (r[2], r[1])):
        if end is None or s >= end:
            chosen.append(name)
            end = e
    return chosen

reqs = [("a", 1, 4), ("b", 3, 5), ("c", 0, 6), ("d", 5, 7), ("e", 3, 9), ("f", 5, 9), ("g", 6, 10), ("h", 8, 11), ("i", 8, 12), ("j", 2, 14), ("k", 12, 16)]
print("max non-overlapping:", max_meetings(reqs))

def assign_rooms(reqs):
    free, used = [], []
    rooms = {}
    n = 0
    for name, s, e in sorted(reqs, key=lambda r: (r[1], r[2], r[0])):
        while used and used[0][0] <= s:
            end, room = heapq.heappop(used)
            heapq.heappush(free, room)
        if free:
            room = heapq.heappop(free)
        else:
            n += 1
            room = n
        rooms[name] = room
        heapq.heappush(used, (e, room))
    return rooms, n

rooms, n = assign_rooms(reqs)
print("rooms needed:", n, dict(sorted(rooms.items())))

def coverage(intervals, lo, hi):
    covered = sum(min(e, hi) - max(s, lo) for s, e in merge(intervals) if e > lo and s < hi)
    return covered / (hi - lo)

print("coverage 0-16:", round(coverage([(s, e) for _, s, e in reqs], 0, 16), 4), "0-20:", coverage([(s, e) for _, s, e in reqs], 0, 20))
points = [2, 5, 8, 11, 15]
print("meetings active at:", {p: sorted(n for n, s, e in reqs if s <= p < e) for p in points})
