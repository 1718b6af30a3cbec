# string conversion of big ints
n = 7 ** 77
s = str(n)
print(s)
print(len(s), s[:5], s[-5:])
print(int(s) == n)
print(int('-' + s) == -n)
print(repr(-n))
print(f'{n}')
print(f'{2 ** 70:,}')
print(f'{2 ** 70:x}')
print('%d' % 2 ** 65)
print(int('1' * 40) + 1)
print(int('0' * 30 + '5'))
