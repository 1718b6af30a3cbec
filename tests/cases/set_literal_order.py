# constant set displays are compiled like CPython (a frozenset constant merged into a new set)
print({1, 9, 17, 25, 33})
print({3, 1, 2, 100, -5, 17})
print({(1, 2), (3, 4), (0, 0), (5, 5), (2, 1)})
print({16, 32, 48, 64, 80, 96, 112})
print({1.5, 2.5, 0.5, 100.25, 7.0})
print({1, 9, 17}, {1, 9, 17, 25})
x = 9
print({1, x, 17, 25, 33})
print(frozenset({40, 8, 72, 24, 56}))
s = {i for i in (1, 9, 17, 25, 33)}
print(s, s == {1, 9, 17, 25, 33})
print(sorted({5, 3, 9, 1, 7, 2}), len({1, 1, 2, 2, 3}))
