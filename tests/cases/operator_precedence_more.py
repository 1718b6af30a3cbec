print(2 + 3 * 4 ** 2, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(1 + 2 << 1, 1 << 2 + 1, 6 & 3 | 8, 6 | 3 & 1, 6 ^ 3 & 2, ~1 + 1, -~1, ~-1)
print(10 - 5 - 2, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, -7 % 3 * 2, 3 * -1)
print(not 1 == 2, (not 1) == 2, not 1 in [1], 1 < 2 == True, (1 < 2) == True)
print(1 if 0 else 2 if 0 else 3, (1 if 1 else 2) + 10, [x for x in range(3)][-1])
print('a' + 'b' * 2, ('a' + 'b') * 2, [1] * 2 + [3], -3 // 2, -(3 // 2), abs(-3) ** 2)
print(True + True * 2, 2 * True ** 2, 0 or 1 and 2, (0 or 1) and 2, 0 or (1 and 2), 1 and 0 or 3)
print(1 == 1.0 is not False, 5 > 3 > 1 == 1, 'x' in 'xyz' == True, ('x' in 'xyz') == True)
a = [1, 2, 3]
print(a[1:][0], a[-1:][0] * 2, -a[0], +a[1] ** 2, a[0] if a else None)
d = {'k': [10, 20]}
print(d['k'][1] // 3, d.get('k')[0] + 1, len(d['k']) * 10 % 7)
print(f'{1 + 2 * 3}', '%d' % 3 * 2, '%d%%' % 50, ('%d' % 3) * 2)
x = 3
x += 2 * 3
x **= 2
x //= 7
x <<= 1
x %= 5
print(x)
print((lambda: 1 if True else 2 is not None)())
print(2 ** 2 ** -1, (-8) // 3, -8 // 3 ** 1, 2 + - + - 2)
