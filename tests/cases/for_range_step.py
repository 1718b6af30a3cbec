# for over ranges with various steps
for i in range(10, 0, -2):
    print(i, end=' ')
print()
for i in range(-3, 4, 3):
    print(i, end=' ')
print()
for i in range(5, -6, -5):
    print(i, end=' ')
print()
for i in range(0, 1):
    print('single', i)
for i in range(3, 3):
    print('never')
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
for i in range(2 ** 62, 2 ** 62 + 3):
    print(i)
