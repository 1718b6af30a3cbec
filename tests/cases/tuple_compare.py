# tuple comparison and hashing
print((1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print((1, 'a') < (1, 'b'), (2,) > (1, 100))
print(sorted([(2, 1), (1, 2), (1, 1), (2, 0)]))
d = {(0, 0): 'origin', (1, 0): 'east'}
print(d[(0, 0)], d[1, 0])
print((1, 2) in d, (0, 0) in d)
print(max([(1, 'z'), (2, 'a')]))
print(hash((1, 2)) == hash((1, 2)))
print((1, [2]) == (1, [2]))
try:
    {(1, [2]): 0}
except TypeError as e:
    print('TypeError:', e)
