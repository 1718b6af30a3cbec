pairs = [(1, 'a'), (2, 'b')]
print([n * 2 for n, _ in pairs])
print([f'{k}{v}' for (k, v) in pairs])
nested = [((1, 2), 3), ((4, 5), 6)]
print([a + b + c for (a, b), c in nested])
print([rest for first, *rest in [[1, 2, 3], [4]]])
