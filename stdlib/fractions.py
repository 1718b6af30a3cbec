"""Fraction, an exact rational number type (CPython 3.11 behaviour)."""

import math as _math
import numbers as _numbers

__all__ = ['Fraction']

_PyHASH_MODULUS = 2 ** 61 - 1
_PyHASH_INF = 314159


def _modinv(a, m):
    # inverse of a modulo prime m, or None when a % m == 0
    a %= m
    if a == 0:
        return None
    return pow(a, m - 2, m)


def _parse(s):
    """(numerator, denominator) for a Fraction literal, or None."""
    s = s.strip()
    if not s:
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not _digits(num) or not _digits(den):
            return None
        return sign * int(num.replace('_', '')), int(den.replace('_', ''))
    mant, exp = s, 0
    for e in ('e', 'E'):
        if e in s:
            mant, _, ex = s.partition(e)
            es = ex
            if es[:1] in '+-':
                es = es[1:]
            if not _digits(es):
                return None
            exp = int(ex.replace('_', ''))
            break
    intpart, dot, frac = mant.partition('.')
    if not intpart and not frac:
        return None
    if intpart and not _digits(intpart):
        return None
    if frac and not _digits(frac):
        return None
    if not intpart and not dot:
        return None
    n = int((intpart + frac).replace('_', '') or '0')
    d = 10 ** len(frac.replace('_', ''))
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


def _digits(s):
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    for c in s:
        if not ('0' <= c <= '9' or c == '_'):
            return False
    return True


class Fraction(_numbers.Rational):
    """This class implements rational numbers."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, float):
                if numerator != numerator or numerator in (float('inf'), float('-inf')):
                    if numerator != numerator:
                        raise ValueError('cannot convert NaN to integer ratio')
                    raise OverflowError('cannot convert Infinity to integer ratio')
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                r = _parse(numerator)
                if r is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = r
            elif hasattr(numerator, 'as_integer_ratio'):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, _numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif isinstance(numerator, int) and isinstance(denominator, int):
            numerator, denominator = int(numerator), int(denominator)
        elif isinstance(numerator, (Fraction, int)) and isinstance(denominator, (Fraction, int)):
            n1, d1 = (numerator._numerator, numerator._denominator) if isinstance(numerator, Fraction) else (numerator, 1)
            n2, d2 = (denominator._numerator, denominator._denominator) if isinstance(denominator, Fraction) else (denominator, 1)
            numerator, denominator = n1 * d2, d1 * n2
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        else:
            return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic ----
    @staticmethod
    def _coerce(b):
        if isinstance(b, Fraction):
            return b._numerator, b._denominator
        if isinstance(b, int):
            return int(b), 1
        return None

    def _op(a, b, op, rev=False):
        r = Fraction._coerce(b)
        if r is not None:
            na, da = a._numerator, a._denominator
            nb, db = r
            if rev:
                na, da, nb, db = nb, db, na, da
            return op(na, da, nb, db)
        if isinstance(b, float):
            x = float(a)
            return _float_op(b, x, op) if rev else _float_op(x, b, op)
        if isinstance(b, complex):
            x = complex(float(a))
            return _float_op(b, x, op) if rev else _float_op(x, b, op)
        return NotImplemented

    def __add__(a, b):
        return a._op(b, _add)

    def __radd__(b, a):
        return b._op(a, _add, True)

    def __sub__(a, b):
        return a._op(b, _sub)

    def __rsub__(b, a):
        return b._op(a, _sub, True)

    def __mul__(a, b):
        return a._op(b, _mul)

    def __rmul__(b, a):
        return b._op(a, _mul, True)

    def __truediv__(a, b):
        return a._op(b, _div)

    def __rtruediv__(b, a):
        return b._op(a, _div, True)

    def __floordiv__(a, b):
        return a._op(b, _floordiv)

    def __rfloordiv__(b, a):
        return b._op(a, _floordiv, True)

    def __mod__(a, b):
        return a._op(b, _mod)

    def __rmod__(b, a):
        return b._op(a, _mod, True)

    def __divmod__(a, b):
        return a._op(b, _divmod)

    def __rdivmod__(b, a):
        return b._op(a, _divmod, True)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)) and (isinstance(b, int) or b._denominator == 1):
            power = b if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            elif a._numerator >= 0:
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
                return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
            else:
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
        elif isinstance(b, (float, complex)) or isinstance(b, Fraction):
            return float(a) ** float(b) if not isinstance(b, complex) else complex(float(a)) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if isinstance(a, float):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __hash__(self):
        dinv = _modinv(self._denominator, _PyHASH_MODULUS)
        if dinv is None:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, float):
            if b != b or b in (float('inf'), float('-inf')):
                return 0.0 == b
            return a == a.from_float(b)
        if isinstance(b, complex):
            return b.imag == 0 and a == b.real
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            r = Fraction._coerce(other)
            return op(self._numerator * r[1], self._denominator * r[0])
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


def _add(na, da, nb, db):
    g = _math.gcd(da, db)
    if g == 1:
        return Fraction(na * db + da * nb, da * db, _normalize=False)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = _math.gcd(t, g)
    if g2 == 1:
        return Fraction(t, s * db, _normalize=False)
    return Fraction(t // g2, s * (db // g2), _normalize=False)


def _sub(na, da, nb, db):
    return _add(na, da, -nb, db)


def _mul(na, da, nb, db):
    g1 = _math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = _math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return Fraction(na * nb, db * da, _normalize=False)


def _div(na, da, nb, db):
    if nb == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % db)
    g1 = _math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = _math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    return Fraction(n, d, _normalize=False)


def _floordiv(na, da, nb, db):
    return (na * db) // (da * nb)


def _mod(na, da, nb, db):
    d = da * db
    return Fraction((na * db) % (nb * da), d)


def _divmod(na, da, nb, db):
    q, r = divmod(na * db, da * nb)
    return q, Fraction(r, da * db)


def _float_op(x, y, op):
    if op is _add:
        return x + y
    if op is _sub:
        return x - y
    if op is _mul:
        return x * y
    if op is _div:
        return x / y
    if op is _floordiv:
        return x // y
    if op is _mod:
        return x % y
    if op is _divmod:
        return divmod(x, y)
    return NotImplemented
