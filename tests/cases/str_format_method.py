# str.format
print('{} {}'.format('a', 'b'))
print('{1} {0} {1}'.format('x', 'y'))
print('{name} is {age}'.format(name='Ann', age=7))
print('{0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'))
print('{:08.3f}'.format(3.14159))
print('{:,}'.format(9876543210))
print('{:+} {: } {:-}'.format(5, 5, 5))
print('{!r} {!s}'.format('q', 'q'))
print('{{}} {}'.format('braces'))
print('{:x}-{:#o}-{:b}'.format(255, 8, 5))
print('{0:{1}}|'.format('w', 5))
class P:
    x = 3
print('{0.x}'.format(P()))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{missing}'.format()
except KeyError as e:
    print('KeyError:', e)
