import decimal
from decimal import Decimal as D, getcontext, setcontext, localcontext, Context
print(getcontext())
getcontext().prec = 6
print(D(1) / D(7), D('123456789') + 0, D('1.23456789') * 1)
getcontext().rounding = decimal.ROUND_DOWN
print(D(2) / D(3), D(-2) / D(3))
getcontext().prec = 28
getcontext().rounding = decimal.ROUND_HALF_EVEN
with localcontext() as ctx:
    ctx.prec = 3
    print(D(22) / D(7), ctx.prec)
print(D(22) / D(7))
with localcontext(prec=10, rounding=decimal.ROUND_UP) as c:
    print(D(1) / D(3), c.rounding)
ctx = Context(prec=5, rounding=decimal.ROUND_HALF_UP)
print(ctx)
print(ctx.divide(D(1), D(6)), ctx.add(D('1.00001'), D('1')), ctx.create_decimal('3.14159265'), ctx.sqrt(D(2)))
print(ctx.multiply(3, 4), ctx.power(D(2), D(10)), ctx.quantize(D('1.2345'), D('0.01')), ctx.to_sci_string(D('1E+7')))
for name in ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']:
    mode = getattr(decimal, name)
    vals = [D(x).quantize(D('1'), rounding=mode) for x in ['2.5', '3.5', '-2.5', '2.51', '-2.49', '1.0', '0.5', '5.5', '-5.5', '0.01', '4.5']]
    print(name, mode, ' '.join(map(str, vals)))
c = getcontext()
c.clear_flags()
D(1) / D(3)
print(c.flags[decimal.Inexact], c.flags[decimal.Rounded], c.flags[decimal.DivisionByZero])
c.traps[decimal.Inexact] = True
try:
    D(1) / D(3)
except decimal.Inexact as e:
    print('Inexact', e)
c.traps[decimal.Inexact] = False
c.clear_flags()
print(c)
print(decimal.DefaultContext.prec, decimal.BasicContext, decimal.ExtendedContext)
setcontext(decimal.ExtendedContext)
print(D(1) / D(0), D(0) / D(0), D(1) / D(3), getcontext().flags[decimal.DivisionByZero])
setcontext(decimal.DefaultContext)
print(getcontext().prec, D(1) / 3)
for bad in [dict(prec=0), dict(prec='x'), dict(rounding='ROUND_WHATEVER'), dict(Emax=-1), dict(Emin=1), dict(capitals=2), dict(clamp=5)]:
    try:
        c2 = Context()
        for k, v in bad.items():
            setattr(c2, k, v)
        print('ok', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
c3 = Context(prec=3, Emax=5, Emin=-5)
print(c3.Etiny(), c3.Etop(), c3.create_decimal('123456'), c3.create_decimal('1e4'))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
c4 = getcontext().copy()
c4.prec = 4
print(getcontext().prec, c4.prec)
