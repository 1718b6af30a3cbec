# dict comparison and nesting
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != b)
print(a == {'x': 1}, {} == {})
n = {'outer': {'inner': [1, 2]}}
n['outer']['inner'].append(3)
print(n)
print(n['outer']['inner'][-1])
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max(counts, key=counts.get))
print(list(counts.items())[0])
