# list literals and basic operations
a = []
b = [1, 2, 3]
c = [1, 'two', 3.0, None, [5]]
print(a, b, c)
print(len(a), len(b), len(c))
print(b + [4, 5])
print([0] * 5)
print(2 * [1, 2])
print([] * 3)
print(3 in b, 4 in b, 4 not in b)
print(b == [1, 2, 3], b != [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print(list('abc'), list((1, 2)), list())
print([[1, 2], [3]])
nested = [[]] * 3
nested[0].append(1)
print(nested)
print(b.count(2), [1, 1, 2].count(1))
