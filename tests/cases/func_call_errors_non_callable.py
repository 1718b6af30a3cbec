for obj in [1, 'str', [1], None, {}, 1.5, (1,)]:
    try:
        obj()
    except TypeError as e:
        print(e)
class NoCall: pass
try:
    NoCall()()
except TypeError as e:
    print(e)
import math
try:
    math()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
try:
    print(sep=1)
except TypeError as e:
    print(e)
try:
    sorted([1], bogus=1)
except TypeError as e:
    print(e)
try:
    int(x=1)
except TypeError as e:
    print(e)
