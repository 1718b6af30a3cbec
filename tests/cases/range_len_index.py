# len, indexing and membership on range
r = range(0, 20, 3)
print(len(r))
print(r[0], r[1], r[-1], r[-2])
print(len(range(10, 0, -3)), range(10, 0, -3)[-1])
print(len(range(0)), len(range(5, 0)))
print(9 in r, 10 in r, 18 in r)
print(r.index(12), r.count(6))
print(r[2:5], list(r[2:5]))
print(list(range(10)[::-2]))
print(r.start, r.stop, r.step)
try:
    r[7]
except IndexError as e:
    print('IndexError:', e)
print(range(3) == range(0, 3), sum(range(101)))
print(max(range(7)), min(range(3, 9)))
