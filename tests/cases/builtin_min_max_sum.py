# min / max / sum with keys and defaults
data = [('a', 3), ('b', 1), ('c', 2)]
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]))
print(max('apple', 'fig', 'banana', key=len))
print(min([], default=0), max((), default='none'))
print(max([1, 3, 3, 2], key=lambda x: -x))
print(sum([0.1] * 10), sum([1, 2], start=10))
print(sum([[1], [2]], []))
print(max(1, 2.5, True), min(-1, -1.0))
print(max({'x': 9, 'y': 10}), max({'x': 9, 'y': 1}.values()))
