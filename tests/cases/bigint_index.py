# big ints as indices, slice bounds and range membership
a = [1, 2, 3]
print(a[:10**30], a[-10**30:], a[::2**70], 'abc'[2**80:], (1, 2)[:-(2**90)])
for c in (a, (1,), 'xy', range(5)):
    try:
        c[2**100]
    except IndexError as e:
        print('IndexError', e)
print(2**100 in range(10), -(2**100) in range(-5, 5), 2**100 in [2**100])
try:
    int('10', 2**100)
except ValueError as e:
    print('ValueError', e)
