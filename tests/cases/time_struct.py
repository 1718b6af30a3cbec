# time module functions that do not read the clock
import time
t = time.gmtime(0)
print(t, t.tm_year, t.tm_wday, t[7], len(t), tuple(t))
print(time.gmtime(1700000000.75), time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %p %%', time.gmtime(86400 * 365)))
print(time.asctime(time.gmtime(1e9)), time.mktime(time.gmtime(1e9)) if False else '', time.strftime('%U %W %w %y %C', time.gmtime(1e9)))
print(time.strptime('2023-07-04 10:20', '%Y-%m-%d %H:%M'))
print(time.strptime('Tue Jul  4 10:20:30 2023'))
try:
    time.sleep('1')
except TypeError as e:
    print(e)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
