import calendar, datetime
print([y for y in range(1896, 1920) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(1900))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2025), calendar.leapdays(2000, 2000))
print(calendar.weekday(2024, 1, 1), calendar.weekday(1970, 1, 1), calendar.weekday(9999, 12, 31), calendar.weekday(10000, 1, 1))
print([calendar.monthrange(2024, m) for m in range(1, 13)], calendar.monthrange(1900, 2))
print(calendar.monthcalendar(2024, 2))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), c.firstweekday, c.getfirstweekday())
print(list(c.itermonthdays(2024, 3)))
print(list(c.itermonthdays2(2024, 3))[:9])
print(list(c.itermonthdates(2024, 3))[:3], list(c.itermonthdays3(2023, 12))[-3:], list(c.itermonthdays4(2024, 1))[:2])
print(c.monthdatescalendar(2024, 2)[0])
print(len(c.yeardayscalendar(2024)), len(c.yeardays2calendar(2024, 4)), c.yeardatescalendar(2024, 6)[1][0][0])
print(list(calendar.month_name), list(calendar.month_abbr)[1:4], list(calendar.day_name), calendar.day_abbr[6], len(calendar.month_name), calendar.month_name[-1])
print(calendar.MONDAY, calendar.SUNDAY, calendar.timegm((2024, 1, 1, 12, 30, 15, 0, 0, 0)), calendar.timegm(datetime.datetime(1970, 1, 2).timetuple()))
for f, a in [(calendar.monthrange, (2024, 13)), (calendar.monthrange, (2024, 0)), (calendar.setfirstweekday, (7,)), (calendar.month, (2024, 13))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(calendar.IllegalMonthError(5), calendar.IllegalWeekdayError(-1))
