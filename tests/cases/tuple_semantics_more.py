t = (1, 2, 3)
print(t[0], t[-1], t[1:], t[::-1], len(t), 2 in t, t.index(3), t.count(1), t + (4,), t * 2, (1,) * 0)
print((), (1,), (1), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({'a': 1}))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    t.append(4)
except AttributeError as e:
    print('AttributeError', e)
tm = ([1], 2)
tm[0].append(3)
print(tm)
try:
    tm[0] += [4]
except TypeError as e:
    print('TypeError', e, tm)
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, 'a') == (1, 'a'), hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
a, b = b, a = 1, 2
print(a, b)
x = 1, 2
print(x, type(x).__name__)
(y,) = [5]
print(y)
print(tuple(x for x in range(3)), sorted((3, 1, 2)), max((1, 5), (2, 0)), (1, 2)[::-1], divmod(7, 2)[1])
try:
    (1, 2).index(5)
except ValueError as e:
    print('ValueError', e)
print((1, 2, 3)[5:10], (0,) * 3, ((1, 2),) + ((3,),), repr((1,)), repr(()), str((None, 'a')))
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields, isinstance(p, tuple), p == (1, 2))
try:
    P(1)
except TypeError as e:
    print('TypeError', e)
