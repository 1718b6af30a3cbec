# for loops over various iterables
for x in [1, 2, 3]:
    print(x)
for c in 'abc':
    print(c)
for t in (4, 5):
    print(t)
for k in {'a': 1, 'b': 2}:
    print(k)
for i in range(3):
    pass
print('last i', i)
total = 0
for n in range(1, 101):
    total += n
print(total)
for x in []:
    print('never')
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
