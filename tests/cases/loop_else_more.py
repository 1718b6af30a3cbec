for i in range(3):
    pass
else:
    print('for else runs', i)
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
print('broke at', i)
for i in []:
    pass
else:
    print('empty for else')
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    break
else:
    print('not printed')
def search(items, target):
    for idx, v in enumerate(items):
        if v == target:
            return idx
    else:
        return -1
print(search('abc', 'c'), search('abc', 'z'))
for i in range(2):
    for j in range(2):
        if j == 1:
            break
    else:
        print('inner else never')
    print('outer', i, j)
for i in range(3):
    try:
        continue
    finally:
        pass
else:
    print('else after continue in try', i)
def gen():
    for x in range(3):
        yield x
    else:
        yield 'else'
print(list(gen()))
k = 0
while k < 5:
    k += 1
    if k % 2:
        continue
    print('even', k)
else:
    print('done', k)
for x, y in zip('ab', [1, 2]):
    print(x, y)
for _ in range(0):
    pass
print(_ if '_' in dir() else 'no _ bound')
