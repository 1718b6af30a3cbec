import zoneinfo, datetime as dt
from zoneinfo import ZoneInfo
for k in ['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT+5', 'Etc/GMT-14', 'UCT', 'Zulu', 'Etc/GMT0', 'GMT+0', 'Universal', 'Greenwich', 'Etc/GMT-0']:
    z = ZoneInfo(k)
    d = dt.datetime(2024, 6, 1, 12, tzinfo=z)
    print(k, repr(z), str(z), d, d.tzname(), d.utcoffset(), d.dst(), z.key, z is ZoneInfo(k))
for k in ['Foo', 'Nowhere/City', '/etc/x', '../x', '', 'Etc/GMT+13', 'Etc/GMT-15', 'utc']:
    try:
        ZoneInfo(k)
        print('found', k)
    except Exception as e:
        print(type(e).__name__, repr(str(e)), isinstance(e, KeyError))
print(ZoneInfo.no_cache('UTC') is ZoneInfo('UTC'), ZoneInfo.no_cache('UTC') == ZoneInfo('UTC'))
z = ZoneInfo('UTC')
print(dt.datetime(2024, 1, 1, tzinfo=z).astimezone(ZoneInfo('Etc/GMT-3')), dt.datetime(2024, 1, 1, tzinfo=z).isoformat())
print(z.fromutc(dt.datetime(2024, 1, 1, tzinfo=z)), z.utcoffset(None), z.tzname(None), z.dst(None))
print(dt.datetime(2024, 3, 10, 8, 30, tzinfo=ZoneInfo('Etc/GMT+8')).astimezone(dt.timezone.utc))
print(isinstance(z, dt.tzinfo), issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError))
print(sorted(k for k in zoneinfo.available_timezones() if k.startswith('Etc/GMT+'))[:3])
try:
    ZoneInfo('Mars/Olympus_Mons')
except zoneinfo.ZoneInfoNotFoundError as e:
    print('not found:', e)
ZoneInfo('Does/Not_Exist')
