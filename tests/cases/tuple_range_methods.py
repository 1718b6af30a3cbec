t = (1, 2, 3, 2, 'x')
print(t.index(2), t.count(2), t.index(2, 2), t.index(3, -3), t.count('x'), t.index('x'))
for f in [lambda: t.index(9), lambda: t.index(1, 1), lambda: t.count(), lambda: ().index(0)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), list(reversed(r)), 9 in r, r.index(True) if 1 in r else '-')
print(range(10, 0, -2).index(4), list(reversed(range(5, 0, -1))), range(5).count(2.0), range(3).index(2.0))
for f in [lambda: r.index(10), lambda: range(3).index('a')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
l = [1]; l += (2, 3); l += 'ab'; l += {9: 0}; print(l)
m = l; m += range(2); print(m is l, l)
print(True & False, True | False, True ^ True, type(True & True).__name__, True & 2, False | 0)
try: 'a' * 2.5
except TypeError as e: print(e)
try: [1] * 1.0
except TypeError as e: print(e)
try: 2.0 * (1,)
except TypeError as e: print(e)
