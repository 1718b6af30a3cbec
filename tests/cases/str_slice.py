# string slicing
s = 'abcdefghij'
print(s[2:5])
print(s[:3], s[7:])
print(s[-3:], s[:-3])
print(s[::2], s[1::2])
print(s[::-1])
print(s[8:2:-2])
print(s[100:], s[-100:3])
print(repr(s[5:2]))
print(s[:])
try:
    s[20]
except IndexError as e:
    print('IndexError:', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError:', e)
print('racecar'[::-1] == 'racecar')
