"""Time series utilities: resampling irregular samples to buckets, forward fill, moving averages, anomalies."""
from datetime import datetime, timedelta
from itertools import groupby, accumulate
import statistics

SAMPLES = [
    ("2024-05-01T00:03:10", 20.1), ("2024-05-01T00:07:55", 20.4), ("2024-05-01T00:14:02", 21.0),
    ("2024-05-01T00:29:59", 21.3), ("2024-05-01T00:31:00", 35.9), ("2024-05-01T00:44:30", 21.1),
    ("2024-05-01T01:02:00", 20.7), ("2024-05-01T01:50:00", 19.8), ("2024-05-01T02:05:45", 19.5),
    ("2024-05-01T02:10:00", 19.6), ("2024-05-01T02:59:59", 19.2),
]
points = [(datetime.fromisoformat(ts), v) for ts, v in SAMPLES]

def bucket(dt, minutes):
    return dt.replace(minute=dt.minute - dt.minute % minutes, second=0, microsecond=0)

def resample(points, minutes, agg):
    out = []
    for key, grp in groupby(points, key=lambda p: bucket(p[0], minutes)):
        out.append((key, agg([v for _, v in grp])))
    return out

def fill_gaps(series, minutes):
    if not series:
        return []
    step = timedelta(minutes=minutes)
    out, (t, v) = [], series[0]
    lookup = dict(series)
    end = series[-1][0]
    last = v
    while t <= end:
        if t in lookup:
            last = lookup[t]
            out.append((t, last, False))
        else:
            out.append((t, last, True))
        t += step
    return out

for minutes in (15, 30, 60):
    rs = resample(points, minutes, statistics.fmean)
    print(f"{minutes}min:", [(t.strftime("%H:%M"), round(v, 2)) for t, v in rs])
filled = fill_gaps(resample(points, 30, max), 30)
for t, v, synthetic in filled:
    print(f"  {t:%H:%M} {v:5.1f}{' (ffill)' if synthetic else ''}")
vals = [v for _, v in points]
sma = [round(sum(vals[i - 2:i + 1]) / 3, 3) for i in range(2, len(vals))]
ema, alpha = [], 0.3
for v in vals:
    ema.append(round(v if not ema else alpha * v + (1 - alpha) * ema[-1], 4))
print("sma3:", sma)
print("ema:", ema)
med = statistics.median(vals)
mad = statistics.median(abs(v - med) for v in vals)
anomalies = [(t.strftime("%H:%M:%S"), v) for t, v in points if abs(v - med) > 5 * mad]
print("median", med, "MAD", round(mad, 4), "anomalies", anomalies)
deltas = [(b[0] - a[0]).total_seconds() for a, b in zip(points, points[1:])]
print("gaps (s):", deltas, "max gap:", timedelta(seconds=max(deltas)))
print("cumulative:", [round(x, 1) for x in accumulate(vals)][-3:], "rate/min:", round((vals[-1] - vals[0]) / ((points[-1][0] - points[0][0]).total_seconds() / 60), 5))
