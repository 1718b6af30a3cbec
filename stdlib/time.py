"""time: the sandbox's virtual clock.

The clock starts at the host's epoch (run option `clock.epoch`, default 2024-01-01T00:00:00Z) and
advances only through sleep(): the same program gives the same times. The local time zone is UTC.
"""

import _pyex

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3

_MONO_BASE_NS = 1_000_000_000_000   # monotonic()/perf_counter() start at an arbitrary non-zero point


def time_ns():
    return _pyex.call("time.ns")


def time():
    return _pyex.call("time.ns") / 1_000_000_000


def monotonic_ns():
    return _MONO_BASE_NS + _pyex.call("time.mono")


def monotonic():
    return monotonic_ns() / 1_000_000_000


perf_counter_ns = monotonic_ns
perf_counter = monotonic


def process_time_ns():
    return _pyex.call("time.mono")


def process_time():
    return _pyex.call("time.mono") / 1_000_000_000


thread_time = process_time
thread_time_ns = process_time_ns


def clock_gettime_ns(clk_id):
    return time_ns() if clk_id == CLOCK_REALTIME else monotonic_ns()


def clock_gettime(clk_id):
    return clock_gettime_ns(clk_id) / 1_000_000_000


def sleep(secs):
    if not isinstance(secs, (int, float)):
        if hasattr(type(secs), "__float__"):
            secs = float(secs)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    _pyex.call("time.sleep", float(secs))


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq[:9])

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: "UTC")
    tm_gmtoff = property(lambda self: 0)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self))

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _yday(y, m, d):
    return _days_from_civil(y, m, d) - _days_from_civil(y, 1, 1) + 1


def gmtime(secs=None):
    if secs is None:
        secs = time_ns() // 1_000_000_000
    else:
        if not isinstance(secs, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        secs = int(secs // 1) if isinstance(secs, float) else secs
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7   # 1970-01-01 was a Thursday
    return struct_time((y, m, d, hh, mm, ss, wday, _yday(y, m, d), 0, "UTC", 0))


localtime = gmtime


def mktime(t):
    t = tuple(t)
    if len(t) < 9:
        raise TypeError("mktime(): illegal time tuple argument")
    y, m, d, hh, mm, ss = t[:6]
    days = _days_from_civil(y + (m - 1) // 12, (m - 1) % 12 + 1, 1) + d - 1
    return float(days * 86400 + hh * 3600 + mm * 60 + ss)


timegm = mktime

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _checked(t):
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("function takes exactly 9 arguments (%d given)" % len(t))
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return struct_time(t)


def asctime(t=None):
    t = localtime() if t is None else _checked(t)
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    t = localtime() if t is None else _checked(t)
    y, m, d, hh, mm, ss, wd, yd = t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]
    if not 1 <= m <= 12 and m != 0:
        raise ValueError("month out of range")
    if m == 0:
        m = 1
    if d == 0:
        d = 1
    if not 1 <= d <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hh <= 23:
        raise ValueError("hour out of range")
    if not 0 <= mm <= 59:
        raise ValueError("minute out of range")
    if not 0 <= ss <= 61:
        raise ValueError("seconds out of range")
    if yd == 0:
        yd = 1
    if not 1 <= yd <= 366:
        raise ValueError("day of year out of range")
    wd = wd % 7
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        # glibc flags between % and the conversion: - (no padding), _ (pad with spaces),
        # 0 (pad with zeros), ^ (upper case)
        flag = None
        if f in "-_0^" and i < n:
            flag = f
            f = format[i]
            i += 1
        mark = len(out)
        if f == "Y":
            out.append(str(y))
        elif f == "m":
            out.append("%02d" % m)
        elif f == "d":
            out.append("%02d" % d)
        elif f == "e":
            out.append("%2d" % d)
        elif f == "H":
            out.append("%02d" % hh)
        elif f == "M":
            out.append("%02d" % mm)
        elif f == "S":
            out.append("%02d" % ss)
        elif f == "y":
            out.append("%02d" % (y % 100))
        elif f == "C":
            out.append("%02d" % (y // 100))
        elif f == "a":
            out.append(_DAYS[wd][:3])
        elif f == "A":
            out.append(_DAYS[wd])
        elif f == "b" or f == "h":
            out.append(_MONTHS[m - 1][:3])
        elif f == "B":
            out.append(_MONTHS[m - 1])
        elif f == "j":
            out.append("%03d" % yd)
        elif f == "p":
            out.append("AM" if hh < 12 else "PM")
        elif f == "I":
            out.append("%02d" % ((hh + 11) % 12 + 1))
        elif f == "l":
            out.append("%2d" % ((hh + 11) % 12 + 1))
        elif f == "w":
            out.append(str((wd + 1) % 7))
        elif f == "u":
            out.append(str(wd + 1))
        elif f == "U":
            out.append("%02d" % ((yd + 6 - (wd + 1) % 7) // 7))
        elif f == "W":
            out.append("%02d" % ((yd + 6 - wd) // 7))
        elif f == "Z":
            out.append("UTC")
        elif f == "z":
            out.append("+0000")
        elif f == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wd][:3], _MONTHS[m - 1][:3], d, hh, mm, ss, y))
        elif f == "x":
            out.append("%02d/%02d/%02d" % (m, d, y % 100))
        elif f == "X" or f == "T":
            out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif f == "D":
            out.append("%02d/%02d/%02d" % (m, d, y % 100))
        elif f == "F":
            out.append("%d-%02d-%02d" % (y, m, d))
        elif f == "R":
            out.append("%02d:%02d" % (hh, mm))
        elif f == "r":
            out.append("%02d:%02d:%02d %s" % ((hh + 11) % 12 + 1, mm, ss, "AM" if hh < 12 else "PM"))
        elif f == "n":
            out.append("\n")
        elif f == "t":
            out.append("\t")
        elif f == "s":
            out.append(str(int(mktime(t))))
        elif f == "G" or f == "V" or f == "g":
            import datetime
            iso = datetime.date(y, m, d).isocalendar()
            out.append(str(iso[0]) if f == "G" else "%02d" % (iso[0] % 100) if f == "g" else "%02d" % iso[1])
        elif f == "k":
            out.append("%2d" % hh)
        elif f == "P":
            out.append("am" if hh < 12 else "pm")
        elif f == "%":
            out.append("%")
        else:
            out.append("%" + (flag or "") + f)
            continue
        if flag is not None and len(out) > mark:
            piece = out[mark]
            if flag == "^":
                piece = piece.upper()
            elif f in _NUMERIC:
                digits = piece.lstrip(" 0") or "0"
                if flag == "-":
                    piece = digits
                elif flag == "_":
                    piece = digits.rjust(len(piece))
                elif flag == "0":
                    piece = digits.rjust(len(piece), "0")
            out[mark] = piece
    return "".join(out)


# conversions whose result is a padded number (glibc's -, _ and 0 flags apply to them)
_NUMERIC = set("dmeHIMSyCjlkUWVgGuw")


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(string, format)


def get_clock_info(name):
    class _Info:
        pass
    info = _Info()
    info.implementation = "pyex virtual clock"
    info.monotonic = name != "time"
    info.adjustable = False
    info.resolution = 1e-09
    return info
