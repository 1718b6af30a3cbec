# iterating dicts
d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
for v in d.values():
    print(v)
print(d.keys())
print(d.values())
print(d.items())
print(sum(d.values()))
print(sorted(d))
try:
    for k in d:
        d['four'] = 4
except RuntimeError as e:
    print('RuntimeError:', e)
