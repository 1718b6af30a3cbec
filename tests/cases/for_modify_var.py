# reassigning the loop variable does not affect iteration
for i in range(5):
    print(i, end=' ')
    i = 100
print()
l = [1, 2, 3]
for x in l:
    x *= 2
print(l)
for i, v in enumerate(l):
    l[i] = v * 10
print(l)
