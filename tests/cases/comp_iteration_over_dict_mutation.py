d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'x'
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for v in s: s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
