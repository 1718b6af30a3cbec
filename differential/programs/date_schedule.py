"""Date arithmetic: recurring meetings, business days, ages, ISO weeks, durations."""
from datetime import date, datetime, timedelta, time
import calendar

HOLIDAYS = {date(2024, 1, 1), date(2024, 1, 15), date(2024, 2, 19), date(2024, 5, 27), date(2024, 7, 4)}

def add_business_days(start, n):
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d

def nth_weekday(year, month, weekday, n):
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))

def age_on(birth, today):
    years = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return years

start = date(2024, 1, 12)
print("start:", start, start.strftime("%A %d %B %Y"), start.isoformat())
print("+10 business days:", add_business_days(start, 10))
print("2nd Tuesday of each month:")
for m in range(1, 13, 3):
    d = nth_weekday(2024, m, calendar.TUESDAY, 2)
    print(f"  {d:%Y-%m-%d} ({d:%a}) week {d.isocalendar()[1]}")

meeting = datetime(2024, 3, 8, 14, 30)
for i in range(4):
    t = meeting + timedelta(weeks=2 * i)
    print("meeting", i + 1, t.strftime("%Y-%m-%d %H:%M"), t.strftime("%j"), t.isoweekday())

print("age:", age_on(date(1990, 2, 28), date(2024, 2, 27)), age_on(date(1990, 2, 28), date(2024, 2, 28)))
d1 = datetime.fromisoformat("2024-02-28T23:15:00")
d2 = datetime.fromisoformat("2024-03-01 01:05:30")
delta = d2 - d1
print("delta:", delta, delta.days, delta.seconds, delta.total_seconds())
print("hours:", divmod(delta.total_seconds(), 3600))
print("leap:", calendar.isleap(2024), calendar.isleap(2100), calendar.monthrange(2024, 2))
print("negative:", timedelta(hours=-1, minutes=15), -timedelta(days=1, seconds=1), abs(timedelta(-3)))
print("times:", timedelta(days=1) * 2.5, timedelta(hours=7) / 2, timedelta(days=1) // timedelta(hours=5))
print(repr(timedelta(days=2, seconds=3, microseconds=4)), repr(date(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4)))
print(date(2024, 1, 31).replace(day=29, month=2), date.fromisoformat("2023-12-31").toordinal())
print(date.fromordinal(738000), datetime(2024, 5, 17, 9, 5, 7, 1200).isoformat(), time(7, 5).isoformat())
print(datetime.strptime("17/05/2024 09:05 PM", "%d/%m/%Y %I:%M %p"))
print(datetime(2024, 5, 17).strftime("%y %b %e|%U|%W|%%|%I%p"))
print(sorted([date(2024, 3, 1), date(2023, 12, 25), date(2024, 1, 1)]))
print(max(datetime(2024, 1, 1, 12), datetime(2024, 1, 1, 9)), date(2024, 1, 1) < date(2024, 1, 2))
print(calendar.month(2024, 2))
print(calendar.day_name[0], calendar.month_abbr[12], list(calendar.day_abbr)[:3])
weeks = calendar.monthcalendar(2024, 9)
print(weeks[0], weeks[-1], len(weeks))
countdown = date(2024, 12, 25) - date(2024, 11, 26)
print(f"{countdown.days} days until Christmas; {countdown.days // 7} weeks and {countdown.days % 7} days")
