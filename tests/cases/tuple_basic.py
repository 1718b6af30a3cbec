# tuples
t = (1, 2, 3)
print(t, len(t), t[0], t[-1])
print(())
print((1,))
print(1, )
e = ()
print(len(e), type(e).__name__)
print(t + (4,))
print(t * 2)
print(t[1:])
print(2 in t)
print(t.index(3), t.count(1))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
print(tuple([1, 2]), tuple('ab'))
x = 1, 2
print(x)
print(((1, 2), (3,)))
