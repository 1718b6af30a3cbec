for i in range(3):
    if i == 1:
        continue
    elif i > 1 and i < 5 or not i:
        break
else:
    print('no break')
n = 0
while n < 10:
    n += 1
else:
    pass
while True:
    break
r = 1 if n else 2
print(1 < n <= 10 != 3, n is None, n in [1], n not in (2,))
