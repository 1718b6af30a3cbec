"""Weather station data: parse fixed-width records, handle missing values, daily aggregates and unit conversions."""
from collections import defaultdict
from datetime import datetime
import statistics

RAW = """\
STN   DATE       TIME  TEMP_C  HUM  WIND_KMH  RAIN_MM
KSEA  2024-01-15 0600    3.2   88      12       0.0
KSEA  2024-01-15 1200    7.9   71      20       1.2
KSEA  2024-01-15 1800    5.1   80    ----       0.4
KSEA  2024-01-16 0600   -0.5   91       5       0.0
KSEA  2024-01-16 1200    4.4   ---     15       0.0
KSPK  2024-01-15 0600   -8.0   65      30       0.0
KSPK  2024-01-15 1200   -2.2   55      41       0.0
KSPK  2024-01-16 0600  -12.6   70      10       2.5
KSPK  2024-01-16 1200   -6.0   60      22       1.0
KSPK  2024-01-16 1800  -99.9   62      18       0.0
"""

COLS = [("stn", 0, 4), ("date", 6, 16), ("time", 17, 21), ("temp", 22, 29), ("hum", 30, 34), ("wind", 35, 43), ("rain", 44, 52)]

def parse(line):
    rec = {name: line[a:b].strip() for name, a, b in COLS}
    ts = datetime.strptime(rec["date"] + rec["time"], "%Y-%m-%d%H%M")
    def num(s, bad=None):
        if not s or set(s) == {"-"}:
            return None
        v = float(s)
        return None if bad is not None and v <= bad else v
    return {"stn": rec["stn"], "ts": ts, "temp": num(rec["temp"], bad=-99), "hum": num(rec["hum"]),
            "wind": num(rec["wind"]), "rain": num(rec["rain"])}

records = [parse(l) for l in RAW.splitlines()[1:]]
missing = defaultdict(int)
for r in records:
    for k in ("temp", "hum", "wind", "rain"):
        if r[k] is None:
            missing[k] += 1
print("records:", len(records), "missing:", dict(missing))
daily = defaultdict(list)
for r in records:
    daily[(r["stn"], r["ts"].date())].append(r)
print(f"{'stn':<5}{'date':<12}{'min':>6}{'max':>6}{'mean':>7}{'rain':>6}{'maxwind':>8}{'temp_F':>8}")
for (stn, day), rs in sorted(daily.items()):
    temps = [r["temp"] for r in rs if r["temp"] is not None]
    winds = [r["wind"] for r in rs if r["wind"] is not None]
    rain = sum(r["rain"] or 0 for r in rs)
    mean = statistics.fmean(temps)
    print(f"{stn:<5}{day.isoformat():<12}{min(temps):>6.1f}{max(temps):>6.1f}{mean:>7.2f}{rain:>6.1f}{max(winds):>8.0f}{mean * 9 / 5 + 32:>8.1f}")
def wind_chill(t, v):
    if t > 10 or v < 4.8:
        return t
    return 13.12 + 0.6215 * t - 11.37 * v ** 0.16 + 0.3965 * t * v ** 0.16
for r in records:
    if r["temp"] is not None and r["wind"] is not None:
        wc = wind_chill(r["temp"], r["wind"])
        if wc < r["temp"] - 3:
            print(f"{r['stn']} {r['ts']:%m-%d %H:%M} feels like {wc:.1f}C (actual {r['temp']}C, wind {r['wind']:.0f})")
by_stn = defaultdict(list)
for r in records:
    if r["temp"] is not None:
        by_stn[r["stn"]].append(r["temp"])
for stn, temps in by_stn.items():
    print(stn, round(statistics.pstdev(temps), 4), statistics.median(temps), round(statistics.fmean(temps), 4))
