words = ['apple', 'bob', 'avocado', 'banana', 'cherry']
by_first = {w[0]: w for w in words}
print(by_first)
print({len(w) for w in words} == {3, 5, 6, 7})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print({(i, j): i * j for i in range(2) for j in range(2)})
