from fractions import Fraction
import math
a = Fraction(3, 4)
b = Fraction('1/3')
print(a, b, repr(a), Fraction(6, -8), Fraction(0), Fraction(5), Fraction(-7, 14))
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(Fraction(-2, 3)))
print(a + 1, 1 + a, a * 2, 2 / a, a - 1, 1 - a, a ** 2, a ** -2, Fraction(-2, 3) ** -3, 2 ** Fraction(2))
print(a + 0.25, 0.5 * a, a == 0.75, a == Fraction(6, 8), a != b, a < b, a > 0.5, a <= 1, a >= Fraction(3, 4))
print(Fraction(0.1), Fraction(2.5), Fraction('3.1415'), Fraction('-1.5e-3'), Fraction(' 10/4 '), Fraction('7'), Fraction('1e3'))
print(Fraction(1, 3).limit_denominator(10), Fraction(math.pi).limit_denominator(1000), Fraction('3.14159265').limit_denominator(100))
print(float(a), int(Fraction(7, 2)), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2))
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction.from_float(0.5), bool(Fraction(0)), bool(a))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(1, 3)))
print(sum([Fraction(1, n) for n in range(1, 6)]), sorted([Fraction(1, 2), Fraction(1, 3), 0.4]))
print(Fraction(Fraction(1, 2), Fraction(1, 3)), Fraction(3, 4) == Fraction(3, 4), {Fraction(1, 2): 'half'}[0.5])
print(f'{a}', '{:.3f}'.format(float(a)), str(Fraction(10, 5)))
try:
    '{:.3f}'.format(a)
except TypeError as e:
    print(e)
for bad in ('abc', '1/0', '1.2.3', ''):
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
