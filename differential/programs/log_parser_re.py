"""Parse web-server style log lines with regular expressions and summarize them."""
import re
from collections import Counter, defaultdict
from datetime import datetime

LOG = """\
2024-03-01 08:15:02 INFO  [web-1] GET /index.html 200 512 12ms user=alice
2024-03-01 08:15:09 WARN  [web-2] GET /api/items?page=2 404 0 3ms user=-
2024-03-01 08:16:44 INFO  [web-1] POST /api/items 201 128 45ms user=bob
2024-03-01 08:17:00 ERROR [web-3] GET /api/report 500 0 1503ms user=carol
malformed line here
2024-03-01 08:18:12 INFO  [web-2] GET /index.html 200 512 9ms user=alice
2024-03-01 08:19:30 INFO  [web-1] DELETE /api/items/17 204 0 22ms user=bob
2024-03-01 08:21:05 ERROR [web-3] GET /api/report 503 0 30000ms user=alice
2024-03-01 08:22:59 DEBUG [web-1] GET /health 200 2 1ms user=-
"""

LINE_RE = re.compile(
    r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\s+(?P<level>[A-Z]+)\s+\[(?P<host>[\w-]+)\]\s+"
    r"(?P<method>GET|POST|PUT|DELETE)\s+(?P<path>\S+)\s+(?P<status>\d{3})\s+(?P<size>\d+)\s+"
    r"(?P<ms>\d+)ms\s+user=(?P<user>\S+)"
)

entries = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE_RE.fullmatch(line)
    if not m:
        print(f"skip line {n}: {line!r}")
        continue
    d = m.groupdict()
    d["ts"] = datetime.strptime(d["ts"], "%Y-%m-%d %H:%M:%S")
    d["status"] = int(d["status"])
    d["ms"] = int(d["ms"])
    entries.append(d)

print("entries:", len(entries))
levels = Counter(e["level"] for e in entries)
print("levels:", levels.most_common())
print("status classes:", sorted(Counter(f"{e['status'] // 100}xx" for e in entries).items()))

per_user = defaultdict(list)
for e in entries:
    if e["user"] != "-":
        per_user[e["user"]].append(e["ms"])
for user, times in sorted(per_user.items()):
    print(f"{user:>6}: n={len(times)} max={max(times)}ms avg={sum(times) / len(times):.1f}ms")

paths = Counter(re.sub(r"\?.*$", "", e["path"]) for e in entries)
print("top paths:", paths.most_common(3))
ids = [int(x) for e in entries for x in re.findall(r"/(\d+)(?:/|$)", e["path"])]
print("ids in paths:", ids)

span = entries[-1]["ts"] - entries[0]["ts"]
print("span:", span, "seconds:", span.total_seconds())
slow = [e for e in entries if e["ms"] > 1000]
for e in slow:
    print("SLOW", e["ts"].strftime("%H:%M:%S"), e["host"], e["path"], f"{e['ms'] / 1000:.2f}s")

redacted = re.sub(r"user=(\w)\w*", lambda m: "user=" + m.group(1) + "***", LOG)
print(redacted.splitlines()[0])
print(re.split(r"\s+", "a  b\tc\n d"))
print(re.sub(r"(\d+)ms", r"<\1 ms>", "took 12ms and 7ms"))
print(re.findall(r"\[(.*?)\]", LOG)[:4])
print([m.span() for m in re.finditer(r"ERROR", LOG)])
