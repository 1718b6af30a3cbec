# decimal: shift, rotate, logical_and/or/xor/invert and next_toward (Decimal and Context
# methods), their InvalidOperation cases and flags
from decimal import Decimal as D, Context, getcontext, InvalidOperation, localcontext

c = getcontext()
c.prec = 9
for a, b in [('34', '8'), ('12', '9'), ('123456789', '-2'), ('123456789', '0'), ('123456789', '2'), ('123456789', '9'),
             ('123456789', '-9'), ('1234567890123', '3'), ('-12.34', '1'), ('Infinity', '2'), ('-Infinity', '-3'),
             ('12', 'NaN'), ('NaN', '1'), ('1E+5', '1'), ('0', '4')]:
    print('shift', a, b, D(a).shift(D(b)), 'rotate', D(a).rotate(D(b)))
for a, b in [('1', '10'), ('1', '1.5'), ('1', 'Infinity'), ('1', '1E+1'), ('sNaN', '1')]:
    with localcontext() as lc:
        lc.traps[InvalidOperation] = False
        print('bad', a, b, D(a).shift(D(b)), D(a).rotate(D(b)), sorted(k.__name__ for k, v in lc.flags.items() if v))
try:
    D(1).shift(D('1.5'))
except InvalidOperation as e:
    print('InvalidOperation', e)
for a, b in [('0', '0'), ('1', '1'), ('1100', '1010'), ('111111111', '10'), ('1101', '11111111111'), ('0', '1'), ('10', '1')]:
    print('logic', a, b, D(a).logical_and(D(b)), D(a).logical_or(D(b)), D(a).logical_xor(D(b)), D(a).logical_invert(), D(b).logical_invert())
for a, b in [('2', '1'), ('-1', '1'), ('1.0', '1'), ('1E+1', '1'), ('NaN', '1'), ('Infinity', '1'), ('12', '1')]:
    with localcontext() as lc:
        lc.traps[InvalidOperation] = False
        print('badlogic', a, b, D(a).logical_and(D(b)), D(b).logical_or(D(a)), D(a).logical_invert(), sorted(k.__name__ for k, v in lc.flags.items() if v))
print(c.shift(D(123), 2), c.rotate(123, -1), c.logical_and(1101, 111), c.logical_or(D(1), 10), c.logical_xor(11, 1), c.logical_invert(0))
ctx = Context(prec=4)
print(ctx.logical_invert(D(1)), ctx.shift(D(1234), 1), ctx.rotate(D(1234), 1), ctx.rotate(D(1234), -4))
for a, b in [('1', '2'), ('1', '0'), ('1', '1'), ('-1', '-5'), ('0', '1'), ('0', '-1'), ('Infinity', '1'), ('1', 'NaN'),
             ('9.99999999E+999999', 'Infinity'), ('1E-999999', '0'), ('-0', '0'), ('0', '-0')]:
    lc = Context(prec=9, Emax=999999, Emin=-999999, traps=[])
    r = D(a).next_toward(D(b), context=lc)
    print('toward', a, b, r, lc.next_toward(D(a), D(b)), sorted(k.__name__ for k, v in lc.flags.items() if v))
