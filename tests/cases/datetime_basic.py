# datetime without the clock: construction, reprs, arithmetic, formatting, parsing, time zones
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d.replace(day=1), d.strftime('%A %d %B %Y (%j) %a %b %y %m'), d.ctime(), date.fromisoformat('2023-12-31'))
print(date.fromordinal(738000), date(2024, 3, 1) - date(2023, 3, 1), date.max, date.min)
t = time(13, 5, 9, 120)
print(t, repr(t), t.isoformat('milliseconds'), t.strftime('%I:%M:%S %p'), time(), repr(time(1, tzinfo=timezone.utc)))
dt = datetime(2024, 1, 31, 23, 59, 30, 500000)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.date(), dt.time(), dt.timestamp() if False else '')
print(dt + timedelta(seconds=45), dt - timedelta(days=31), dt - datetime(2024, 1, 1))
print(repr(timedelta(days=-1, seconds=5)), timedelta(hours=25, minutes=61), timedelta(microseconds=-1), repr(timedelta(0)))
print(timedelta(days=1) / timedelta(hours=1), timedelta(days=1) // 7, timedelta(seconds=90).total_seconds(), abs(timedelta(-3)))
u = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.utcoffset(), u.tzname(), u.timestamp())
e = timezone(timedelta(hours=-5), 'EST')
print(u.astimezone(e), repr(e), repr(timezone(timedelta(hours=5, minutes=30))), timezone.utc)
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(1700000000), datetime.fromisoformat('2024-05-06T07:08:09.123456+02:00'))
print(datetime.strptime('2023-07-04 10:20:30', '%Y-%m-%d %H:%M:%S'), datetime.strptime('04/07/23', '%d/%m/%y'))
print(datetime.strptime('Mar 5 2021 1:02PM', '%b %d %Y %I:%M%p'), datetime.strptime('2021-03-05T01:02:03.5Z', '%Y-%m-%dT%H:%M:%S.%f%z'))
for bad in [('2023-13-01', '%Y-%m-%d'), ('2023-01-01x', '%Y-%m-%d'), ('abc', '%H')]:
    try:
        datetime.strptime(*bad)
    except ValueError as err:
        print('ValueError:', err)
print(sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]), date(2020, 1, 1) < date(2020, 1, 2), dt == datetime(2024, 1, 31, 23, 59, 30, 500000))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), {date(2020, 1, 1): 1}[date(2020, 1, 1)])
try:
    date(2023, 2, 29)
except ValueError as err:
    print(err)
try:
    u < dt
except TypeError as err:
    print(err)
print(datetime.combine(date(2020, 1, 1), time(5)), datetime(2020, 1, 1).replace(hour=3), f'{dt:%Y/%m/%d %H-%M}', format(d, ''))
