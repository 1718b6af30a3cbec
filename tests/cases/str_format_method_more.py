print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x} {y}'.format(x=1, y=2), '{0} {0}'.format('rep'))
print('{0[0]} {0[1]}'.format(['a', 'b']), '{d[k]}'.format(d={'k': 'v'}), '{o.real}'.format(o=3), '{0.imag}'.format(2j))
print('{:>6}|{:<6}|{:^6}|{:*^7}|{:06.2f}|{:,}|{:+}|{:x}|{:#b}'.format('r', 'l', 'c', 'm', 3.14159, 1234567, 5, 255, 5))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'), '{:{w}.{p}f}'.format(3.14159, w=8, p=2), '{{}} {}'.format('esc'))
print('{:%}'.format(0.25), '{:.1%}'.format(1 / 3), '{:e}'.format(1234.5), '{:g}'.format(0.0001234), '{:n}'.format(1234))
for fmt, args, kw in [('{}', (), {}), ('{0} {}', (1, 2), {}), ('{} {0}', (1, 2), {}), ('{x}', (), {}), ('{0[5]}', ([1],), {}),
                      ('{:d}', ('s',), {}), ('{!q}', (1,), {}), ('{', (), {}), ('}', (), {}), ('{0.nope}', (1,), {}), ('{:,d}', (1.5,), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print('{0:{1}}'.format('nest', '>8'), '{:{}{}}'.format(7, '0', '4'), format(1234.5678, ',.2f'), format(-0.0, '.1f'))
print('{:_b}'.format(255), '{:_x}'.format(2**32), '{:=+8}'.format(-5), '{:08.3e}'.format(12.5), '{:.3}'.format('abcdef'))
class Fmt:
    def __format__(self, spec): return 'F(' + spec + ')'
print('{:xyz}'.format(Fmt()), '{0!s:>5}'.format(12), '{0!r:>5}'.format('a'))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
class Missing(dict):
    def __missing__(self, k): return f'<{k}>'
print('{a} {zz}'.format_map(Missing(a=1)))
import string
print(string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'), string.Template('$x $$').safe_substitute())
