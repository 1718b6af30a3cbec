# CPython folds -1, 2**10, 'a' + 'b' first, so these are constant set displays (a frozenset constant
# copied into a new set), and that decides the printed order
print({-1, 0, 1})
print({-5, 3, 8, -2, 13, -21})
print({-1.5, 2.5, -3.0, 7.25})
print({'a' + 'b', 'c', 'd'})
print({2**10, 3, 9, 17, 2**40, -2**7})
print({1 << 5, 7, 39, 71})
print(frozenset({-3, -(10**20), 0}))
print({(11 + 10), (--5), 0})
print({2**200, 1, 2}, {7 // 2, 9 % 4, 33})
x = 21
print({x, 5, 0})
