# math.log/log2/log10 of ints too large for a float (frexp path)
import math
for v in (2**100, 2**1023, 2**1024, 3**1000, 10**400, 10**5000 + 1, 2**10000 - 1, 7, 1000, 2**60 + 1):
    print(math.log(v), math.log2(v), math.log10(v), math.log(v, 10), math.log(v, 2**2000))
for bad in (0, -(2**100), -1):
    try:
        math.log(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    math.sqrt(2**2000)
except OverflowError as e:
    print('OverflowError', e)
print(math.sqrt(2**100), math.exp(2**3) if True else 0)
