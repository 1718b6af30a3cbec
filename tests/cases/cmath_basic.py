import cmath, math
def show(z):
    if isinstance(z, complex):
        return '(%.12g%+.12gj)' % (z.real + 0.0, z.imag + 0.0)   # signed zeros not compared
    if isinstance(z, tuple):
        return '(' + ', '.join('%.12g' % x for x in z) + ')'
    return '%.12g' % z
zs = [1 + 2j, -3 + 0.5j, 0.5 - 0.25j, 2, -0.75, 0.5j, -4, 0.3 + 4j, 1e-8 + 1e-8j, 10 - 20j]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
             'asinh', 'acosh', 'atanh', 'phase', 'polar']:
    f = getattr(cmath, name)
    print(name, [show(f(z)) for z in zs])
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.log(1), cmath.phase(-1))
print(show(cmath.log(8, 2)), show(cmath.log(1j, 10)), cmath.polar(3 + 4j), show(cmath.rect(2, math.pi / 2)), cmath.rect(1, 0))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1))
print(cmath.isclose(1, 1.05, rel_tol=0.1), cmath.isclose(0j, 1e-10j, abs_tol=1e-9), abs(3 + 4j))
for f, a in [(cmath.log, 0), (cmath.atanh, 1), (cmath.atanh, -1), (cmath.exp, 1000), (cmath.cosh, 1000), (cmath.sqrt, 'x'), (cmath.log, 0j)]:
    try:
        print(f(a))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
