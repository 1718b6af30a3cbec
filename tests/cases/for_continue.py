# continue in for loops
for i in range(10):
    if i % 3 == 0:
        continue
    print(i)
out = []
for c in 'hello world':
    if c in 'aeiou ':
        continue
    out.append(c)
print(''.join(out))
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        print(i, j)
