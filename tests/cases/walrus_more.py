data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10], y)
print([last := v for v in 'abc'], last)
def f():
    [inner := i for i in range(3)]
    return inner
print(f())
def g():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total
print(g())
while (chunk := data[:2]):
    print('chunk', chunk)
    data = data[2:]
print((a := 1, b := 2), a, b)
print(any((hit := v) > 10 for v in [3, 11, 20]), hit)
print(all((miss := v) < 10 for v in [3, 11, 20]), miss)
def h(x):
    return (y := x + 1) * y
print(h(3))
z = [(w := 5), w + 1]
print(z, w)
print(f'{(q := 10)} {q * 2}')
class K:
    r = [(t := c) for c in 'xy']
print(K.r, t)
import re
if (m := re.match(r'(\d+)-(\d+)', '12-34')) is not None:
    print(m.groups())
lst = [1, 2, 3]
print(lst[(idx := 1)], idx)
print({(k := 'key'): k * 2})
def nonlocal_walrus():
    v = 0
    def inner():
        nonlocal v
        [v := v + i for i in range(4)]
    inner()
    return v
print(nonlocal_walrus())
