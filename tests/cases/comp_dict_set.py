# dict and set comprehensions
print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2)] if v > 1})
print({v: k for k, v in {'x': 1, 'y': 2}.items()})
words = ['apple', 'bob', 'cat', 'apple']
print({w: len(w) for w in words})
print(sorted({len(w) for w in words}))
print({x % 3 for x in range(10)})
print({i: [j for j in range(i)] for i in range(3)})
print({(i, j): i * j for i in range(2) for j in range(2)})
s = {c for c in 'hello' if c != 'l'}
print(sorted(s))
