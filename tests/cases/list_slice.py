# list slicing
l = list(range(10))
print(l[2:5])
print(l[:3])
print(l[7:])
print(l[-3:])
print(l[:-7])
print(l[::2])
print(l[1::3])
print(l[::-1])
print(l[8:2:-2])
print(l[-1:-4:-1])
print(l[100:])
print(l[-100:2])
print(l[5:2])
print(l[:])
print(l[:] is l)
print(l[2:100:3])
try:
    l[::0]
except ValueError as e:
    print('ValueError:', e)
