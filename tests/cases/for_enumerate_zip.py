# enumerate and zip in for loops
names = ['ann', 'bob', 'cid']
ages = [31, 25, 40]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
for n, a in zip(names, ages):
    print(n, a)
for x, y in zip(range(10), 'ab'):
    print(x, y)
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
print(list(zip()))
print(list(zip([1, 2], [3, 4], [5, 6])))
