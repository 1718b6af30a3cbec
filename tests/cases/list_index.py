# list indexing
l = [10, 20, 30, 40, 50]
print(l[0], l[4], l[-1], l[-5])
try:
    l[5]
except IndexError as e:
    print('IndexError:', e)
try:
    l[-6]
except IndexError as e:
    print('IndexError:', e)
try:
    l[5] = 1
except IndexError as e:
    print('IndexError:', e)
try:
    l['a']
except TypeError as e:
    print('TypeError:', e)
l[2] = 'x'
print(l)
print(l[True])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
