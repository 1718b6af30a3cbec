# % formatting in depth
print('%s|%10s|%-10s|' % ('x', 'right', 'left'))
print('%d %i %u' % (1, 2, 3))
print('%5.2f|%-8.3f|%08.2f' % (3.14159, 2.5, -1.5))
print('%e %E %g %G' % (12345.678, 0.00012, 1e-7, 1e20))
print('%x %#x %X %#X %o %#o' % (255, 255, 255, 255, 8, 8))
print('%r %a' % ('é', 'é'))
print('%*d|%-*d|' % (5, 1, 5, 2))
print('%.3s' % 'abcdef')
print('%d%%' % 50)
print('%s' % None, '%s' % True, '%d' % True)
print('%(a)s-%(b)s' % {'a': 1, 'b': 2})
print('%c' % 65)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    '%s %s' % ('only one',)
except TypeError as e:
    print('TypeError:', e)
try:
    '%s' % (1, 2)
except TypeError as e:
    print('TypeError:', e)
