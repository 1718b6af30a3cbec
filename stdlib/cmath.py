"""cmath: complex math with CPython 3.11's formulas (Kahan-style branch cuts, scaling near
overflow/underflow, log1p near |z| = 1). Special values (infinities/NaNs) follow C99 Annex G for
the common cases; results rest on the math module's libm functions."""

import math as _m

__all__ = ["pi", "e", "tau", "inf", "infj", "nan", "nanj", "phase", "polar", "rect", "exp", "log",
           "log10", "sqrt", "acos", "asin", "atan", "cos", "sin", "tan", "acosh", "asinh", "atanh",
           "cosh", "sinh", "tanh", "isfinite", "isinf", "isnan", "isclose"]

pi = _m.pi
e = _m.e
tau = _m.tau
inf = float("inf")
nan = float("nan")
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _z(x, fname=None):
    if isinstance(x, complex):
        return x.real, x.imag
    if isinstance(x, (int, float)):
        return float(x), 0.0
    f = getattr(type(x), "__complex__", None)
    if f is not None:
        c = f(x)
        if not isinstance(c, complex):
            raise TypeError("__complex__ returned non-complex (type %s)" % type(c).__name__)
        return c.real, c.imag
    f = getattr(type(x), "__float__", None) or getattr(type(x), "__index__", None)
    if f is not None:
        return float(x), 0.0
    raise TypeError("must be real number, not %s" % type(x).__name__)


def _finite(x):
    return x - x == 0.0


def _check(re, im, args_finite):
    """CPython's error rule: a non-finite result from finite arguments is an error."""
    if args_finite and not (_finite(re) and _finite(im)):
        if re != re or im != im:
            raise ValueError("math domain error")
        raise OverflowError("math range error")
    return complex(re, im)


def phase(z):
    re, im = _z(z)
    return _m.atan2(im, re)


def polar(z):
    re, im = _z(z)
    r = _m.hypot(re, im)
    if _finite(re) and _finite(im) and not _finite(r):
        raise OverflowError("math range error")
    return r, _m.atan2(im, re)


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if _finite(r) and _finite(phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if r != r:
        return complex(nan, 0.0 if phi == 0.0 else nan) if phi == 0.0 else complex(nan, nan)
    if not _finite(r):
        if _finite(phi) and phi != 0.0:
            if r > 0:
                return complex(_m.copysign(inf, _m.cos(phi)), _m.copysign(inf, _m.sin(phi)))
            return complex(-_m.copysign(inf, _m.cos(phi)), -_m.copysign(inf, _m.sin(phi)))
        if phi == 0.0:
            return complex(r, phi * (1.0 if r > 0 else -1.0))
        raise ValueError("math domain error")
    # finite r, non-finite phi
    if r == 0.0:
        return complex(0.0, 0.0)
    if phi != phi:
        return complex(nan, nan)
    raise ValueError("math domain error")


def _sqrt(re, im):
    if re == 0.0 and im == 0.0:
        return 0.0, im
    if not (_finite(re) and _finite(im)):
        if im - im != 0.0 and im == im:   # imaginary part infinite
            return inf, im
        if re == -inf:
            return (abs(im - im), _m.copysign(inf, im)) if im == im else (nan, inf)
        if re == inf:
            return inf, (_m.copysign(0.0, im) if im == im else nan)
        return nan, nan
    ax = abs(re)
    ay = abs(im)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # scale subnormal inputs up by 2**53 and the root back down by 2**-27
        ax = ax * 2.0 ** 53
        s = _m.sqrt(ax + _m.hypot(ax, ay * 2.0 ** 53)) * 2.0 ** -27
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if re >= 0.0:
        return s, _m.copysign(d, im)
    return d, _m.copysign(s, im)


def sqrt(z):
    re, im = _z(z)
    r = _sqrt(re, im)
    return complex(r[0], r[1])


def exp(z):
    re, im = _z(z)
    if not (_finite(re) and _finite(im)):
        if re == inf and im == 0.0:
            return complex(inf, im)
        if re == -inf and _finite(im):
            return complex(0.0 * _m.cos(im), 0.0 * _m.sin(im))
        if re == -inf:
            return complex(0.0, 0.0)
        if re == inf and _finite(im):
            return complex(_m.copysign(inf, _m.cos(im)), _m.copysign(inf, _m.sin(im)))
        if re == inf:
            if im == im:
                raise ValueError("math domain error")
            return complex(inf, nan)
        if re != re:
            return complex(nan, im if im == 0.0 else nan)
        if im != im:
            return complex(nan, nan)
        raise ValueError("math domain error")
    if re > _LOG_LARGE:
        l = _m.exp(re - 1.0)
        rr = l * _m.cos(im) * _m.e
        ri = l * _m.sin(im) * _m.e
    else:
        l = _m.exp(re)
        rr = l * _m.cos(im)
        ri = l * _m.sin(im)
    if im == 0.0:
        ri = im
    return _check(rr, ri, True)


def _log(re, im):
    ax = abs(re)
    ay = abs(im)
    if not (_finite(re) and _finite(im)):
        if re != re or im != im:
            if ax == inf or ay == inf:
                return inf, nan
            return nan, nan
        return inf, _m.atan2(im, re)
    if ax > _LARGE or ay > _LARGE:
        lr = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            lr = _m.log(_m.hypot(ax * 2.0 ** 53, ay * 2.0 ** 53)) - 53 * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = max(ax, ay)
            an = min(ax, ay)
            lr = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            lr = _m.log(h)
    return lr, _m.atan2(im, re)


def log(x, base=None):
    re, im = _z(x)
    lr, li = _log(re, im)
    r = complex(lr, li)
    if base is not None:
        bre, bim = _z(base)
        blr, bli = _log(bre, bim)
        b = complex(blr, bli)
        if b == 0:
            raise ZeroDivisionError("complex division by zero")
        r = r / b
    return r


def log10(z):
    re, im = _z(z)
    lr, li = _log(re, im)
    return complex(lr / _LN10, li / _LN10)


def _neg(t):
    return -t[0], -t[1]


def _asinh(re, im):
    if not (_finite(re) and _finite(im)):
        if re != re or im != im:
            if abs(re) == inf:
                return re, nan
            if abs(im) == inf:
                return _m.copysign(inf, re) if re == re else inf, nan
            return nan, (im if im == 0.0 else nan)
        if abs(re) == inf:
            return re, _m.copysign(0.0 if _finite(im) else pi / 4, im)
        return _m.copysign(inf, re), _m.copysign(pi / 2, im)
    if abs(re) > _SQRT_LARGE or abs(im) > _SQRT_LARGE:
        if im >= 0:
            rr = _m.copysign(_m.log(_m.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, re)
        else:
            rr = -_m.copysign(_m.log(_m.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, -re)
        return rr, _m.atan2(im, abs(re))
    s1 = _sqrt(1.0 + im, -re)
    s2 = _sqrt(1.0 - im, re)
    rr = _m.asinh(s1[0] * s2[1] - s2[0] * s1[1])
    ri = _m.atan2(im, s1[0] * s2[0] - s1[1] * s2[1])
    return rr, ri


def asinh(z):
    re, im = _z(z)
    r = _asinh(re, im)
    return complex(r[0], r[1])


def asin(z):
    re, im = _z(z)
    s = _asinh(-im, re)
    return complex(s[1], -s[0])


def acos(z):
    re, im = _z(z)
    if not (_finite(re) and _finite(im)):
        if re != re or im != im:
            if abs(im) == inf:
                return complex(nan, -im)
            return complex(nan, nan)
        if abs(re) == inf:
            if _finite(im):
                return complex(pi if re < 0 else 0.0, -_m.copysign(inf, im))
            return complex(3 * pi / 4 if re < 0 else pi / 4, -im)
        return complex(pi / 2, -im)
    if abs(re) > _LARGE or abs(im) > _LARGE:
        rr = _m.atan2(abs(im), re)
        if re < 0:
            ri = -_m.copysign(_m.log(_m.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, im)
        else:
            ri = _m.copysign(_m.log(_m.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, -im)
        return complex(rr, ri)
    s1 = _sqrt(1.0 - re, -im)
    s2 = _sqrt(1.0 + re, im)
    rr = 2.0 * _m.atan2(s1[0], s2[0])
    ri = _m.asinh(s2[0] * s1[1] - s2[1] * s1[0])
    return complex(rr, ri)


def acosh(z):
    re, im = _z(z)
    if not (_finite(re) and _finite(im)):
        r = acos(complex(re, im))
        return complex(abs(r.imag), _m.copysign(r.real, im))
    if abs(re) > _LARGE or abs(im) > _LARGE:
        rr = _m.log(_m.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0
        ri = _m.atan2(im, re)
        return complex(rr, ri)
    s1 = _sqrt(re - 1.0, im)
    s2 = _sqrt(re + 1.0, im)
    rr = _m.asinh(s1[0] * s2[0] + s1[1] * s2[1])
    ri = 2.0 * _m.atan2(s1[1], s2[0])
    return complex(rr, ri)


def _atanh(re, im):
    if re < 0 or (re == 0 and str(re)[0] == "-"):
        r = _atanh(-re, -im)
        return -r[0], -r[1]
    if not (_finite(re) and _finite(im)):
        if re != re:
            if abs(im) == inf:
                return 0.0, _m.copysign(pi / 2, im)
            return nan, nan
        if im != im:
            return (0.0, nan) if re == inf else (nan, nan)
        return 0.0, _m.copysign(pi / 2, im)
    ay = abs(im)
    if re > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(re / 2.0, im / 2.0)
        rr = re / 4.0 / h / h
        ri = -_m.copysign(pi / 2, -im)
        return rr, ri
    if re == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        rr = -_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0)))
        ri = _m.copysign(_m.atan2(2.0, -ay) / 2, im)
        return rr, ri
    rr = _m.log1p(4.0 * re / ((1 - re) * (1 - re) + ay * ay)) / 4.0
    ri = -_m.atan2(-2.0 * im, (1 - re) * (1 + re) - ay * ay) / 2.0
    return rr, ri


def atanh(z):
    re, im = _z(z)
    r = _atanh(re, im)
    return complex(r[0], r[1])


def atan(z):
    re, im = _z(z)
    s = _atanh(-im, re)
    return complex(s[1], -s[0])


def _cosh(re, im):
    if not (_finite(re) and _finite(im)):
        if abs(re) == inf and _finite(im) and im != 0.0:
            return _m.copysign(inf, _m.cos(im)), _m.copysign(inf, _m.sin(im)) * _m.copysign(1.0, re)
        if abs(re) == inf and im == 0.0:
            return inf, im * _m.copysign(1.0, re)
        if re == 0.0:
            if abs(im) == inf:
                raise ValueError("math domain error")
            return nan, 0.0
        if abs(im) == inf and _finite(re):
            raise ValueError("math domain error")
        if abs(re) == inf:
            if abs(im) == inf:
                raise ValueError("math domain error")
            return inf, nan
        return nan, nan
    if abs(re) > _LOG_LARGE:
        x_minus_one = re - _m.copysign(1.0, re)
        rr = _m.cos(im) * _m.cosh(x_minus_one) * _m.e
        ri = _m.sin(im) * _m.sinh(x_minus_one) * _m.e
    else:
        rr = _m.cos(im) * _m.cosh(re)
        ri = _m.sin(im) * _m.sinh(re)
    if not (_finite(rr) and _finite(ri)):
        raise OverflowError("math range error")
    return rr, ri


def _sinh(re, im):
    if not (_finite(re) and _finite(im)):
        if abs(re) == inf and _finite(im) and im != 0.0:
            return _m.copysign(inf, _m.cos(im)) * _m.copysign(1.0, re), _m.copysign(inf, _m.sin(im))
        if abs(re) == inf and im == 0.0:
            return re, im
        if re == 0.0:
            if abs(im) == inf:
                raise ValueError("math domain error")
            return re, nan
        if abs(im) == inf and _finite(re):
            raise ValueError("math domain error")
        if abs(re) == inf:
            if abs(im) == inf:
                raise ValueError("math domain error")
            return re, nan
        return nan, (im if im == 0.0 else nan)
    if abs(re) > _LOG_LARGE:
        x_minus_one = re - _m.copysign(1.0, re)
        rr = _m.cos(im) * _m.sinh(x_minus_one) * _m.e
        ri = _m.sin(im) * _m.cosh(x_minus_one) * _m.e
    else:
        rr = _m.cos(im) * _m.sinh(re)
        ri = _m.sin(im) * _m.cosh(re)
    if not (_finite(rr) and _finite(ri)):
        raise OverflowError("math range error")
    return rr, ri


def _tanh(re, im):
    if not (_finite(re) and _finite(im)):
        if abs(re) == inf and _finite(im):
            return _m.copysign(1.0, re), _m.copysign(0.0, 2.0 * _m.sin(im) * _m.cos(im))
        if abs(re) == inf:
            return _m.copysign(1.0, re), _m.copysign(0.0, im) if im == im else 0.0
        if re == 0.0 and im != im:
            return re, nan
        if abs(im) == inf and _finite(re):
            raise ValueError("math domain error")
        return nan, (im if im == 0.0 else nan)
    if abs(re) > _LOG_LARGE:
        rr = _m.copysign(1.0, re)
        ri = 4.0 * _m.sin(im) * _m.cos(im) * _m.exp(-2.0 * abs(re))
        return rr, ri
    tx = _m.tanh(re)
    ty = _m.tan(im)
    cx = 1.0 / _m.cosh(re)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def cosh(z):
    re, im = _z(z)
    r = _cosh(re, im)
    return complex(r[0], r[1])


def sinh(z):
    re, im = _z(z)
    r = _sinh(re, im)
    return complex(r[0], r[1])


def tanh(z):
    re, im = _z(z)
    r = _tanh(re, im)
    return complex(r[0], r[1])


def cos(z):
    re, im = _z(z)
    r = _cosh(-im, re)
    return complex(r[0], r[1])


def sin(z):
    re, im = _z(z)
    r = _sinh(-im, re)
    return complex(r[1], -r[0])


def tan(z):
    re, im = _z(z)
    r = _tanh(-im, re)
    return complex(r[1], -r[0])


def isfinite(z):
    re, im = _z(z)
    return _finite(re) and _finite(im)


def isnan(z):
    re, im = _z(z)
    return re != re or im != im


def isinf(z):
    re, im = _z(z)
    return abs(re) == inf or abs(im) == inf


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    ar, ai = _z(a)
    br, bi = _z(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ar == br and ai == bi:
        return True
    if abs(ar) == inf or abs(ai) == inf or abs(br) == inf or abs(bi) == inf:
        return False
    diff = _m.hypot(ar - br, ai - bi)
    return ((diff <= rel_tol * _m.hypot(br, bi)) or (diff <= rel_tol * _m.hypot(ar, ai))
            or diff <= abs_tol)
