"""Monthly planner: calendar module layouts, recurring events, weekday arithmetic and agenda output."""
import calendar
from datetime import date, timedelta, datetime, time
from collections import defaultdict

calendar.setfirstweekday(calendar.MONDAY)
print(calendar.month(2024, 3))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 2, w=3))
events = defaultdict(list)

def every(start, step, until):
    d = start
    while d <= until:
        yield d
        d += step

def last_weekday_of_month(year, month, weekday):
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)

for d in every(date(2024, 3, 4), timedelta(weeks=1), date(2024, 3, 31)):
    events[d].append("standup review")
for d in every(date(2024, 3, 1), timedelta(days=14), date(2024, 3, 31)):
    events[d].append("payroll")
events[last_weekday_of_month(2024, 3, calendar.FRIDAY)].append("team lunch")
events[date(2024, 3, 17)].append("St Patrick's")
for d in sorted(events):
    print(f"{d:%a %d %b}: {', '.join(events[d])}")
busiest = max(events, key=lambda d: (len(events[d]), d))
print("busiest:", busiest.isoformat(), len(events[busiest]))
weeks = defaultdict(int)
for d, evs in events.items():
    weeks[d.isocalendar()[1]] += len(evs)
print(sorted(weeks.items()))
cal = calendar.Calendar(firstweekday=0)
print([d.day for d in cal.itermonthdates(2024, 3) if d.month == 3 and d.weekday() >= 5])
print([w for w in cal.monthdayscalendar(2024, 3)][:2], list(cal.iterweekdays()))
print(calendar.weekday(2024, 3, 15), calendar.day_name[calendar.weekday(2024, 3, 15)], calendar.isleap(2000), calendar.leapdays(1900, 2024))
slots = [datetime.combine(date(2024, 3, 15), time(9)) + timedelta(minutes=45 * i) for i in range(8)]
print([s.strftime("%H:%M") for s in slots])
print([f"{(s + timedelta(minutes=30)).time():%H:%M}" for s in slots[:3]], slots[-1] - slots[0])
quarters = {q: [calendar.month_abbr[m] for m in range(3 * q - 2, 3 * q + 1)] for q in range(1, 5)}
print(quarters)
print(calendar.HTMLCalendar().formatmonth(2024, 1).splitlines()[:3])
