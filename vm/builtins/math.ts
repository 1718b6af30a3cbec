// The math module: argument conversion and CPython's error rules (math_1/math_2), integer functions
// over small and big ints; the float kernels that need care live in mathfloat.ts.
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, small_is, Float_is } from "../generated/kernel";
import { mkFloat, mkInt, mkBool, intVal, isSmallOrInt, exc, strLit } from "../rt/core";
import { raiseTypeError, raiseValueError, raiseLit } from "../rt/errors";
import * as E from "../objects/exceptions";
import { checkArgs, kwCount } from "../rt/args";
import { newBuiltinFn } from "../objects/type";
import { dictSet } from "../objects/dict";
import { intern } from "../objects/str";
import { newModule } from "./modules";
import { typeName } from "../ops";

import { factorial, bigGcd, bigIsqrt, intFromF64, intToF64, bigSign, bigFrexp, frexpExp } from "../objects/bigint";
function num(x: anyref): f64 {
  if (Float_is(x)) return K.Float_get_val(x);
  if (isSmallOrInt(x)) return <f64>intVal(x);
  if (K.BigInt_is(x)) return intToF64(x);
  // objects with __float__ (Fraction, Decimal-likes) or __index__
  const f = userDunder_(x, intern(strLit("__float__")));
  if (!is_null(f)) {
    const r = callObject1_(f, x);
    if (is_null(r)) return 0;
    if (Float_is(r)) return K.Float_get_val(r);
    const m = C.sbLen; sbStr_(typeName(x)); C.sbLit(".__float__ returned non-float (type "); sbStr_(typeName(r)); C.sbLit(")");
    raiseTypeError(C.sbTakeStr(m));
    return 0;
  }
  const ix = userDunder_(x, intern(strLit("__index__")));
  if (!is_null(ix)) {
    const r = callObject1_(ix, x);
    if (is_null(r)) return 0;
    if (isSmallOrInt(r)) return <f64>intVal(r);
    if (K.BigInt_is(r)) return intToF64(r);
  }
  const m = C.sbLen; C.sbLit("must be real number, not "); sbStr_(typeName(x));
  raiseTypeError(C.sbTakeStr(m));
  return 0;
}
import { userDunder as userDunder_ } from "../ops";
import { callObject1 as callObject1_ } from "../interp";
/** math.floor/ceil/trunc of an object that defines __floor__/__ceil__/__trunc__, else null (no exception). */
function viaDunder(v: anyref, name: string): anyref {
  if (Float_is(v) || isSmallOrInt(v) || K.BigInt_is(v)) return null;
  const f = userDunder_(v, intern(strLit(name)));
  if (is_null(f)) return null;
  return callObject1_(f, v);
}
function m_trunc(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!f1m("trunc", n, kw)) return null;
  const v = AnyArr_get(a, b);
  if (isSmallOrInt(v)) return mkInt(intVal(v));
  if (K.BigInt_is(v)) return v;
  if (Float_is(v)) {
    const x = K.Float_get_val(v);
    if (!isFinite(x)) return raiseLit(isNaN(x) ? E.ValueError : E.OverflowError, isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
    return intFromF64(Math.trunc(x));
  }
  const r = viaDunder(v, "__trunc__");
  if (!is_null(r) || !is_null(exc)) return r;
  const m = C.sbLen; C.sbLit("type "); sbStr_(typeName(v)); C.sbLit(" doesn't define __trunc__ method");
  return raiseTypeError(C.sbTakeStr(m));
}
function f1(name: string, n: i32, kw: anyref): bool { return checkArgs(name, n, kw, 1, 1); }
/** one-argument functions report their arity as math.<name>() (METH_O) */
function f1m(name: string, n: i32, kw: anyref): bool { return checkArgs("math." + name, n, kw, 1, 1); }
function domain(): anyref { return raiseValueError(strLit("math domain error")); }

function m_floor(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1m("floor", n, kw)) return null; const v = AnyArr_get(a, b); { const r = viaDunder(v, "__floor__"); if (!is_null(r) || !is_null(exc)) return r; } if (isSmallOrInt(v)) return mkInt(intVal(v)); if (K.BigInt_is(v)) return v; const x = num(v); if (!is_null(exc)) return null; if (!isFinite(x)) return raiseLit(isNaN(x) ? E.ValueError : E.OverflowError, isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer"); return intFromF64(Math.floor(x)); }
function m_ceil(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1m("ceil", n, kw)) return null; const v = AnyArr_get(a, b); { const r = viaDunder(v, "__ceil__"); if (!is_null(r) || !is_null(exc)) return r; } if (isSmallOrInt(v)) return mkInt(intVal(v)); if (K.BigInt_is(v)) return v; const x = num(v); if (!is_null(exc)) return null; if (!isFinite(x)) return raiseLit(isNaN(x) ? E.ValueError : E.OverflowError, isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer"); return intFromF64(Math.ceil(x)); }
function logk(x: f64, kind: i32): f64 { return kind == 0 ? Math.log(x) : kind == 1 ? Math.log2(x) : Math.log10(x); }
/** CPython's loghelper: ints too large for a float go through frexp. Check exc after calling. */
function logOf(v: anyref, kind: i32): f64 {
  if (K.BigInt_is(v)) {
    if (bigSign(v) < 0) { domain(); return 0; }
    const x = intToF64(v);
    if (is_null(exc)) return logk(x, kind);
    C.clearExc();
    const m = bigFrexp(v);
    return logk(m, kind) + logk(2.0, kind) * <f64>frexpExp;
  }
  const x = num(v); if (!is_null(exc)) return 0;
  if (x <= 0) { domain(); return 0; }
  return logk(x, kind);
}
function m_log(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (kwCount(kw) > 0) return raiseTypeError(strLit("log() takes no keyword arguments"));
  if (n < 1 || n > 2) return raiseTypeError(strLit("math.log requires 1 to 2 arguments"));
  let r = logOf(AnyArr_get(a, b), 0); if (!is_null(exc)) return null;
  if (n == 2) {
    const lb = logOf(AnyArr_get(a, b + 1), 0); if (!is_null(exc)) return null;
    if (lb == 0) return raiseLit(E.ZeroDivisionError, "float division by zero");
    r = r / lb;
  }
  return mkFloat(r);
}
function m_log2(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1m("log2", n, kw)) return null; const r = logOf(AnyArr_get(a, b), 1); if (!is_null(exc)) return null; return mkFloat(r); }
function m_log10(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1m("log10", n, kw)) return null; const r = logOf(AnyArr_get(a, b), 2); if (!is_null(exc)) return null; return mkFloat(r); }
function m_isnan(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1m("isnan", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; return mkBool(isNaN(x)); }
function m_isinf(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1m("isinf", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; return mkBool(!isFinite(x) && !isNaN(x)); }
function m_isfinite(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1m("isfinite", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; return mkBool(isFinite(x)); }
function gcd(x: i64, y: i64): i64 { if (x < 0) x = -x; if (y < 0) y = -y; while (y) { const t = x % y; x = y; y = t; } return x; }
function m_gcd(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  let g: anyref = mkInt(0);
  for (let i = 0; i < n; i++) {
    const v = AnyArr_get(a, b + i);
    if (!isSmallOrInt(v) && !K.BigInt_is(v)) return notInt(v);
    if (K.BigInt_is(v) || !small_is(g) && !K.Int_is(g) || intVal(v) == i64.MIN_VALUE || intVal(g) == i64.MIN_VALUE) g = bigGcd(g, v);
    else g = mkInt(gcd(intVal(g), intVal(v)));
    if (is_null(g)) return null;
  }
  return g;
}
function notInt(v: anyref): anyref {
  const m = C.sbLen; C.sbLit("'"); sbStr_(typeName(v)); C.sbLit("' object cannot be interpreted as an integer");
  return raiseTypeError(C.sbTakeStr(m));
}
import { sbStr as sbStr_ } from "../objects/str";
import * as C from "../rt/core";
function m_isqrt(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!f1m("isqrt", n, kw)) return null;
  const v = AnyArr_get(a, b);
  if (!isSmallOrInt(v) && !K.BigInt_is(v)) return notInt(v);
  if (K.BigInt_is(v) ? bigSign(v) < 0 : intVal(v) < 0) return raiseValueError(strLit("isqrt() argument must be nonnegative"));
  if (isSmallOrInt(v) && intVal(v) < (1 << 52)) return mkInt(<i64>Math.floor(Math.sqrt(<f64>intVal(v))));
  return bigIsqrt(v);
}
function m_factorial(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!f1m("factorial", n, kw)) return null;
  const v = AnyArr_get(a, b);
  if (K.BigInt_is(v)) return bigSign(v) < 0 ? raiseValueError(strLit("factorial() not defined for negative values")) : raiseLit(E.OverflowError, "factorial() argument should not exceed 9223372036854775807");
  if (!isSmallOrInt(v)) return notInt(v);
  const x = intVal(v);
  if (x < 0) return raiseValueError(strLit("factorial() not defined for negative values"));
  return factorial(x);
}

function m_modf(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!f1m("modf", n, kw)) return null;
  const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  let ip = Math.trunc(x), fp = x - ip;
  if (!isFinite(x)) { fp = isNaN(x) ? x : (x > 0 ? 0.0 : -0.0); ip = x; }
  else if (fp == 0) fp = x < 0 || (x == 0 && 1 / x < 0) ? -0.0 : 0.0;
  const t = K.AnyArr_new(2); K.AnyArr_set(t, 0, mkFloat(fp)); K.AnyArr_set(t, 1, mkFloat(ip));
  return tupleOf_(t);
}
import { tupleOf as tupleOf_ } from "../objects/type";


// ---- float functions with CPython's math_1/math_2 error rules ----
// math_1: a NaN from a non-NaN argument is a domain error; an infinity from a finite argument is a
// range error (OverflowError) for functions that can overflow, a domain error (singularity) otherwise.
type F1 = (x: f64) => f64;
function math1(name: string, a: anyref, b: i32, n: i32, kw: anyref, f: F1, canOverflow: bool): anyref {
  if (!f1m(name, n, kw)) return null;
  const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  const r = f(x);
  if (isNaN(r) && !isNaN(x)) return domain();
  if (!isFinite(r) && !isNaN(r) && isFinite(x)) return canOverflow ? raiseLit(E.OverflowError, "math range error") : domain();
  return mkFloat(r);
}
/** math_1a: the kernel reports errors itself (mathErr), as libm's errno */
function math1a(name: string, a: anyref, b: i32, n: i32, kw: anyref, f: F1): anyref {
  if (!f1m(name, n, kw)) return null;
  const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  F.mathErr = 0;
  const r = f(x);
  return errOr(r);
}
function errOr(r: f64): anyref {
  if (F.mathErr == 1) return domain();
  // ERANGE only counts as overflow for large results (underflow is not an error)
  if (F.mathErr == 2 && Math.abs(r) >= 1.5) return raiseLit(E.OverflowError, "math range error");
  return mkFloat(r);
}
function two(name: string, a: anyref, b: i32, n: i32, kw: anyref): bool {
  if (!checkArgs(name, n, kw, 2, 2)) return false;
  tx = num(AnyArr_get(a, b)); if (!is_null(exc)) return false;
  ty = num(AnyArr_get(a, b + 1)); return is_null(exc);
}
let tx: f64 = 0, ty: f64 = 0;
/** math_2: NaN from non-NaN arguments is a domain error, an infinity from finite ones a range error */
function math2Result(x: f64, y: f64, r: f64): anyref {
  if (isNaN(r) && !isNaN(x) && !isNaN(y)) return domain();
  if (!isFinite(r) && !isNaN(r) && isFinite(x) && isFinite(y)) return raiseLit(E.OverflowError, "math range error");
  return mkFloat(r);
}

function k_sqrt(x: f64): f64 { return Math.sqrt(x); }
function k_exp(x: f64): f64 { return Math.exp(x); }
function k_exp2(x: f64): f64 { return Math.pow(2.0, x); }
function k_expm1(x: f64): f64 { return Math.expm1(x); }
function k_sin(x: f64): f64 { return Math.sin(x); }
function k_cos(x: f64): f64 { return Math.cos(x); }
function k_tan(x: f64): f64 { return Math.tan(x); }
function k_asin(x: f64): f64 { return Math.asin(x); }
function k_acos(x: f64): f64 { return Math.acos(x); }
function k_atan(x: f64): f64 { return Math.atan(x); }
function k_sinh(x: f64): f64 { return Math.sinh(x); }
function k_cosh(x: f64): f64 { return Math.cosh(x); }
function k_tanh(x: f64): f64 { return Math.tanh(x); }
function k_asinh(x: f64): f64 { return Math.asinh(x); }
function k_acosh(x: f64): f64 { return Math.acosh(x); }
function k_atanh(x: f64): f64 { return Math.atanh(x); }
function k_log1p(x: f64): f64 { return Math.log1p(x); }
function k_cbrt(x: f64): f64 { return Math.cbrt(x); }
function k_fabs(x: f64): f64 { return Math.abs(x); }
function k_degrees(x: f64): f64 { return x * (180.0 / Math.PI); }
function k_radians(x: f64): f64 { return x * (Math.PI / 180.0); }

function m_sqrt(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("sqrt", a, b, n, kw, k_sqrt, false); }
function m_exp(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("exp", a, b, n, kw, k_exp, true); }
function m_exp2(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("exp2", a, b, n, kw, k_exp2, true); }
function m_expm1(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("expm1", a, b, n, kw, k_expm1, true); }
function m_sin(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("sin", a, b, n, kw, k_sin, false); }
function m_cos(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("cos", a, b, n, kw, k_cos, false); }
function m_tan(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("tan", a, b, n, kw, k_tan, false); }
function m_asin(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("asin", a, b, n, kw, k_asin, false); }
function m_acos(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("acos", a, b, n, kw, k_acos, false); }
function m_atan(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("atan", a, b, n, kw, k_atan, false); }
function m_sinh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("sinh", a, b, n, kw, k_sinh, true); }
function m_cosh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("cosh", a, b, n, kw, k_cosh, true); }
function m_tanh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("tanh", a, b, n, kw, k_tanh, false); }
function m_asinh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("asinh", a, b, n, kw, k_asinh, false); }
function m_acosh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("acosh", a, b, n, kw, k_acosh, false); }
function m_atanh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("atanh", a, b, n, kw, k_atanh, false); }
function m_log1p(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("log1p", a, b, n, kw, k_log1p, false); }
function m_cbrt(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("cbrt", a, b, n, kw, k_cbrt, false); }
function m_fabs(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("fabs", a, b, n, kw, k_fabs, false); }
function m_degrees(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("degrees", a, b, n, kw, k_degrees, false); }
function m_radians(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1("radians", a, b, n, kw, k_radians, false); }
function m_erf(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1a("erf", a, b, n, kw, F.erfF); }
function m_erfc(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1a("erfc", a, b, n, kw, F.erfcF); }
function m_gamma(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1a("gamma", a, b, n, kw, F.gammaF); }
function m_lgamma(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1a("lgamma", a, b, n, kw, F.lgammaF); }
function m_ulp(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return math1a("ulp", a, b, n, kw, F.ulpF); }

function m_atan2(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!two("atan2", a, b, n, kw)) return null; return math2Result(tx, ty, Math.atan2(tx, ty)); }
function m_copysign(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!two("copysign", a, b, n, kw)) return null; return mkFloat(copysign<f64>(tx, ty)); }
function m_fmod(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!two("fmod", a, b, n, kw)) return null;
  if (!isFinite(ty) && !isNaN(ty) && isFinite(tx)) return mkFloat(tx);
  const r = tx % ty;
  if (isNaN(r) && !isNaN(tx) && !isNaN(ty)) return domain();
  return mkFloat(r);
}
function m_remainder(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!two("remainder", a, b, n, kw)) return null; const r = F.remainderF(tx, ty); return errOr(r); }
function m_pow(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!two("pow", a, b, n, kw)) return null; const r = F.powF(tx, ty); return errOr(r); }
function m_nextafter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!two("nextafter", a, b, n, kw)) return null; return mkFloat(F.nextafterF(tx, ty)); }

function m_frexp(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!f1m("frexp", n, kw)) return null;
  const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  const m = F.frexpF(x);
  const t = K.AnyArr_new(2); K.AnyArr_set(t, 0, mkFloat(m)); K.AnyArr_set(t, 1, mkInt(F.frexpE));
  return tupleOf_(t);
}
function m_ldexp(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("ldexp", n, kw, 2, 2)) return null;
  const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  const iv = AnyArr_get(a, b + 1);
  let e: i64;
  if (isSmallOrInt(iv)) e = intVal(iv);
  else if (K.BigInt_is(iv)) e = bigSign(iv) < 0 ? i64.MIN_VALUE : i64.MAX_VALUE;
  else return raiseTypeError(strLit("Expected an int as second argument to ldexp."));
  if (x == 0 || !isFinite(x)) return mkFloat(x);
  if (e > <i64>i32.MAX_VALUE) return raiseLit(E.OverflowError, "math range error");
  if (e < <i64>i32.MIN_VALUE) return mkFloat(copysign<f64>(0.0, x));
  const r = F.ldexpF(x, <i32>e);
  if (!isFinite(r)) return raiseLit(E.OverflowError, "math range error");
  return mkFloat(r);
}

/** hypot(*coordinates) */
function m_hypot(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (kwCount(kw) > 0) return raiseTypeError(strLit("math.hypot() takes no keyword arguments"));
  const v = K.F64Arr_new(n > 0 ? n : 1);
  let max: f64 = 0; let nan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(num(AnyArr_get(a, b + i))); if (!is_null(exc)) return null;
    K.F64Arr_set(v, i, x);
    if (isNaN(x)) nan = true;
    if (x > max) max = x;
  }
  return mkFloat(F.vectorNorm(v, n, max, nan));
}
/** dist(p, q): points as sequences of the same length */
function m_dist(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("dist", n, kw, 2, 2)) return null;
  const p = iterableToArray_(AnyArr_get(a, b)); if (is_null(p)) return null;
  const q = iterableToArray_(AnyArr_get(a, b + 1)); if (is_null(q)) return null;
  const m = K.AnyArr_len(p);
  if (m != K.AnyArr_len(q)) return raiseValueError(strLit("both points must have the same number of dimensions"));
  const v = K.F64Arr_new(m > 0 ? m : 1);
  let max: f64 = 0; let nan = false;
  for (let i = 0; i < m; i++) {
    const px = num(AnyArr_get(p, i)); if (!is_null(exc)) return null;
    const qx = num(AnyArr_get(q, i)); if (!is_null(exc)) return null;
    const x = Math.abs(px - qx);
    K.F64Arr_set(v, i, x);
    if (isNaN(x)) nan = true;
    if (x > max) max = x;
  }
  return mkFloat(F.vectorNorm(v, m, max, nan));
}
function m_fsum(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!f1m("fsum", n, kw)) return null;
  const it = getIter_(AnyArr_get(a, b)); if (is_null(it)) return null;
  F.fsumStart();
  while (true) {
    const v = iterNext_(it);
    if (is_null(v)) { if (!is_null(exc)) return null; break; }
    const x = num(v); if (!is_null(exc)) return null;
    if (F.fsumAdd(x) != 0) return raiseLit(E.OverflowError, "intermediate overflow in fsum");
  }
  const r = F.fsumEnd();
  if (F.mathErr == 1) return raiseValueError(strLit("-inf + inf in fsum"));
  return mkFloat(r);
}
function m_prod(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw), npos = n - nkw;
  let start: anyref = mkInt(1);
  for (let i = 0; i < nkw; i++) {
    const k = K.AnyArr_get(K.Tuple_get_items(kw), i);
    if (!strEqLit_(k, "start")) { const m = C.sbLen; C.sbLit("'"); sbStr_(k); C.sbLit("' is an invalid keyword argument for prod()"); return raiseTypeError(C.sbTakeStr(m)); }
    start = AnyArr_get(a, b + npos + i);
  }
  if (npos != 1) { const m = C.sbLen; C.sbLit("prod() takes exactly 1 positional argument ("); C.sbI64(npos); C.sbLit(" given)"); return raiseTypeError(C.sbTakeStr(m)); }
  const it = getIter_(AnyArr_get(a, b)); if (is_null(it)) return null;
  let acc = start;
  while (true) {
    const v = iterNext_(it);
    if (is_null(v)) { if (!is_null(exc)) return null; break; }
    acc = binaryOp_(acc, v, OP_MUL); if (is_null(acc)) return null;
  }
  return acc;
}
function m_isclose(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw), npos = n - nkw;
  if (npos > 2) { const m = C.sbLen; C.sbLit("isclose() takes exactly 2 positional arguments ("); C.sbI64(npos); C.sbLit(" given)"); return raiseTypeError(C.sbTakeStr(m)); }
  let av: anyref = npos > 0 ? AnyArr_get(a, b) : null, bv: anyref = npos > 1 ? AnyArr_get(a, b + 1) : null;
  let rt: anyref = null, at: anyref = null;
  for (let i = 0; i < nkw; i++) {
    const k = K.AnyArr_get(K.Tuple_get_items(kw), i), v = AnyArr_get(a, b + npos + i);
    if (strEqLit_(k, "a") && npos < 1) av = v;
    else if (strEqLit_(k, "b") && npos < 2) bv = v;
    else if (strEqLit_(k, "rel_tol")) rt = v;
    else if (strEqLit_(k, "abs_tol")) at = v;
    else if (strEqLit_(k, "a") || strEqLit_(k, "b")) { const m = C.sbLen; C.sbLit("argument for isclose() given by name ('"); sbStr_(k); C.sbLit("') and position ("); C.sbLit(strEqLit_(k, "a") ? "1)" : "2)"); return raiseTypeError(C.sbTakeStr(m)); }
    else { const m = C.sbLen; C.sbLit("'"); sbStr_(k); C.sbLit("' is an invalid keyword argument for isclose()"); return raiseTypeError(C.sbTakeStr(m)); }
  }
  if (is_null(av)) return raiseTypeError(strLit("isclose() missing required argument 'a' (pos 1)"));
  if (is_null(bv)) return raiseTypeError(strLit("isclose() missing required argument 'b' (pos 2)"));
  const x = num(av); if (!is_null(exc)) return null;
  const y = num(bv); if (!is_null(exc)) return null;
  let rel: f64 = 1e-9, abs_: f64 = 0;
  if (!is_null(rt)) { rel = num(rt); if (!is_null(exc)) return null; }
  if (!is_null(at)) { abs_ = num(at); if (!is_null(exc)) return null; }
  if (rel < 0 || abs_ < 0) return raiseValueError(strLit("tolerances must be non-negative"));
  if (x == y) return mkBool(true);
  if ((!isFinite(x) && !isNaN(x)) || (!isFinite(y) && !isNaN(y))) return mkBool(false);
  const diff = Math.abs(y - x);
  return mkBool(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs_);
}

/** operator.index for comb/perm/lcm arguments: an int (small or big), or null with TypeError set */
function toIndex(v: anyref): anyref {
  if (K.Bool_is(v)) return mkInt(intVal(v));
  if (isSmallOrInt(v) || K.BigInt_is(v)) return v;
  const f = userDunder_(v, intern(strLit("__index__")));
  if (!is_null(f)) {
    const r = callObject1_(f, v); if (is_null(r)) return null;
    if (isSmallOrInt(r) || K.BigInt_is(r)) return r;
    const m = C.sbLen; C.sbLit("__index__ returned non-int (type "); sbStr_(typeName(r)); C.sbLit(")"); return raiseTypeError(C.sbTakeStr(m));
  }
  return notInt(v);
}
function isNeg(v: anyref): bool { return K.BigInt_is(v) ? bigSign(v) < 0 : intVal(v) < 0; }
function cmpInt(x: anyref, y: anyref): i32 {
  const r = richCompare_(x, y, 0);   // <
  if (is_null(r)) return 0;
  return ref_eq(r, C.True) ? -1 : (ref_eq(richCompare_(x, y, 2), C.True) ? 0 : 1);
}
/** n*(n-1)*...*(n-k+1) (perm) or that over k! (comb), k small enough for a loop */
function fallingProduct(nv: anyref, k: i64, divide: bool): anyref {
  let r: anyref = mkInt(1);
  let cur = nv;
  for (let i: i64 = 0; i < k; i++) {
    if (!C.chargeSteps(1)) return null;
    r = binaryOp_(r, cur, OP_MUL); if (is_null(r)) return null;
    if (divide) { r = binaryOp_(r, mkInt(i + 1), OP_FLOORDIV); if (is_null(r)) return null; }
    cur = binaryOp_(cur, mkInt(1), 1); if (is_null(cur)) return null;
  }
  return r;
}
function m_comb(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("comb", n, kw, 2, 2)) return null;
  const nv = toIndex(AnyArr_get(a, b)); if (is_null(nv)) return null;
  let kv = toIndex(AnyArr_get(a, b + 1)); if (is_null(kv)) return null;
  if (isNeg(nv)) return raiseValueError(strLit("n must be a non-negative integer"));
  if (isNeg(kv)) return raiseValueError(strLit("k must be a non-negative integer"));
  if (cmpInt(kv, nv) > 0) return mkInt(0);
  const nk = binaryOp_(nv, kv, 1); if (is_null(nk)) return null;
  if (cmpInt(nk, kv) < 0) kv = nk;
  if (K.BigInt_is(kv)) return raiseLit(E.OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  return fallingProduct(nv, intVal(kv), true);
}
function m_perm(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("perm", n, kw, 1, 2)) return null;
  const nv = toIndex(AnyArr_get(a, b)); if (is_null(nv)) return null;
  if (n == 1 || C.isNone(AnyArr_get(a, b + 1))) {
    // perm(n) is factorial(n), with factorial's messages
    if (isNeg(nv)) return raiseValueError(strLit("factorial() not defined for negative values"));
    if (K.BigInt_is(nv)) return raiseLit(E.OverflowError, "factorial() argument should not exceed 9223372036854775807");
    return factorial(intVal(nv));
  }
  const kv = toIndex(AnyArr_get(a, b + 1)); if (is_null(kv)) return null;
  if (isNeg(nv)) return raiseValueError(strLit("n must be a non-negative integer"));
  if (isNeg(kv)) return raiseValueError(strLit("k must be a non-negative integer"));
  if (cmpInt(kv, nv) > 0) return mkInt(0);
  if (K.BigInt_is(kv)) return raiseLit(E.OverflowError, "k must not exceed 9223372036854775807");
  return fallingProduct(nv, intVal(kv), false);
}
function m_lcm(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (kwCount(kw) > 0) return raiseTypeError(strLit("lcm() takes no keyword arguments"));
  if (n == 0) return mkInt(1);
  let r = toIndex(AnyArr_get(a, b)); if (is_null(r)) return null;
  r = unaryAbs(r); if (is_null(r)) return null;
  for (let i = 1; i < n; i++) {
    const x = toIndex(AnyArr_get(a, b + i)); if (is_null(x)) return null;
    if (isZero(r)) continue;
    if (isZero(x)) { r = mkInt(0); continue; }
    const g = bigGcd(r, x); if (is_null(g)) return null;
    let f = binaryOp_(r, g, OP_FLOORDIV); if (is_null(f)) return null;
    f = binaryOp_(f, x, OP_MUL); if (is_null(f)) return null;
    r = unaryAbs(f); if (is_null(r)) return null;
  }
  return r;
}
function isZero(v: anyref): bool { return !K.BigInt_is(v) && intVal(v) == 0; }
function unaryAbs(v: anyref): anyref { if (K.BigInt_is(v)) return bigSign(v) < 0 ? bigAbs(v) : v; const x = intVal(v); return x < 0 ? (x == i64.MIN_VALUE ? bigAbs(negI64(x)) : mkInt(-x)) : v; }
import * as F from "./mathfloat";
import { getIter as getIter_, iterNext as iterNext_, iterableToArray as iterableToArray_, binaryOp as binaryOp_, richCompare as richCompare_ } from "../ops";
import { OP_MUL, OP_FLOORDIV } from "../objects/int";
import { strEqLit as strEqLit_ } from "../objects/str";
import { bigAbs, negI64 } from "../objects/bigint";

type Native = (self: anyref, a: anyref, b: i32, n: i32, kw: anyref) => anyref;
function add(d: anyref, m: anyref, name: string, fn: Native): void { dictSet(d, intern(strLit(name)), newBuiltinFn(name, fn, m)); }

export function initMath(): anyref {
  const m = newModule("math");
  const d = K.Module_get_dict(m);
  add(d, m, "sqrt", m_sqrt); add(d, m, "floor", m_floor); add(d, m, "trunc", m_trunc); add(d, m, "ceil", m_ceil); add(d, m, "fabs", m_fabs); add(d, m, "exp", m_exp);
  add(d, m, "log", m_log); add(d, m, "log2", m_log2); add(d, m, "log10", m_log10); add(d, m, "sin", m_sin); add(d, m, "cos", m_cos); add(d, m, "tan", m_tan);
  add(d, m, "atan", m_atan); add(d, m, "atan2", m_atan2); add(d, m, "hypot", m_hypot); add(d, m, "pow", m_pow); add(d, m, "isnan", m_isnan);
  add(d, m, "isinf", m_isinf); add(d, m, "isfinite", m_isfinite); add(d, m, "gcd", m_gcd); add(d, m, "factorial", m_factorial); add(d, m, "isqrt", m_isqrt);
  add(d, m, "modf", m_modf);
  add(d, m, "asin", m_asin); add(d, m, "acos", m_acos); add(d, m, "asinh", m_asinh); add(d, m, "acosh", m_acosh); add(d, m, "atanh", m_atanh);
  add(d, m, "sinh", m_sinh); add(d, m, "cosh", m_cosh); add(d, m, "tanh", m_tanh); add(d, m, "log1p", m_log1p); add(d, m, "expm1", m_expm1);
  add(d, m, "degrees", m_degrees); add(d, m, "radians", m_radians); add(d, m, "copysign", m_copysign);
  add(d, m, "cbrt", m_cbrt); add(d, m, "exp2", m_exp2); add(d, m, "erf", m_erf); add(d, m, "erfc", m_erfc); add(d, m, "gamma", m_gamma);
  add(d, m, "lgamma", m_lgamma); add(d, m, "ulp", m_ulp); add(d, m, "fmod", m_fmod); add(d, m, "remainder", m_remainder);
  add(d, m, "nextafter", m_nextafter); add(d, m, "frexp", m_frexp); add(d, m, "ldexp", m_ldexp); add(d, m, "dist", m_dist);
  add(d, m, "fsum", m_fsum); add(d, m, "prod", m_prod); add(d, m, "isclose", m_isclose); add(d, m, "comb", m_comb);
  add(d, m, "perm", m_perm); add(d, m, "lcm", m_lcm);
  dictSet(d, intern(strLit("pi")), mkFloat(Math.PI));
  dictSet(d, intern(strLit("e")), mkFloat(Math.E));
  dictSet(d, intern(strLit("tau")), mkFloat(2 * Math.PI));
  dictSet(d, intern(strLit("inf")), mkFloat(Infinity));
  dictSet(d, intern(strLit("nan")), mkFloat(NaN));
  return m;
}
