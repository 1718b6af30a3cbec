# format() / f-strings / %-formatting of big ints
vals = [2**64, -2**64, 3**50, -(10**30) - 1, 2**100 - 1]
for v in vals:
    print(f'{v}|{v:d}|{v:,}|{v:_}|{v:x}|{v:X}|{v:o}|{v:b}')
    print(f'{v:#x}|{v:#o}|{v:#b}|{v:+d}|{v: d}|{v:_x}|{v:_b}')
    print(f'{v:>50}|{v:<50}|{v:^50}|{v:*^50}|{v:=+50}|{v:050}|{v:050,}')
    print(f'{v:e}|{v:.3e}|{v:g}|{v:.10g}|{v:f}|{v:%}|{v:.2E}')
    print(format(v, 'n'), format(v, ''), format(v, '60_d'))
    print('%d|%i|%x|%X|%o|%30d|%-30d|%+d|%.40d|%e|%g' % (v, v, v, v, v, v, v, v, v, v, v))
print('%d' % 1e30, '%x' % 2**70, '%s %r' % (2**70, -2**70))
try:
    print(f'{2**100:c}')
except OverflowError as e:
    print('OverflowError', e)
try:
    print(f'{2**100:.3d}')
except ValueError as e:
    print('ValueError', e)
