print('{} {}'.format(1, 2), '{0}{1}{0}'.format('a', 'b'), '{x}{y!r}'.format(x=1, y='q'))
print('{:>{w}}|{:.{p}f}'.format('a', 3.14159, w=5, p=2))
print('{0.real} {0.imag} {1[0]} {1[1]} {2[k]}'.format(3, [1, 2], {'k': 'v'}))
print('{!a}'.format('é'), ascii('é\u1234\U0001f600'), '%a' % 'ü', f'{"é"!a}')
for bad in ['{', '}', '{0', '{0!x}', '{0!}', '{!r', '{0[}', '{a.}', '{0}{}', '{}{0}', '{:{:{}}}', '{1}', '{0:x}']:
    try: print(repr(bad.format('s', a=2)))
    except Exception as e: print(type(e).__name__, e)
print('{a}'.format_map({'a': 5}))
class D(dict):
    def __missing__(self, k): return k.upper()
print('{x} {y}'.format_map(D(x=1)))
print('{:*^9}|{:<4}|{:>4}|{:=+6}'.format('mid', 1, 2, 3))
print('{0:{1}.{2}f}'.format(3.14159, 8, 3), '{:,}'.format(1234567), '{:_x}'.format(0xdeadbeef))
print('{{{0}}}'.format(7), '{0!s:>5}'.format(None), '{0[0]}{0[1]}'.format('xy'))
class P:
    def __format__(self, spec): return 'P<' + spec + '>'
print('{:abc}'.format(P()), format(P(), 'q'), f'{P():zz}')
