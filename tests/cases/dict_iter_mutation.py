d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]; d[k + 10] = 0
except RuntimeError as e: print(e)
print(d)
d = {1: 1}
try:
    for k in d: d[2] = 2
except RuntimeError as e: print(e)
d = {i: i for i in range(5)}
for k in list(d): del d[k]
print(d)
e = {'a': 1, 'b': 2}
for k, v in e.items(): e[k] = v * 10
print(e)
