key = lambda pair: pair[1] - pair[0]
pairs = [(1, 2), (3, "4")]
print(sorted(pairs, key=key))
