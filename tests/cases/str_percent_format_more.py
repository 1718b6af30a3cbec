print('%s|%r|%a|%d|%i|%u' % ('s', 'r', 'é', 42, -3, 7))
print('%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%E|%g|%G' % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20))
print('%.2f|%10.3f|%-10.1f|%c|%c|%%|%5s|%-5s|%.1s' % (3.14159, 2.5, -1.25, 65, 'z', 'ab', 'cd', 'xyz'))
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 30}, '%(x)r' % {'x': [1]})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%s' % (1,), '%s' % [1, 2], '%s %s' % (1, 2), '%s' % ((1, 2),))
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(k)s', (1,)), ('%c', 1.5), ('%c', 'ab'), ('%d', None), ('%', ()), ('%(a', {'a': 1})]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(fmt, type(e).__name__, e)
print(b'%s|%d|%x|%c' % (b'b', 5, 255, 65), b'%(k)s' % {b'k': b'v'})
print('%d' % 3.99, '%x' % 255, '%.3s' % 'abcdef', '%r' % "it's", '%10.4s|' % 'abcdefg')
print('%s' % True, '%d' % True, '%.0f' % 0.5, '%.0f' % 1.5, '%g' % 100000, '%g' % 1000000, '%#g' % 1.0)
class P:
    def __str__(self): return 'P-str'
    def __repr__(self): return 'P-repr'
print('%s %r' % (P(), P()))
print('%-+8.2f|' % 3.14159, '%+.3e' % -1234.5, '% 05d' % 42, '%#.3g' % 3.0)
