# break and continue in while
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print(i)
print('done', i)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    print(i, j)
    i += 1
