"""decimal: decimal floating point with contexts (the General Decimal Arithmetic specification),
behaving like CPython 3.11's C module (_decimal/libmpdec): results, str/repr, signals and the
exception arguments they carry. Coefficients are Python ints. exp/ln/log10/non-integer powers are
computed with guard digits and then rounded (correct in all but pathological cases)."""

import math as _math
from collections import namedtuple as _namedtuple

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible",
    "InvalidContext", "ConversionSyntax", "DivisionUndefined",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP",
    "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext", "getcontext", "localcontext",
    "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ---- signals -------------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
           DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
           Overflow, Underflow, FloatOperation):
    _c.__module__ = "decimal"

# conditions (what an operation reports) -> the signal whose flag/trap they use
_COND_SIGNAL = {
    "InvalidOperation": InvalidOperation, "ConversionSyntax": InvalidOperation,
    "DivisionImpossible": InvalidOperation, "DivisionUndefined": InvalidOperation,
    "InvalidContext": InvalidOperation, "FloatOperation": FloatOperation,
    "DivisionByZero": DivisionByZero, "Overflow": Overflow, "Underflow": Underflow,
    "Subnormal": Subnormal, "Inexact": Inexact, "Rounded": Rounded, "Clamped": Clamped,
}
_COND_CLASS = {
    "InvalidOperation": InvalidOperation, "ConversionSyntax": ConversionSyntax,
    "DivisionImpossible": DivisionImpossible, "DivisionUndefined": DivisionUndefined,
    "InvalidContext": InvalidContext,
}
# the order libmpdec reports: invalid-operation conditions first, then the other signals
_COND_ORDER = ["InvalidOperation", "ConversionSyntax", "DivisionImpossible", "DivisionUndefined",
               "InvalidContext", "FloatOperation", "DivisionByZero", "Overflow", "Underflow",
               "Subnormal", "Inexact", "Rounded", "Clamped"]
_RAISE_ORDER = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
                Subnormal, Inexact, Rounded, Clamped]
# the order Context.__repr__ lists flags and traps
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
_SIGNALS = _REPR_ORDER

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent")


def _ndigits(n):
    # number of decimal digits of n > 0
    if n < 10:
        return 1
    k = (n.bit_length() * 1233) >> 12   # ~ log10
    if n >= 10 ** k:
        k += 1
    if n < 10 ** (k - 1):
        k -= 1
    return k


# ---- context -------------------------------------------------------------------------------

class Context(object):
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = dict(dc.traps) if dc else {s: s in (InvalidOperation, DivisionByZero, Overflow) for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        else:
            traps = {s: bool(traps.get(s, False)) for s in _SIGNALS}
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        else:
            flags = {s: bool(flags.get(s, False)) for s in _SIGNALS}
        object.__setattr__(self, "traps", traps)
        object.__setattr__(self, "flags", flags)

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "Emin":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name == "capitals":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for capitals are 0 or 1")
        elif name == "clamp":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for clamp are 0 or 1")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n"
                                "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                                "   ROUND_05UP]")
        elif name in ("traps", "flags"):
            if isinstance(value, dict):
                value = {s: bool(value.get(s, False)) for s in _SIGNALS}
            else:
                value = {s: s in value for s in _SIGNALS}
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        fl = ", ".join(s.__name__ for s in _REPR_ORDER if self.flags[s])
        tr = ", ".join(s.__name__ for s in _REPR_ORDER if self.traps[s])
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, fl, tr))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                          self.clamp, [s for s in _SIGNALS if self.flags[s]],
                          [s for s in _SIGNALS if self.traps[s]]))

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _signal(self, conds):
        """Record conditions as flags and raise for the trapped ones (libmpdec's order)."""
        if not conds:
            return
        trapped = []
        for c in _COND_ORDER:
            if c in conds:
                sig = _COND_SIGNAL[c]
                self.flags[sig] = True
                if self.traps[sig]:
                    trapped.append(c)
        if trapped:
            sigs = set(_COND_SIGNAL[c] for c in trapped)
            exc = None
            for s in _RAISE_ORDER:
                if s in sigs:
                    exc = s
                    break
            raise exc([_COND_CLASS.get(c, _COND_SIGNAL[c]) for c in trapped])

    def create_decimal(self, num="0"):
        if isinstance(num, str):
            st = set()
            if num != num.strip() or "_" in num:
                st.add("ConversionSyntax")
                d = _nan()
            else:
                d = _parse(num, st)
            self._signal(st)
        elif isinstance(num, float):
            self.flags[FloatOperation] = True
            if self.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            d = _from_float(num)
        else:
            d = Decimal(num)
        if d._is_special:
            return _fix_nan(d, self)
        return _finish(d._sign, d._int, d._exp, self)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._is_special:
            return d
        return _finish(d._sign, d._int, d._exp, self)

    # arithmetic methods, in context
    def abs(self, a):
        return _cv(a, True).__abs__(context=self)

    def add(self, a, b):
        return _cv(a, True).__add__(_cv(b, True), context=self)

    def subtract(self, a, b):
        return _cv(a, True).__sub__(_cv(b, True), context=self)

    def multiply(self, a, b):
        return _cv(a, True).__mul__(_cv(b, True), context=self)

    def divide(self, a, b):
        return _cv(a, True).__truediv__(_cv(b, True), context=self)

    def divide_int(self, a, b):
        return _cv(a, True).__floordiv__(_cv(b, True), context=self)

    def divmod(self, a, b):
        return _cv(a, True).__divmod__(_cv(b, True), context=self)

    def remainder(self, a, b):
        return _cv(a, True).__mod__(_cv(b, True), context=self)

    def remainder_near(self, a, b):
        return _cv(a, True).remainder_near(_cv(b, True), context=self)

    def power(self, a, b, modulo=None):
        return _cv(a, True).__pow__(_cv(b, True), modulo, context=self)

    def plus(self, a):
        return _cv(a, True).__pos__(context=self)

    def minus(self, a):
        return _cv(a, True).__neg__(context=self)

    def sqrt(self, a):
        return _cv(a, True).sqrt(context=self)

    def exp(self, a):
        return _cv(a, True).exp(context=self)

    def ln(self, a):
        return _cv(a, True).ln(context=self)

    def log10(self, a):
        return _cv(a, True).log10(context=self)

    def quantize(self, a, b):
        return _cv(a, True).quantize(_cv(b, True), context=self)

    def compare(self, a, b):
        return _cv(a, True).compare(b, context=self)

    def max(self, a, b):
        return _cv(a, True).max(b, context=self)

    def min(self, a, b):
        return _cv(a, True).min(b, context=self)

    def normalize(self, a):
        return _cv(a, True).normalize(context=self)

    def fma(self, a, b, c):
        return _cv(a, True).fma(b, c, context=self)

    def to_integral_value(self, a):
        return _cv(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _cv(a, True).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _cv(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _cv(a, True).to_eng_string(context=self)

    def copy_abs(self, a):
        return _cv(a, True).copy_abs()

    def copy_negate(self, a):
        return _cv(a, True).copy_negate()

    def copy_sign(self, a, b):
        return _cv(a, True).copy_sign(b)

    def copy_decimal(self, a):
        return _cv(a, True)

    def is_zero(self, a):
        return _cv(a, True).is_zero()

    def is_signed(self, a):
        return _cv(a, True).is_signed()

    def is_nan(self, a):
        return _cv(a, True).is_nan()

    def is_finite(self, a):
        return _cv(a, True).is_finite()

    def is_infinite(self, a):
        return _cv(a, True).is_infinite()

    def sign(self, a):
        return _cv(a, True)._sign

    def radix(self):
        return Decimal(10)

    def same_quantum(self, a, b):
        return _cv(a, True).same_quantum(b)

    def scaleb(self, a, b):
        return _cv(a, True).scaleb(b, context=self)

    def logb(self, a):
        return _cv(a, True).logb(context=self)

    def number_class(self, a):
        return _cv(a, True).number_class(context=self)

    def shift(self, a, b):
        return _cv(a, True).shift(b, context=self)

    def rotate(self, a, b):
        return _cv(a, True).rotate(b, context=self)

    def logical_and(self, a, b):
        return _cv(a, True).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _cv(a, True).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _cv(a, True).logical_xor(b, context=self)

    def logical_invert(self, a):
        return _cv(a, True).logical_invert(context=self)

    def next_toward(self, a, b):
        return _cv(a, True).next_toward(b, context=self)


_context = None


def getcontext():
    global _context
    if _context is None:
        _context = DefaultContext.copy()
    return _context


def setcontext(context):
    global _context
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    ctx = ctx.copy()
    for k, v in kwargs.items():
        if k not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(ctx, k, v)
    return _ContextManager(ctx)


# ---- construction helpers -----------------------------------------------------------------

def _new(sign, coef, exp, special=False, cls=None):
    d = object.__new__(Decimal if cls is None else cls)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._is_special = special
    return d


def _nan(sign=0, payload=0, signaling=False):
    return _new(sign, payload, "N" if signaling else "n", True)


def _inf(sign):
    return _new(sign, 0, "F", True)


_DIGITS = "0123456789"


def _parse(text, st, cls=None):
    s = text.strip().replace("_", "")
    sign = 0
    i = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        i = 1
    body = s[i:]
    low = body.lower()
    if low in ("inf", "infinity"):
        return _new(sign, 0, "F", True, cls)
    if low.startswith("nan") or low.startswith("snan"):
        sig = low.startswith("s")
        digits = low[4:] if sig else low[3:]
        if digits == "" or (all(c in _DIGITS for c in digits)):
            return _new(sign, int(digits) if digits else 0, "N" if sig else "n", True, cls)
        st.add("ConversionSyntax")
        return _new(0, 0, "n", True, cls)
    mant, e_ch, expo = body, "", ""
    for k, ch in enumerate(body):
        if ch == "e" or ch == "E":
            mant, expo = body[:k], body[k + 1:]
            e_ch = ch
            break
    intpart, dot, frac = mant.partition(".")
    ok = (intpart or frac) and all(c in _DIGITS for c in intpart) and all(c in _DIGITS for c in frac)
    if ok and e_ch:
        ex = expo[1:] if expo[:1] in ("+", "-") else expo
        ok = ex != "" and all(c in _DIGITS for c in ex)
    if not ok:
        st.add("ConversionSyntax")
        return _new(0, 0, "n", True, cls)
    exp = int(expo) if e_ch else 0
    coef = int(intpart + frac) if (intpart + frac) else 0
    exp -= len(frac)
    if exp > MAX_EMAX * 2 or exp < MIN_ETINY * 2 or (exp + len((intpart + frac).lstrip("0") or "0") - 1) > MAX_EMAX:
        st.add("InvalidOperation")
        return _new(0, 0, "n", True, cls)
    return _new(sign, coef, exp, False, cls)


def _from_float(f, cls=None):
    if f != f:
        return _new(0, 0, "n", True, cls)
    sign = 1 if f < 0 or (f == 0 and str(f)[0] == "-") else 0
    if f in (float("inf"), float("-inf")):
        return _new(sign, 0, "F", True, cls)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k, False, cls)


def _fail(sym, a, b, reflected=False):
    """NotImplemented when the other operand may still handle the operation, else CPython's
    TypeError naming 'decimal.Decimal' (the C type's name)."""
    other = a if reflected else b
    t = type(other)
    if not reflected and t.__module__ not in ("builtins", "fractions") and not isinstance(other, Decimal):
        return NotImplemented
    def name(x):
        return "decimal.Decimal" if isinstance(x, Decimal) else type(x).__name__
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (sym, name(a), name(b)))


def _cv(other, strict=False, allow_float=False, context=None):
    """Convert an operand: Decimal and int exactly; others NotImplemented (or TypeError)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(1 if other < 0 else 0, abs(other), 0)
    if allow_float and isinstance(other, float):
        ctx = context if context is not None else getcontext()
        ctx.flags[FloatOperation] = True
        return _from_float(other)
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


# ---- rounding and finishing -----------------------------------------------------------------

def _drop_digits(sign, c, n, rounding):
    """Remove n >= 1 low digits of c with rounding; returns (new coefficient, inexact)."""
    if n > _ndigits(c) + 1:
        # everything goes and the remainder is below half a unit
        q = 0
        if rounding == ROUND_UP or rounding == ROUND_05UP:
            return 1, True
        if rounding == ROUND_CEILING:
            return (0 if sign else 1), True
        if rounding == ROUND_FLOOR:
            return (1 if sign else 0), True
        return 0, True
    p = 10 ** n
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        h = p >> 1
        up = r > h or (r == h and (q & 1))
    elif rounding == ROUND_HALF_UP:
        up = r >= (p >> 1)
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_DOWN:
        up = r > (p >> 1)
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _overflow(sign, ctx, st, rounding=None):
    st.add("Overflow")
    st.add("Inexact")
    st.add("Rounded")
    r = rounding or ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
        return _inf(sign)
    if r == ROUND_CEILING and not sign or r == ROUND_FLOOR and sign:
        return _inf(sign)
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _fix(sign, c, e, ctx, st, rounding=None):
    prec = ctx.prec
    Etiny = ctx.Emin - prec + 1
    Etop = ctx.Emax - prec + 1
    if c == 0:
        top = Etop if ctx.clamp else ctx.Emax
        ne = e
        if ne < Etiny:
            ne = Etiny
        if ne > top:
            ne = top
        if ne != e:
            st.add("Clamped")
        return _new(sign, 0, ne)
    nd = _ndigits(c)
    emin = nd + e - prec
    if emin > Etop:
        return _overflow(sign, ctx, st, rounding)
    sub = emin < Etiny
    if sub:
        emin = Etiny
    if e < emin:
        c, inexact = _drop_digits(sign, c, emin - e, rounding or ctx.rounding)
        if c and _ndigits(c) > prec:
            c //= 10
            emin += 1
            if emin > Etop:
                return _overflow(sign, ctx, st, rounding)
        if sub:
            st.add("Subnormal")
            if inexact:
                st.add("Underflow")
        if inexact:
            st.add("Inexact")
        st.add("Rounded")
        if c == 0:
            st.add("Clamped")
        return _new(sign, c, emin)
    if sub:
        st.add("Subnormal")
    if ctx.clamp == 1 and e > Etop:
        st.add("Clamped")
        return _new(sign, c * 10 ** (e - Etop), Etop)
    return _new(sign, c, e)


def _finish(sign, c, e, ctx, st=None, rounding=None):
    if st is None:
        st = set()
    d = _fix(sign, c, e, ctx, st, rounding)
    ctx._signal(st)
    return d


def _fix_nan(d, ctx):
    # a NaN payload longer than prec - clamp digits is dropped
    if d._int and _ndigits(d._int) > ctx.prec - ctx.clamp:
        return _new(d._sign, 0, d._exp, True)
    return d


def _nans(a, b, ctx):
    """NaN propagation: the first signaling NaN (quieted, InvalidOperation), else the first NaN."""
    for x in (a, b):
        if x is not None and x._exp == "N":
            ctx._signal({"InvalidOperation"})
            return _fix_nan(_new(x._sign, x._int, "n", True), ctx)
    for x in (a, b):
        if x is not None and x._exp == "n":
            return _fix_nan(x, ctx)
    return None


def _invalid(ctx, cond="InvalidOperation"):
    ctx._signal({cond})
    return _new(0, 0, "n", True)


# ---- Decimal ------------------------------------------------------------------------------

class Decimal(object):
    __slots__ = ("_sign", "_int", "_exp", "_is_special")

    def __new__(cls, value="0", context=None):
        if isinstance(value, str):
            st = set()
            d = _parse(value, st, cls)
            if st:
                (context if context is not None else getcontext())._signal(st)
            return d
        if isinstance(value, int):
            return _new(1 if value < 0 else 0, abs(value), 0, False, cls)
        if isinstance(value, Decimal):
            if type(value) is cls:
                return value
            return _new(value._sign, value._int, value._exp, value._is_special, cls)
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx.flags[FloatOperation] = True
            if ctx.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            return _from_float(value, cls)
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1) or isinstance(sign, bool) or not isinstance(sign, int):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if exp == "F":
                return _new(sign, 0, "F", True, cls)
            if isinstance(digits, list):
                digits = tuple(digits)
            if not isinstance(digits, tuple):
                raise ValueError("coefficient must be a tuple of digits")
            coef = 0
            for dg in digits:
                if not isinstance(dg, int) or isinstance(dg, bool) and False or not 0 <= dg <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coef = coef * 10 + dg
            if exp in ("n", "N"):
                return _new(sign, coef, exp, True, cls)
            if isinstance(exp, str):
                raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            return _new(sign, coef, exp, False, cls)
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        d = _from_float(f)
        return d if cls is Decimal else cls(d)

    # ---- string forms ----
    def __str__(self, eng=False, context=None):
        if context is None:
            context = getcontext()
        sign = "-" if self._sign else ""
        if self._is_special:
            if self._exp == "F":
                return sign + "Infinity"
            tail = str(self._int) if self._int else ""
            return sign + ("sNaN" if self._exp == "N" else "NaN") + tail
        digits = str(self._int)
        exp = self._exp
        left = exp + len(digits)
        if exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            ip = "0"
            fp = "." + "0" * (-dot) + digits
        elif dot >= len(digits):
            ip = digits + "0" * (dot - len(digits))
            fp = ""
        else:
            ip = digits[:dot]
            fp = "." + digits[dot:]
        if left == dot:
            ex = ""
        else:
            ex = ("E" if context.capitals else "e") + "%+d" % (left - dot)
        return sign + ip + fp + ex

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # ---- predicates and parts ----
    def is_nan(self):
        return self._exp == "n" or self._exp == "N"

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_infinite(self):
        return self._exp == "F"

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + (_ndigits(self._int) if self._int else 1) - 1

    def as_tuple(self):
        if self._exp == "F":
            digits = (0,)
        elif self._is_special and self._int == 0:
            digits = ()
        else:
            digits = tuple(int(ch) for ch in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self._int:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** (-self._exp)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def radix(self):
        return Decimal(10)

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _cv(other, True)
        return _new(other._sign, self._int, self._exp, self._is_special)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def number_class(self, context=None):
        if context is None:
            context = getcontext()
        if self._exp == "N":
            return "sNaN"
        if self._exp == "n":
            return "NaN"
        s = "-" if self._sign else "+"
        if self._exp == "F":
            return s + "Infinity"
        if self._int == 0:
            return s + "Zero"
        if self.adjusted() < context.Emin:
            return s + "Subnormal"
        return s + "Normal"

    def same_quantum(self, other, context=None):
        other = _cv(other, True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # ---- conversions ----
    def __bool__(self):
        return self._is_special or self._int != 0

    def _to_int(self, rounding):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _drop_digits(self._sign, self._int, -self._exp, rounding)
        return -n if self._sign else n

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_new(0, 1, -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return self._to_int(ROUND_HALF_EVEN)

    def __float__(self):
        if self._is_special:
            if self._exp == "N":
                raise ValueError("cannot convert signaling NaN to float")
            if self._exp == "n":
                return float("-nan") if self._sign else float("nan")
            return float("-inf") if self._sign else float("inf")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        if self._is_special:
            if self._exp == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == "n":
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        P = 2305843009213693951
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, P) % P
        else:
            h = self._int * pow(pow(10, P - 2, P), -self._exp, P) % P
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # ---- comparisons ----
    def _cmp(self, other):
        # both non-NaN; returns -1, 0, 1
        if self._is_special or other._is_special:
            a = 0 if not self.is_infinite() else (-1 if self._sign else 1)
            b = 0 if not other.is_infinite() else (-1 if other._sign else 1)
            if a or b:
                if a == b:
                    return 0
                if a and b:
                    return -1 if a < b else 1
                if a:
                    return a
                return -b
        if not self._int:
            if not other._int:
                return 0
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        a1, a2 = self.adjusted(), other.adjusted()
        if a1 != a2:
            r = 1 if a1 > a2 else -1
        else:
            e = min(self._exp, other._exp)
            x = self._int * 10 ** (self._exp - e)
            y = other._int * 10 ** (other._exp - e)
            r = (x > y) - (x < y)
        return -r if self._sign else r

    def _compare_prep(self, other, equality):
        if isinstance(other, float):
            ctx = getcontext()
            ctx.flags[FloatOperation] = True
            if not equality and ctx.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            return _from_float(other)
        if isinstance(other, complex) and equality:
            if other.imag == 0:
                return _from_float(other.real)
            return None
        o = _cv(other)
        if o is NotImplemented:
            try:
                from fractions import Fraction
            except ImportError:
                return o
            if isinstance(other, Fraction):
                return other
            return o
        return o

    def __eq__(self, other, context=None):
        o = self._compare_prep(other, True)
        if o is NotImplemented:
            return o
        if o is None:
            return False
        if not isinstance(o, Decimal):
            return self._frac_cmp(o) == 0
        if self.is_nan() or o.is_nan():
            if self._exp == "N" or o._exp == "N":
                getcontext()._signal({"InvalidOperation"})
            return False
        return self._cmp(o) == 0

    def __ne__(self, other, context=None):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _frac_cmp(self, frac):
        if self._is_special:
            if self.is_nan():
                return None
            return -1 if self._sign else 1
        n, d = self.as_integer_ratio()
        a = n * frac.denominator
        b = frac.numerator * d
        return (a > b) - (a < b)

    def _order(self, other, op):
        o = self._compare_prep(other, False)
        if o is NotImplemented:
            if type(other).__module__ == "builtins":
                raise TypeError("'%s' not supported between instances of 'decimal.Decimal' and '%s'"
                                % (("<", "<=", ">", ">=")[op], type(other).__name__))
            return o
        if not isinstance(o, Decimal):
            r = self._frac_cmp(o)
            if r is None:
                getcontext()._signal({"InvalidOperation"})
                return False
        else:
            if self.is_nan() or o.is_nan():
                getcontext()._signal({"InvalidOperation"})
                return False
            r = self._cmp(o)
        if op == 0:
            return r < 0
        if op == 1:
            return r <= 0
        if op == 2:
            return r > 0
        return r >= 0

    def __lt__(self, other, context=None):
        return self._order(other, 0)

    def __le__(self, other, context=None):
        return self._order(other, 1)

    def __gt__(self, other, context=None):
        return self._order(other, 2)

    def __ge__(self, other, context=None):
        return self._order(other, 3)

    def compare(self, other, context=None):
        if context is None:
            context = getcontext()
        other = _cv(other, True)
        n = _nans(self, other, context)
        if n is not None:
            return n
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        if context is None:
            context = getcontext()
        other = _cv(other, True)
        if self.is_nan() or other.is_nan():
            return _invalid(context)
        return self.compare(other, context)

    def compare_total(self, other, context=None):
        other = _cv(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        def rank(x):
            return {"N": 2, "n": 3, "F": 1}.get(x._exp, 0) if x._is_special else 0
        ra, rb = rank(self), rank(other)
        if ra != rb or ra >= 2:
            if ra == rb:
                r = (self._int > other._int) - (self._int < other._int)
            else:
                r = 1 if ra > rb else -1
        else:
            r = self._cmp(other)
            if r == 0 and not self._is_special:
                r = (self._exp > other._exp) - (self._exp < other._exp)
        if self._sign:
            r = -r
        return Decimal(r)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_cv(other, True).copy_abs())

    def _minmax(self, other, context, want_max, mag=False):
        if context is None:
            context = getcontext()
        other = _cv(other, True)
        sn, on = self.is_nan(), other.is_nan()
        if sn or on:
            if self._exp == "N" or other._exp == "N":
                return _nans(self, other, context)
            if sn and not on:
                return _finish_any(other, context)
            if on and not sn:
                return _finish_any(self, context)
            return _nans(self, other, context)
        a, b = (self.copy_abs(), other.copy_abs()) if mag else (self, other)
        c = a._cmp(b)
        if c == 0:
            c = self.compare_total(other)._cmp_int()
        pick = self if (c > 0) == want_max else other
        if c == 0:
            pick = self
        return _finish_any(pick, context)

    def _cmp_int(self):
        return -1 if self._sign and self._int else (1 if self._int else 0)

    def max(self, other, context=None):
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        return self._minmax(other, context, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    # ---- unary ----
    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            n = _nans(self, None, context)
            return n if n is not None else self
        sign = self._sign
        if not self._int and context.rounding != ROUND_FLOOR:
            sign = 0
        return _finish(sign, self._int, self._exp, context)

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            n = _nans(self, None, context)
            return n if n is not None else self.copy_negate()
        sign = 1 - self._sign
        if not self._int and context.rounding != ROUND_FLOOR:
            sign = 0
        return _finish(sign, self._int, self._exp, context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if context is None:
            context = getcontext()
        if self._is_special:
            n = _nans(self, None, context)
            return n if n is not None else self.copy_abs()
        return _finish(0, self._int, self._exp, context)

    # ---- binary arithmetic ----
    def __add__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('+', self, other_orig)
        if context is None:
            context = getcontext()
        return _add(self, other._sign, other, context)

    def __radd__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('+', other_orig, self, True)
        return other.__add__(self, context)

    def __sub__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('-', self, other_orig)
        if context is None:
            context = getcontext()
        return _add(self, 1 - other._sign, other, context)

    def __rsub__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('-', other_orig, self, True)
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('*', self, other_orig)
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            n = _nans(self, other, context)
            if n is not None:
                return n
            if self.is_infinite():
                if not other._is_special and not other._int:
                    return _invalid(context)
                return _inf(sign)
            if not self._int:
                return _invalid(context)
            return _inf(sign)
        return _finish(sign, self._int * other._int, self._exp + other._exp, context)

    def __rmul__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('*', other_orig, self, True)
        return other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('/', self, other_orig)
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            n = _nans(self, other, context)
            if n is not None:
                return n
            if self.is_infinite():
                if other.is_infinite():
                    return _invalid(context)
                return _inf(sign)
            # finite / infinity
            return _finish(sign, 0, context.Emin - context.prec + 1, context, {"Clamped"})
        if not other._int:
            if not self._int:
                return _invalid(context, "DivisionUndefined")
            context._signal({"DivisionByZero"})
            return _inf(sign)
        ideal = self._exp - other._exp
        if not self._int:
            return _finish(sign, 0, ideal, context)
        prec = context.prec
        a, b = self._int, other._int
        shift = _ndigits(b) - _ndigits(a) + prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(a * 10 ** shift, b)
        else:
            q, r = divmod(a, b * 10 ** (-shift))
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _finish(sign, q, exp, context)

    def __rtruediv__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('/', other_orig, self, True)
        return other.__truediv__(self, context)

    def _divint(self, other, context):
        """(quotient, remainder) of divide-integer/remainder, or a (NaN/inf) special result."""
        sign = self._sign ^ other._sign
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if q and _ndigits(q) > context.prec:
            return None
        return (sign, q), (self._sign, r, e)

    def __floordiv__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('//', self, other_orig)
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            n = _nans(self, other, context)
            if n is not None:
                return n
            if self.is_infinite():
                if other.is_infinite():
                    return _invalid(context)
                return _inf(sign)
            return _new(sign, 0, 0)
        if not other._int:
            if not self._int:
                return _invalid(context, "DivisionUndefined")
            context._signal({"DivisionByZero"})
            return _inf(sign)
        res = self._divint(other, context)
        if res is None:
            return _invalid(context, "DivisionImpossible")
        (sign, q), _ = res
        return _finish(sign, q, 0, context)

    def __rfloordiv__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('//', other_orig, self, True)
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('%', self, other_orig)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            n = _nans(self, other, context)
            if n is not None:
                return n
            if self.is_infinite():
                return _invalid(context)
            return _finish_any(self, context)
        if not other._int:
            if not self._int:
                return _invalid(context, "DivisionUndefined")
            return _invalid(context)
        res = self._divint(other, context)
        if res is None:
            return _invalid(context, "DivisionImpossible")
        _, (sign, r, e) = res
        return _finish(sign, r, e, context)

    def __rmod__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('%', other_orig, self, True)
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('divmod()', self, other_orig)
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            n = _nans(self, other, context)
            if n is not None:
                return n, n
            if self.is_infinite():
                if other.is_infinite():
                    x = _invalid(context)
                    return x, x
                return _inf(sign), _invalid(context)
            return _new(sign, 0, 0), _finish_any(self, context)
        if not other._int:
            if not self._int:
                x = _invalid(context, "DivisionUndefined")
                return x, x
            context._signal({"InvalidOperation", "DivisionByZero"})
            return _inf(sign), _new(0, 0, "n", True)
        res = self._divint(other, context)
        if res is None:
            x = _invalid(context, "DivisionImpossible")
            return x, x
        (qs, q), (rs, r, e) = res
        st = set()
        qd = _fix(qs, q, 0, context, st)
        rd = _fix(rs, r, e, context, st)
        context._signal(st)
        return qd, rd

    def __rdivmod__(self, other, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('divmod()', other_orig, self, True)
        return other.__divmod__(self, context)

    def remainder_near(self, other, context=None):
        if context is None:
            context = getcontext()
        other = _cv(other, True)
        if self._is_special or other._is_special:
            n = _nans(self, other, context)
            if n is not None:
                return n
            if self.is_infinite():
                return _invalid(context)
            return _finish_any(self, context)
        if not other._int:
            return _invalid(context, "DivisionUndefined" if not self._int else "InvalidOperation")
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if 2 * r + (q & 1) > b:
            r -= b
            q += 1
        if q and _ndigits(q) > context.prec:
            return _invalid(context, "DivisionImpossible")
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _finish(sign, r, e, context)

    def __pow__(self, other, modulo=None, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('** or pow()', self, other_orig)
        if context is None:
            context = getcontext()
        if modulo is not None:
            return _powmod(self, other, _cv(modulo, True), context)
        return _power(self, other, context)

    def __rpow__(self, other, modulo=None, context=None):
        other_orig = other
        other = _cv(other)
        if other is NotImplemented:
            return _fail('** or pow()', other_orig, self, True)
        return other.__pow__(self, modulo, context)

    def fma(self, other, third, context=None):
        if context is None:
            context = getcontext()
        other = _cv(other, True)
        third = _cv(third, True)
        if self._is_special or other._is_special:
            n = _nans(self, other, context)
            if n is not None:
                return n
            big = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
            product = self.__mul__(other, big)
            if product.is_nan():
                context._signal({"InvalidOperation"})
                return product
        else:
            product = _new(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return product.__add__(third, context)

    # ---- other operations ----
    def quantize(self, exp, rounding=None, context=None):
        exp = _cv(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            n = _nans(self, exp, context)
            if n is not None:
                return n
            if self.is_infinite() and exp.is_infinite():
                return self
            return _invalid(context)
        e = exp._exp
        if not (context.Emin - context.prec + 1 <= e <= context.Emax):
            return _invalid(context)
        if not self._int:
            return _finish(self._sign, 0, e, context)
        st = set()
        if self._exp >= e:
            c = self._int * 10 ** (self._exp - e)
        else:
            c, inexact = _drop_digits(self._sign, self._int, e - self._exp, rounding)
            st.add("Rounded")
            if inexact:
                st.add("Inexact")
        if c and _ndigits(c) > context.prec:
            return _invalid(context)
        if c and e + _ndigits(c) - 1 > context.Emax:
            return _invalid(context)
        if c and e + _ndigits(c) - 1 < context.Emin:
            st.add("Subnormal")
            if "Inexact" in st:
                st.add("Underflow")
        context._signal(st)
        return _new(self._sign, c, e)

    def _rescale(self, e, rounding):
        if self._is_special:
            return self
        if not self._int:
            return _new(self._sign, 0, e)
        if self._exp >= e:
            return _new(self._sign, self._int * 10 ** (self._exp - e), e)
        c, _ = _drop_digits(self._sign, self._int, e - self._exp, rounding)
        return _new(self._sign, c, e)

    def _round_digits(self, places, rounding, pad=False):
        # round to `places` significant digits (no context); pad: also extend with zeros
        nd = _ndigits(self._int) if self._int else 1
        if nd <= places and not pad:
            return self
        d = self._rescale(self._exp + nd - places, rounding)
        if d._int and _ndigits(d._int) > places:
            d = d._rescale(d._exp + 1, rounding)
        return d

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            n = _nans(self, None, context)
            return n if n is not None else self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            n = _nans(self, None, context)
            return n if n is not None else self
        if self._exp >= 0:
            return self
        if not self._int:
            return _new(self._sign, 0, 0)
        c, inexact = _drop_digits(self._sign, self._int, -self._exp, rounding or context.rounding)
        st = {"Rounded"}
        if inexact:
            st.add("Inexact")
        context._signal(st)
        return _new(self._sign, c, 0)

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            n = _nans(self, None, context)
            return n if n is not None else self
        d = _finish(self._sign, self._int, self._exp, context)
        if d._is_special:
            return d
        if not d._int:
            return _new(d._sign, 0, 0)
        c, e = d._int, d._exp
        top = context.Emax - context.prec + 1 if context.clamp else context.Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _new(d._sign, c, e)

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            n = _nans(self, None, context)
            if n is not None:
                return n
            if self._sign:
                return _invalid(context)
            return self
        ideal = self._exp >> 1
        if not self._int:
            return _new(self._sign, 0, ideal)
        if self._sign:
            return _invalid(context)
        prec = context.prec
        c, e = self._int, self._exp
        if e & 1:
            c *= 10
            e -= 1
        # scale so that the root has at least prec + 1 digits
        k = prec + 1 - (_ndigits(c) + 1) // 2
        if k > 0:
            c *= 100 ** k
        else:
            k = 0
        q = _math.isqrt(c)
        exact = q * q == c
        exp = e // 2 - k
        if not exact:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _finish(0, q, exp, context, rounding=ROUND_HALF_EVEN)

    def exp(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            n = _nans(self, None, context)
            if n is not None:
                return n
            return _new(0, 0, 0) if self._sign else self
        if not self._int:
            return _new(0, 1, 0)
        return _exp_dec(self, context)

    def ln(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            n = _nans(self, None, context)
            if n is not None:
                return n
            if self._sign:
                return _invalid(context)
            return self
        if not self._int:
            return _inf(1)
        if self._sign:
            return _invalid(context)
        if self._int * 10 ** max(self._exp, 0) == 10 ** max(-self._exp, 0) and self._cmp(_new(0, 1, 0)) == 0:
            return _new(0, 0, 0)
        return _ln_dec(self, context)

    def log10(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            n = _nans(self, None, context)
            if n is not None:
                return n
            if self._sign:
                return _invalid(context)
            return self
        if not self._int:
            return _inf(1)
        if self._sign:
            return _invalid(context)
        # exact powers of ten give exact integers
        s = str(self._int)
        if s[0] == "1" and s[1:] == "0" * (len(s) - 1):
            return _finish_any(Decimal(len(s) - 1 + self._exp), context)
        return _ln_dec(self, context, True)

    def logb(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            n = _nans(self, None, context)
            if n is not None:
                return n
            return _inf(0)
        if not self._int:
            context._signal({"DivisionByZero"})
            return _inf(1)
        return _finish_any(Decimal(self.adjusted()), context)

    def scaleb(self, other, context=None):
        if context is None:
            context = getcontext()
        other = _cv(other, True)
        n = _nans(self, other, context)
        if n is not None:
            return n
        if other._exp != 0 or other._is_special:
            return _invalid(context)
        if self._is_special:
            return self
        k = int(other)
        return _finish(self._sign, self._int, self._exp + k, context)

    # ---- digit-wise operations (General Decimal Arithmetic: shift, rotate, logical ops) ----
    def _shift_amount(self, other, context):
        """(other as int, or None with the result to return) for shift/rotate."""
        other = _cv(other, True)
        n = _nans(self, other, context)
        if n is not None:
            return None, n
        if other._is_special or other._exp != 0 or not -context.prec <= int(other) <= context.prec:
            return None, _invalid(context)
        return int(other), None

    def shift(self, other, context=None):
        if context is None:
            context = getcontext()
        k, r = self._shift_amount(other, context)
        if r is not None:
            return r
        if self._is_special:
            return self
        m = 10 ** context.prec
        c = self._int % m            # the coefficient as prec digits
        c = (c * 10 ** k) % m if k >= 0 else c // 10 ** -k
        return _new(self._sign, c, self._exp)

    def rotate(self, other, context=None):
        if context is None:
            context = getcontext()
        k, r = self._shift_amount(other, context)
        if r is not None:
            return r
        if self._is_special:
            return self
        p = context.prec
        digits = str(self._int % 10 ** p).rjust(p, '0')
        k %= p if p else 1
        rotated = digits[k:] + digits[:k]
        return _new(self._sign, int(rotated), self._exp)

    def _logical_digits(self, context):
        """The operand's coefficient as prec binary digits, or None if it is not a logical operand
        (finite, sign 0, exponent 0, digits 0/1 only)."""
        if self._is_special or self._sign or self._exp != 0:
            return None
        d = str(self._int)
        if d.strip('01'):
            return None
        p = context.prec
        return d.rjust(p, '0')[-p:] if p else ''

    def _logical(self, other, context, op):
        if context is None:
            context = getcontext()
        other = _cv(other, True)
        a = self._logical_digits(context)
        b = other._logical_digits(context)
        if a is None or b is None:
            return _invalid(context)
        out = ''.join(str(op(int(x), int(y))) for x, y in zip(a, b))
        return _new(0, int(out or '0'), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        if context is None:
            context = getcontext()
        return self._logical(_new(0, int('1' * context.prec or '0'), 0), context, lambda x, y: x ^ y)

    def next_toward(self, other, context=None):
        if context is None:
            context = getcontext()
        other = _cv(other, True)
        n = _nans(self, other, context)
        if n is not None:
            return n
        c = self.compare(other)
        if not c:
            return self.copy_sign(other)
        r = _next(self, context, 1 if c == -1 else -1)
        # libmpdec signals Overflow/Underflow for results that leave the normal range
        if r._is_special:
            context._signal({"Overflow", "Inexact", "Rounded"})
        elif r and r.adjusted() < context.Emin:
            context._signal({"Underflow", "Subnormal", "Inexact", "Rounded"})
            if not r._int:
                context._signal({"Clamped"})
        return r

    def next_plus(self, context=None):
        if context is None:
            context = getcontext()
        return _next(self, context, 1)

    def next_minus(self, context=None):
        if context is None:
            context = getcontext()
        return _next(self, context, -1)


def _finish_any(d, ctx):
    if d._is_special:
        return d
    return _finish(d._sign, d._int, d._exp, ctx)


def _next(d, ctx, direction):
    if d._is_special:
        n = _nans(d, None, ctx)
        if n is not None:
            return n
        if (d._sign == 0) == (direction > 0):
            return d
        return _new(d._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    c = Context(prec=ctx.prec, Emin=ctx.Emin, Emax=ctx.Emax, clamp=ctx.clamp, traps=[],
                rounding=ROUND_CEILING if direction > 0 else ROUND_FLOOR)
    tiny = _new(0 if direction > 0 else 1, 1, ctx.Emin - ctx.prec - 1)
    r = d.__add__(tiny, c)
    return r


def _add(a, bsign, b, ctx):
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n is not None:
            return n
        if a.is_infinite():
            if b.is_infinite() and a._sign != bsign:
                return _invalid(ctx)
            return a
        return _inf(bsign)
    e = min(a._exp, b._exp)
    if not a._int or not b._int:
        if not a._int and not b._int:
            if a._sign == bsign:
                sign = a._sign
            else:
                sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _finish(sign, 0, e, ctx)
        if not a._int:
            ex = max(e, b._exp - ctx.prec - 1) if False else e
            return _finish(bsign, b._int * 10 ** (b._exp - e), e, ctx)
        return _finish(a._sign, a._int * 10 ** (a._exp - e), e, ctx)
    x, xs, xe = a._int, a._sign, a._exp
    y, ys, ye = b._int, bsign, b._exp
    # when one operand is far below the other's last useful digit, replace it by a sticky 1
    if xe < ye:
        x, xs, xe, y, ys, ye = y, ys, ye, x, xs, xe
    lim = xe + min(-1, _ndigits(x) - ctx.prec - 2)
    if _ndigits(y) + ye - 1 < lim:
        y = 1
        ye = lim
    e = ye if ye < xe else xe
    x = x * 10 ** (xe - e)
    y = y * 10 ** (ye - e)
    vx = -x if xs else x
    vy = -y if ys else y
    v = vx + vy
    if v == 0:
        return _finish(1 if ctx.rounding == ROUND_FLOOR else 0, 0, e, ctx)
    return _finish(1 if v < 0 else 0, abs(v), e, ctx)


def _as_int(d):
    """The integer value of a finite integral Decimal, else None."""
    if d._is_special:
        return None
    if d._exp >= 0:
        return -(d._int * 10 ** d._exp) if d._sign else d._int * 10 ** d._exp
    p = 10 ** (-d._exp)
    if d._int % p:
        return None
    v = d._int // p
    return -v if d._sign else v


_EXP_INF = 3 * MAX_EMAX


def _pow_bounds_zeta(x):
    # a lower bound of log10(|log10(x)|) for x > 0, x != 1 (libmpdec's reasoning)
    t = x.adjusted()
    if t > 0:
        return len(str(t)) - 1
    if t < -1:
        return len(str(-(t + 1))) - 1
    e = min(x._exp, 0)
    diff = x._int * 10 ** (x._exp - e) - 10 ** (-e)
    u = _new(0, abs(diff), e).adjusted()
    return u - 2 if t == 0 else u - 1


def _power(a, b, ctx):
    """a ** b as libmpdec computes it (so results and flags agree with CPython's C decimal)."""
    if a._is_special or b._is_special:
        n = _nans(a, b, ctx)
        if n is not None:
            return n
    n = _as_int(b)
    sign = 1 if (a._sign and n is not None and n & 1) else 0
    if not a._is_special and not a._int:
        if not b._is_special and not b._int:
            return _invalid(ctx)
        if b._sign:
            return _inf(sign)
        return _new(sign, 0, 0)
    if a._sign and (n is None or b._is_special):
        return _invalid(ctx)
    if b._is_special:  # infinite exponent
        c = a._cmp(_new(0, 1, 0))
        if c == 0:
            ctx._signal({"Inexact", "Rounded"})
            return _new(sign, 10 ** (ctx.prec - 1), -(ctx.prec - 1))
        if b._sign:
            c = -c
        return _new(sign, 0, 0) if c < 0 else _inf(sign)
    if a._is_special:  # infinite base
        if not b._int:
            return _new(sign, 1, 0)
        if b._sign:
            return _new(sign, 0, 0)
        return _inf(sign)
    if not b._int:
        return _new(sign, 1, 0)
    # |a| == 1
    if a.copy_abs()._cmp(_new(0, 1, 0)) == 0:
        if n is not None:
            if n < 0:
                return _new(sign, 1, 0)
            shift = n * (-a._exp)
            st = set()
            if shift > ctx.prec - 1:
                shift = ctx.prec - 1
                st.add("Rounded")
            ctx._signal(st)
            return _new(sign, 10 ** shift, -shift)
        ctx._signal({"Inexact", "Rounded"})
        return _new(sign, 10 ** (ctx.prec - 1), -(ctx.prec - 1))
    # certain overflow / underflow
    zeta = _pow_bounds_zeta(a.copy_abs())
    theta = b.adjusted()
    if (a.adjusted() < 0) == bool(b._sign):
        if len(str(ctx.Emax)) < zeta + theta:
            return _finish(sign, 1, _EXP_INF, ctx)
    else:
        etiny = ctx.Emin - ctx.prec + 1
        if len(str(abs(etiny))) < zeta + theta:
            return _finish(sign, 1, etiny - 1, ctx)
    if n is not None:
        return _pow_int(a, b, n, sign, ctx)
    return _pow_real(a, b, ctx)


def _pow_int(a, b, n, sign, ctx):
    # square-and-multiply at prec + digits(n) + 2 with ROUND_HALF_EVEN, then one final rounding
    work = Context(prec=ctx.prec + (_ndigits(b._int) + b._exp) + 2, rounding=ROUND_HALF_EVEN,
                   Emin=ctx.Emin, Emax=ctx.Emax, clamp=0, traps=[])
    base = a
    if n < 0:
        work.prec += 1
        base = _new(0, 1, 0).__truediv__(a, work)
        n = -n
    r = base
    bits = bin(n)[3:]
    for bit in bits:
        r = r.__mul__(r, work)
        if bit == "1":
            r = r.__mul__(base, work)
        if r._is_special or (not r._int and work.flags[Clamped]):
            break
    st = set()
    for c in _COND_ORDER:
        if c in _COND_SIGNAL and work.flags[_COND_SIGNAL[c]] and c not in _COND_CLASS:
            st.add(c)
    if work.flags[InvalidOperation]:
        st.add("InvalidOperation")
    if r.is_infinite():
        return _finish(sign, 1, _EXP_INF, ctx, st)
    if r._is_special:
        ctx._signal(st)
        return r
    return _finish(sign, r._int, r._exp, ctx, st)


def _pow_real(a, b, ctx):
    # exp(b * ln(a)) at max(digits(a), prec) + 23 digits with ROUND_HALF_EVEN, then one rounding
    wp = max(_ndigits(a._int), ctx.prec) + 4 + 19
    work = Context(prec=wp, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
    t = a.ln(work)
    t = t.__mul__(b, work)
    r = t.exp(work)
    st = {"Inexact", "Rounded"}
    if work.flags[InvalidOperation]:
        st.add("InvalidOperation")
    if r.is_infinite():
        return _finish(0, 1, _EXP_INF, ctx, st)
    if r._is_special:
        ctx._signal(st)
        return r
    if r._cmp(_new(0, 1, 0)) == 0:
        return _finish(0, 10 ** (ctx.prec - 1), -(ctx.prec - 1), ctx, st)
    return _finish(r._sign, r._int, r._exp, ctx, st)


def _with_sign_method(self, sign):
    if self._is_special and self._exp != "F":
        return self
    return _new(sign, self._int, self._exp, self._is_special)


Decimal._with_sign = _with_sign_method


def _powmod(a, b, m, ctx):
    n = _nans(a, b, ctx) if (a._is_special or b._is_special) else None
    if n is None and m._is_special:
        n = _nans(m, None, ctx)
    if n is not None:
        return n
    ai, bi, mi = _as_int(a), _as_int(b), _as_int(m)
    if ai is None or bi is None or mi is None or bi < 0 or mi == 0:
        return _invalid(ctx)
    if max(_ndigits(abs(mi)) if mi else 1, 1) > ctx.prec:
        return _invalid(ctx)
    if ai == 0 and bi == 0:
        return _invalid(ctx)
    r = pow(abs(ai), bi, abs(mi))
    sign = 1 if (ai < 0 and bi & 1) else 0
    return _new(sign, r, 0)


# ---- transcendental functions ----------------------------------------------------------
# Values are fixed-point integers: V stands for V / 10**W. Each function is computed with W
# digits, and recomputed with more when the rounding of the result would be ambiguous (Ziv).

def _atanh_sum(Z, one):
    # atanh(Z/one) * one for |Z/one| <= ~0.34
    if Z < 0:
        return -_atanh_sum(-Z, one)
    z2 = Z * Z // one
    term = Z
    total = 0
    i = 1
    while term:
        total += term // i
        term = term * z2 // one
        i += 2
    return total


_ln_cache = {}


def _ln2_10(W):
    """(ln 2, ln 10) at scale 10**W."""
    r = _ln_cache.get(W)
    if r is None:
        one = 10 ** (W + 8)
        l2 = 2 * _atanh_sum(one // 3, one)            # ln 2 = 2 atanh(1/3)
        l54 = 2 * _atanh_sum(one // 9, one)           # ln 5/4 = 2 atanh(1/9)
        r = (l2 // 10 ** 8, (3 * l2 + l54) // 10 ** 8)
        _ln_cache[W] = r
    return r


def _ln_fix(c, e, W):
    """ln(c * 10**e) at scale 10**W (c > 0), absolute error a few units."""
    nd = _ndigits(c)
    k = e + nd - 1               # c * 10**e = m * 10**k, m in [1, 10)
    G = W + 8
    one = 10 ** G
    if G >= nd - 1:
        M = c * 10 ** (G - nd + 1)
    else:
        M = c // 10 ** (nd - 1 - G)
    j = 0
    while M >= one * 3 // 2:
        M = (M + 1) >> 1
        j += 1
    lnm = 2 * _atanh_sum((M - one) * one // (M + one), one)
    l2, l10 = _ln2_10(G)
    r = lnm + j * l2 + k * l10
    return r // 10 ** 8 if r >= 0 else -((-r) // 10 ** 8)


def _exp_fix(Y, W):
    """exp(Y / 10**W) as (M, k): approximately M * 10**(k - W) with 10**W <= M < 10**(W+1)."""
    G = W + 10
    X = Y * 10 ** 10
    kd = len(str(abs(Y) // 10 ** W)) + 2
    l2, l10 = _ln2_10(G + kd)
    l10 = l10 // 10 ** kd
    k = X // l10
    R = X - k * l10                 # in [0, ln 10)
    s = 12
    one = 10 ** G
    R >>= s
    term = one
    total = one
    i = 1
    while term:
        term = term * R // (one * i)
        total += term
        i += 1
    for _ in range(s):
        total = total * total // one
    M = total // 10 ** 10
    if M >= 10 ** (W + 1):
        M //= 10
        k += 1
    elif M < 10 ** W:
        M *= 10
        k -= 1
    return M, k


def _ambiguous(M, W, prec):
    # M has W+1 digits; is the part below the prec-th digit too close to a rounding boundary?
    drop = W + 1 - prec
    if drop < 6:
        return True
    unit = 10 ** drop
    t = M % unit
    err = 10 ** 4
    half = unit // 2
    return t < err or unit - t < err or abs(t - half) < err


def _from_approx(sign, M, exp, ctx, rounding=None):
    st = {"Inexact", "Rounded"}
    c = M * 10 + 1
    d = _fix(sign, c, exp - 1, ctx, st, rounding)
    ctx._signal(st)
    return d


def _exp_dec(d, ctx):
    prec = ctx.prec
    adj = d.adjusted()
    if adj < -(prec + 3):
        # exp(x) = 1 + x + ...: one sticky unit decides the rounding
        P = prec + 3
        c = 10 ** P + (-1 if d._sign else 1)
        return _finish(0, c, -P, ctx, {"Inexact", "Rounded"}, ROUND_HALF_EVEN)
    if adj > 19:
        st = set()
        if d._sign:
            st.update(("Inexact", "Rounded", "Subnormal", "Underflow", "Clamped"))
            r = _new(0, 0, ctx.Emin - ctx.prec + 1)
        else:
            r = _overflow(0, ctx, st, ROUND_HALF_EVEN)
        ctx._signal(st)
        return r
    xf = float(d)
    etiny = ctx.Emin - prec + 1
    if xf < (etiny - 2) * 2.302585092994046 - 1:
        st = set()
        r = _fix(0, 1, etiny - 2, ctx, st, ROUND_HALF_EVEN)
        st.update(("Inexact", "Rounded"))
        ctx._signal(st)
        return r
    if xf > (ctx.Emax + 2) * 2.302585092994046 + 1:
        st = set()
        r = _overflow(0, ctx, st, ROUND_HALF_EVEN)
        ctx._signal(st)
        return r
    W = prec + 10
    for _ in range(6):
        if d._exp >= -W:
            Y = d._int * 10 ** (d._exp + W)
        else:
            Y = d._int // 10 ** (-d._exp - W)
        if d._sign:
            Y = -Y
        M, k = _exp_fix(Y, W)
        if not _ambiguous(M, W, prec):
            break
        W += prec + 10
    return _from_approx(0, M, k - W, ctx, ROUND_HALF_EVEN)


def _ln_dec(d, ctx, base10=False):
    prec = ctx.prec
    W = prec + 10
    for _ in range(8):
        if base10:
            G = W + 5
            L = _ln_fix(d._int, d._exp, G) * 10 ** G // _ln2_10(G)[1]
            L = L // 10 ** 5 if L >= 0 else -((-L) // 10 ** 5)
        else:
            L = _ln_fix(d._int, d._exp, W)
        a = abs(L)
        nd = _ndigits(a) if a else 0
        if nd < prec + 8:
            W += prec + 8 - nd + 2
            continue
        # a has nd digits: treat as M (nd digits) with scale
        if not _ambiguous(a, nd - 1, prec):
            break
        W += prec + 10
    return _from_approx(1 if L < 0 else 0, a, -W, ctx, ROUND_HALF_EVEN)


# ---- formatting --------------------------------------------------------------------------

def _parse_spec(spec):
    i = 0
    n = len(spec)
    fill, align = " ", None
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == "z":
        no_neg_0 = True
        i += 1
    alt = False
    zero = False
    if i < n and spec[i] == "0":
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    thousands = ""
    if i < n and spec[i] == ",":
        thousands = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == ".":
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    if zero:
        if align is not None:
            raise ValueError("invalid format string")
        fill, align = "0", "="
    if align is None:
        align = ">"
    return fill, align, sign, no_neg_0, alt, width, thousands, precision, typ, zero


def _group(digits, sep, minwidth):
    # zero-pad to minwidth and insert the separator every three digits from the right
    if not sep:
        return digits.rjust(minwidth, "0")
    parts = []
    while True:
        size = min(max(len(digits), minwidth, 1), 3)
        parts.append(digits[-size:].rjust(size, "0") if digits else "0" * size)
        digits = digits[:-size] if len(digits) > size else ""
        minwidth -= size
        if not digits and minwidth <= 0:
            break
        minwidth -= len(sep)
    return sep.join(reversed(parts))


def _format(d, spec):
    ctx = getcontext()
    fill, align, sign, no_neg_0, alt, width, thousands, precision, typ, zero = _parse_spec(spec)
    if typ == "n":
        typ = "g"
    neg = d._sign == 1
    if d._is_special:
        body = "Infinity" if d._exp == "F" else ("sNaN" if d._exp == "N" else "NaN")
        if typ == "%":
            body += "%"
        if zero:
            fill, align = " ", ">"
        return _pad(neg, sign, body, fill, align, width, False)
    if typ is None:
        typ = "G" if ctx.capitals else "g"
        if precision is None:
            typ = None
    rounding = ctx.rounding
    if typ == "%":
        d = _new(d._sign, d._int, d._exp + 2)
    if precision is not None:
        if typ in ("e", "E"):
            if d._int:
                d = d._round_digits(precision + 1, rounding, True)
        elif typ in ("f", "F", "%"):
            d = d._rescale(-precision, rounding)
        elif typ in ("g", "G", None):
            if precision == 0:
                precision = 1
            nd = _ndigits(d._int) if d._int else 1
            if nd > precision:
                d = d._round_digits(precision, rounding)
    if not d._int and d._exp > 0 and typ in ("f", "F", "%"):
        d = d._rescale(0, rounding)
    if not d._int and no_neg_0:
        neg = False
    digits = str(d._int)
    left = d._exp + len(digits)
    if typ in ("e", "E"):
        if not d._int and precision is not None:
            dot = 1 - precision
        else:
            dot = 1
    elif typ in ("f", "F", "%"):
        dot = left
    else:
        if d._exp <= 0 and left > -6:
            dot = left
        else:
            dot = 1
    if dot < 0:
        ip = "0"
        fp = "0" * (-dot) + digits
    elif dot > len(digits):
        ip = digits + "0" * (dot - len(digits))
        fp = ""
    else:
        ip = digits[:dot] or "0"
        fp = digits[dot:]
    exp = left - dot
    if fp or alt:
        fp = "." + fp
    if exp != 0 or typ in ("e", "E"):
        ech = {"E": "E", "e": "e", "G": "E", "g": "e"}.get(typ, "E" if ctx.capitals else "e")
        fp += "%s%+d" % (ech, exp)
    if typ == "%":
        fp += "%"
    if zero and width is not None:
        signstr = "-" if neg else ("" if sign == "-" else sign)
        minw = width - len(fp) - len(signstr)
    else:
        minw = 0
    ip = _group(ip, thousands, minw)
    return _pad(neg, sign, ip + fp, fill, align, width, True)


def _pad(neg, sign, body, fill, align, width, numeric):
    s = "-" if neg else ("" if sign == "-" else sign)
    if width is None or len(s) + len(body) >= width:
        return s + body
    padn = width - len(s) - len(body)
    if align == "<":
        return s + body + fill * padn
    if align == ">":
        return fill * padn + s + body
    if align == "=":
        return s + fill * padn + body
    half = padn // 2
    return fill * half + s + body + fill * (padn - half)


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1,
                       clamp=0, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                          capitals=1, clamp=0, flags=[], traps=[])

import numbers as _numbers
_numbers.Number.register(Decimal)
