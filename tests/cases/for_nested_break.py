# break only exits the innermost loop
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
    else:
        print('inner else')
    print('end outer', i)
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
