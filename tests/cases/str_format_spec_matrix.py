vals = [0, 7, -7, 255, 3.5, -0.0, 1e20, 1.5e-7, float('inf'), float('nan'), True, 'abc', None, 12345678]
specs = ['', 'd', '5', '<5', '^7', '>+8', '=+8', '08', ',', '_', 'x', '#X', '#o', 'b', 'c', 'e', '.2f', '10.3g', '%', '.0%', 's', '.2s', ' ', '-', 'n', 'G', '#.3g', '+,.2f', '0=10', '*^9', 'z.1f', '.3', '#x']
for v in vals:
    out = []
    for sp in specs:
        try: out.append(format(v, sp))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(repr(v), out)
fmts = ['%d', '%5.2f', '%-6s|', '%+d', '% d', '%x', '%#x', '%o', '%#o', '%e', '%g', '%r', '%a', '%c', '%%', '%3c', '%.3s', '%5s', '%-5d|', '%05d', '%i', '%u', '%X', '%E', '%G', '%10.4e']
for f in fmts:
    for v in [42, -3.75, 'hi', 'é']:
        try: r = f % v
        except Exception as e: r = type(e).__name__ + ':' + str(e)
        print(f, repr(v), repr(r))
print('%(a)s-%(b)d' % {'a': 'x', 'b': 2}, '%s %s' % (1, 2), '%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 3.14159))
for bad in [lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '%z' % 1, lambda: '%(a)s' % 1, lambda: '%' % ()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
