# split and join
print('a,b,c'.split(','))
print('a  b   c'.split())
print('  leading and trailing  '.split())
print('a,b,,c'.split(','))
print('a,b,c'.split(',', 1))
print('a b c'.rsplit(' ', 1))
print(''.split(), ''.split(','))
print('line1\nline2\r\nline3'.splitlines())
print('one two'.split(' '))
print('-'.join(['a', 'b', 'c']))
print(''.join(['x', 'y']))
print(', '.join(str(i) for i in range(4)))
print(' '.join('abc'))
print('k=v=w'.partition('='))
print('k=v=w'.rpartition('='))
print('none'.partition('='))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
