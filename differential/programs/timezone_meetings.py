"""Scheduling across time zones with fixed-offset timezone objects, aware datetimes and ISO 8601 round-trips."""
from datetime import datetime, timedelta, timezone, date, time

UTC = timezone.utc
ZONES = {"London": timezone(timedelta(hours=1), "BST"), "New York": timezone(timedelta(hours=-4), "EDT"),
         "Tokyo": timezone(timedelta(hours=9), "JST"), "Kolkata": timezone(timedelta(hours=5, minutes=30), "IST"),
         "Honolulu": timezone(timedelta(hours=-10))}
WORK = (time(9), time(17, 30))

meeting_utc = datetime(2024, 6, 12, 13, 30, tzinfo=UTC)
print("meeting:", meeting_utc.isoformat(), meeting_utc.strftime("%Y-%m-%d %H:%M %Z"))
for city, tz in ZONES.items():
    local = meeting_utc.astimezone(tz)
    ok = WORK[0] <= local.time() <= WORK[1]
    print(f"  {city:<9} {local:%a %H:%M} {local.tzname():<10} offset={local.utcoffset()} {'OK' if ok else 'outside hours'}")

def overlap(zones, day):
    best = []
    for minutes in range(0, 24 * 60, 30):
        t = datetime.combine(day, time(), tzinfo=UTC) + timedelta(minutes=minutes)
        if all(WORK[0] <= t.astimezone(z).time() <= WORK[1] for z in zones):
            best.append(t)
    return best

slots = overlap([ZONES["London"], ZONES["New York"]], date(2024, 6, 12))
print("London+NY slots (UTC):", [s.strftime("%H:%M") for s in slots])
print("London+Tokyo:", [s.strftime("%H:%M") for s in overlap([ZONES["London"], ZONES["Tokyo"]], date(2024, 6, 12))])
stamps = ["2024-06-12T13:30:00+00:00", "2024-06-12T09:30:00-04:00", "2024-06-12T22:30:00+09:00", "2024-06-12T19:00:00+05:30",
          "2024-06-12T13:30:00"]
parsed = [datetime.fromisoformat(s) for s in stamps]
print([p.tzinfo is not None for p in parsed], parsed[0] == parsed[1] == parsed[2] == parsed[3])
print(sorted(parsed[:4])[0].isoformat(), max(parsed[:4], key=lambda d: d.utcoffset()).isoformat())
try:
    parsed[0] < parsed[4]
except TypeError as e:
    print("TypeError:", e)
print(parsed[4].replace(tzinfo=UTC) == parsed[0], (parsed[2] - parsed[3]), parsed[3].astimezone(UTC).strftime("%H:%M%z"))
print(repr(ZONES["Kolkata"]), str(ZONES["Honolulu"]), UTC, timezone(timedelta(0)), timezone(timedelta(hours=-3, minutes=-30)).tzname(None))
d = datetime(2024, 12, 31, 23, 59, tzinfo=ZONES["Tokyo"])
print(d.astimezone(UTC).date(), d.timetuple().tm_yday, d.utctimetuple().tm_yday, d.timestamp())
print(datetime.fromtimestamp(0, UTC).isoformat(), datetime.fromtimestamp(1718199000, ZONES["New York"]).isoformat())
print(datetime(2024, 3, 1, tzinfo=UTC) - datetime(2024, 2, 1, tzinfo=ZONES["Tokyo"]), datetime.min.isoformat(), datetime.max.year)
