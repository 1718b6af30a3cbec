from decimal import Decimal as D
from fractions import Fraction
import math
xs = [D('1'), D('1.0'), D('1.00'), D('-1'), D('0'), D('-0'), D('0.1'), D('1E+2'), D('100'), D('Infinity'), D('-Infinity')]
for a in xs:
    print(a, [int(a < b) + 2 * int(a == b) for b in xs])
print(D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D('1.5') > 1, 2 > D('1.5'), D(3) == 3.0, D(1) == 'x')
print(sorted([D('3'), D('-1.5'), D('2.25'), D('0'), D('1E+1')]), max(D(1), D('1.5')), min([D(2), D('-2')]))
print(hash(D(1)) == hash(1), hash(D('1.5')) == hash(1.5), hash(D('0.1')) == hash(Fraction(1, 10)), hash(D('-2.0')) == hash(-2))
print(hash(D('inf')), hash(D('-inf')), hash(D('12345678901234567890')) == hash(12345678901234567890))
print(D('1.5') == Fraction(3, 2), D('0.1') < Fraction(1, 3))
print(math.floor(D('-2.5')), math.ceil(D('2.1')), math.trunc(D('-2.9')), round(D('2.5')), round(D('3.5')), round(D('-0.5')), round(D('2.675'), 2), round(D('1234'), -2))
print(int(D('12.9')), int(D('-12.9')), float(D('1.1')), complex(D('2.5')), bool(D(0)), bool(D('0.0')), bool(D('nan')))
print({D('1.0'): 'a'}[1], D(5) in {5}, len({D('1'), D('1.0'), D('1.00'), 1}))
print(D('1.1').compare_total(D('1.10')), D('-1').compare_total(D('nan')))
