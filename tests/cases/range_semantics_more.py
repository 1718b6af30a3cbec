r = range(2, 20, 3)
print(list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(11), r.start, r.stop, r.step)
print(range(5) == range(0, 5), range(0) == range(2, 1), range(1, 10, 2)[2:], list(range(10, 0, -3)), list(range(0, -5, -1)))
print(hash(range(3)) == hash(range(0, 3)), reversed(range(3)).__class__.__name__, bool(range(0)), sum(range(101)))
for bad in ['range(1.5)', 'range(1, 2, 0)', "range('a')", 'range()', 'range(1, 2, 3, 4)', 'range(5)[10]', 'range(5).index(7)']:
    try:
        eval(bad)
    except (TypeError, ValueError, IndexError) as e:
        print(bad, '->', type(e).__name__, e)
print(range(3).__repr__(), repr(range(1, 5, 2)), str(range(0)), list(range(3))[::-1] == list(reversed(range(3))))
