"""strptime for time and datetime: CPython's directives and messages, parsed without regular
expressions (greedy per directive, as CPython's patterns match in practice). Locale is C/UTC."""

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")

# directive -> (min digits, max digits, min value, max value)
_NUM = {
    "d": (1, 2, 1, 31), "m": (1, 2, 1, 12), "Y": (4, 4, 0, 9999), "y": (2, 2, 0, 99), "H": (1, 2, 0, 23),
    "I": (1, 2, 1, 12), "M": (1, 2, 0, 59), "S": (1, 2, 0, 61), "j": (1, 3, 1, 366), "f": (1, 6, 0, 999999),
    "U": (1, 2, 0, 53), "W": (1, 2, 0, 53), "w": (1, 1, 0, 6), "u": (1, 1, 1, 7), "G": (4, 4, 0, 9999),
    "V": (1, 2, 1, 53),
}
_EXPAND = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S", "D": "%m/%d/%y", "T": "%H:%M:%S",
           "R": "%H:%M", "F": "%Y-%m-%d", "r": "%I:%M:%S %p"}


class _NoMatch(Exception):
    pass


def _expand(fmt):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt) and fmt[i + 1] in _EXPAND:
            out.append(_EXPAND[fmt[i + 1]])
            i += 2
        elif c == "%" and i + 1 < len(fmt):
            out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _match_name(s, pos, names):
    low = s[pos:].lower()
    best = None
    for idx, full in enumerate(names):
        for cand in (full, full[:3]):
            if low.startswith(cand) and (best is None or len(cand) > best[1]):
                best = (idx, len(cand))
    if best is None:
        raise _NoMatch
    return best[0], pos + best[1]


def _parse(data, fmt):
    found = {}
    pos = 0
    i = 0
    n = len(data)
    while i < len(fmt):
        c = fmt[i]
        if c == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray % in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _NUM:
                lo, hi, vmin, vmax = _NUM[d]
                if d == "d" and pos < n and data[pos] == " ":
                    pos += 1
                j = pos
                while j < n and j - pos < hi and data[j].isdigit() and data[j].isascii():
                    j += 1
                while j - pos >= lo:
                    v = int(data[pos:j])
                    if d == "f" or vmin <= v <= vmax:
                        break
                    j -= 1
                if j - pos < lo:
                    raise _NoMatch
                found[d] = data[pos:j]
                pos = j
            elif d in "aA":
                found["a"], pos = _match_name(data, pos, _DAYS)
            elif d in "bBh":
                found["b"], pos = _match_name(data, pos, _MONTHS)
            elif d == "p":
                low = data[pos:pos + 2].lower()
                if low not in ("am", "pm"):
                    raise _NoMatch
                found["p"] = low
                pos += 2
            elif d == "z":
                if pos < n and data[pos] == "Z":
                    found["z"] = "Z"
                    pos += 1
                else:
                    j = pos
                    if j >= n or data[j] not in "+-":
                        raise _NoMatch
                    j += 1
                    while j < n and (data[j].isdigit() or data[j] in ":."):
                        j += 1
                    found["z"] = data[pos:j]
                    pos = j
            elif d == "Z":
                for name in ("utc", "gmt"):
                    if data[pos:pos + 3].lower() == name:
                        found["Z"] = data[pos:pos + 3]
                        pos += 3
                        break
                else:
                    raise _NoMatch
            elif d == "%":
                if pos < n and data[pos] == "%":
                    pos += 1
                else:
                    raise _NoMatch
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
        elif c.isspace():
            i += 1
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            if pos >= n or not data[pos].isspace():
                raise _NoMatch
            while pos < n and data[pos].isspace():
                pos += 1
        else:
            if pos < n and data[pos].lower() == c.lower():
                pos += 1
                i += 1
            else:
                raise _NoMatch
    return found, pos


def _days_before(y, m, d):
    import datetime
    return datetime.date(y, m, d).toordinal()


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg).__name__))
    fmt = _expand(format)
    # validate directives first (CPython reports a bad directive before trying to match)
    k = 0
    while k < len(fmt):
        if fmt[k] == "%":
            if k + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % format)
            d = fmt[k + 1]
            if d not in _NUM and d not in "aAbBhpzZ%":
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            k += 2
        else:
            k += 1
    try:
        found, end = _parse(data_string, fmt)
    except _NoMatch:
        raise ValueError("time data %r does not match format %r" % (data_string, format)) from None
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    weekday = julian = None
    if "y" in found:
        year = int(found["y"])
        year += 2000 if year <= 68 else 1900
    if "Y" in found:
        year = int(found["Y"])
    if "m" in found:
        month = int(found["m"])
    if "b" in found:
        month = found["b"] + 1
    if "d" in found:
        day = int(found["d"])
    if "H" in found:
        hour = int(found["H"])
    if "I" in found:
        hour = int(found["I"])
        ampm = found.get("p", "")
        if ampm in ("", "am"):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    if "M" in found:
        minute = int(found["M"])
    if "S" in found:
        second = int(found["S"])
    if "f" in found:
        s = found["f"]
        fraction = int(s + "0" * (6 - len(s)))
    if "a" in found:
        weekday = found["a"]
    if "w" in found:
        weekday = (int(found["w"]) - 1) % 7
    if "u" in found:
        weekday = int(found["u"]) - 1
    if "j" in found:
        julian = int(found["j"])
    if "z" in found:
        z = found["z"]
        if z == "Z":
            gmtoff = 0
        else:
            zz = z[1:]
            if ":" in zz:
                parts = zz.split(":")
                if len(parts[0]) != 2 or any(len(p) < 2 for p in parts[1:]):
                    raise ValueError("Inconsistent use of : in %s" % z)
                zz = "".join(parts)
            hh = int(zz[:2])
            mm = int(zz[2:4]) if len(zz) >= 4 else 0
            ss = int(zz[4:6]) if len(zz) >= 6 else 0
            frac = zz[7:] if len(zz) > 7 else "0"
            gmtoff = hh * 3600 + mm * 60 + ss
            gmtoff_fraction = int(frac + "0" * (6 - len(frac)))
            if z.startswith("-"):
                gmtoff = -gmtoff
                gmtoff_fraction = -gmtoff_fraction
    if "Z" in found:
        tzname = found["Z"]
        tz = 0
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    import datetime
    if julian is None and weekday is not None and ("U" in found or "W" in found):
        week_starts_mon = "W" in found
        week = int(found["W" if week_starts_mon else "U"])
        first_weekday = datetime.date(year, 1, 1).weekday()
        if not week_starts_mon:
            first_weekday = (first_weekday + 1) % 7
            wd = (weekday + 1) % 7
        else:
            wd = weekday
        week_0_length = (7 - first_weekday) % 7
        if week == 0:
            julian = 1 + wd - first_weekday
        else:
            days_to_week = week_0_length + (7 * (week - 1))
            julian = 1 + days_to_week + wd
    if julian is None:
        try:
            julian = datetime.date(year, month, day).toordinal() - datetime.date(year, 1, 1).toordinal() + 1
        except ValueError:
            raise
    else:
        dt = datetime.date.fromordinal((julian - 1) + datetime.date(year, 1, 1).toordinal())
        year, month, day = dt.year, dt.month, dt.day
    if weekday is None:
        weekday = datetime.date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff), fraction, gmtoff_fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    import time
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:9] + (tt[9] or "UTC", tt[10] or 0))


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = datetime.timezone(tzdelta, tzname)
        else:
            tz = datetime.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
