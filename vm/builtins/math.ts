// The math module: float functions over f64, integer functions (gcd, factorial, isqrt); the rest
// (isclose, prod, lcm, comb, perm, fsum, dist, hypot, frexp, ldexp, ...) is in mathmore.ts.
import * as K from "../generated/kernel";
import { is_null, AnyArr_get, small_is, Float_is } from "../generated/kernel";
import { mkFloat, mkInt, mkBool, intVal, isSmallOrInt, exc, strLit } from "../rt/core";
import { raiseTypeError, raiseValueError, raiseLit } from "../rt/errors";
import * as E from "../objects/exceptions";
import { checkArgs } from "../rt/args";
import { newBuiltinFn } from "../objects/type";
import { dictSet } from "../objects/dict";
import { intern } from "../objects/str";
import { newModule } from "./modules";
import { typeName } from "../ops";

import { factorial, bigGcd, bigIsqrt, intFromF64, intToF64, bigSign, bigFrexp, frexpExp } from "../objects/bigint";
export function num(x: anyref): f64 {
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
  if (!f1("trunc", n, kw)) return null;
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
function domain(): anyref { return raiseValueError(strLit("math domain error")); }

function m_sqrt(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("sqrt", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; if (x < 0) return domain(); return mkFloat(Math.sqrt(x)); }
function m_floor(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("floor", n, kw)) return null; const v = AnyArr_get(a, b); { const r = viaDunder(v, "__floor__"); if (!is_null(r) || !is_null(exc)) return r; } if (isSmallOrInt(v)) return mkInt(intVal(v)); if (K.BigInt_is(v)) return v; const x = num(v); if (!is_null(exc)) return null; if (!isFinite(x)) return raiseLit(isNaN(x) ? E.ValueError : E.OverflowError, isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer"); return intFromF64(Math.floor(x)); }
function m_ceil(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("ceil", n, kw)) return null; const v = AnyArr_get(a, b); { const r = viaDunder(v, "__ceil__"); if (!is_null(r) || !is_null(exc)) return r; } if (isSmallOrInt(v)) return mkInt(intVal(v)); if (K.BigInt_is(v)) return v; const x = num(v); if (!is_null(exc)) return null; if (!isFinite(x)) return raiseLit(isNaN(x) ? E.ValueError : E.OverflowError, isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer"); return intFromF64(Math.ceil(x)); }
function m_fabs(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("fabs", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; return mkFloat(Math.abs(x)); }
function m_exp(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("exp", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; const r = Math.exp(x); if (!isFinite(r) && isFinite(x)) return raiseLit(E.OverflowError, "math range error"); return mkFloat(r); }
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
  if (!checkArgs("log", n, kw, 1, 2)) return null;
  let r = logOf(AnyArr_get(a, b), 0); if (!is_null(exc)) return null;
  if (n == 2) {
    const lb = logOf(AnyArr_get(a, b + 1), 0); if (!is_null(exc)) return null;
    if (lb == 0) return raiseLit(E.ZeroDivisionError, "float division by zero");
    r = r / lb;
  }
  return mkFloat(r);
}
function m_log2(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("log2", n, kw)) return null; const r = logOf(AnyArr_get(a, b), 1); if (!is_null(exc)) return null; return mkFloat(r); }
function m_log10(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("log10", n, kw)) return null; const r = logOf(AnyArr_get(a, b), 2); if (!is_null(exc)) return null; return mkFloat(r); }
function m_sin(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("sin", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; return mkFloat(Math.sin(x)); }
function m_cos(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("cos", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; return mkFloat(Math.cos(x)); }
function m_tan(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("tan", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; return mkFloat(Math.tan(x)); }
function m_atan(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("atan", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; return mkFloat(Math.atan(x)); }
function m_atan2(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!checkArgs("atan2", n, kw, 2, 2)) return null; const y = num(AnyArr_get(a, b)); const x = num(AnyArr_get(a, b + 1)); if (!is_null(exc)) return null; return mkFloat(Math.atan2(y, x)); }
function m_pow(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!checkArgs("pow", n, kw, 2, 2)) return null; const x = num(AnyArr_get(a, b)); const y = num(AnyArr_get(a, b + 1)); if (!is_null(exc)) return null; if (x == 0 && y < 0) return domain(); return mkFloat(Math.pow(x, y)); }
function m_isnan(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("isnan", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; return mkBool(isNaN(x)); }
function m_isinf(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("isinf", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; return mkBool(!isFinite(x) && !isNaN(x)); }
function m_isfinite(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!f1("isfinite", n, kw)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; return mkBool(isFinite(x)); }
function gcd(x: i64, y: i64): i64 { if (x < 0) x = -x; if (y < 0) y = -y; while (y) { const t = x % y; x = y; y = t; } return x; }
export function m_gcd(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
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
  if (!f1("isqrt", n, kw)) return null;
  const v = AnyArr_get(a, b);
  if (!isSmallOrInt(v) && !K.BigInt_is(v)) return notInt(v);
  if (K.BigInt_is(v) ? bigSign(v) < 0 : intVal(v) < 0) return raiseValueError(strLit("isqrt() argument must be nonnegative"));
  if (isSmallOrInt(v) && intVal(v) < (1 << 52)) return mkInt(<i64>Math.floor(Math.sqrt(<f64>intVal(v))));
  return bigIsqrt(v);
}
function m_factorial(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!f1("factorial", n, kw)) return null;
  const v = AnyArr_get(a, b);
  if (K.BigInt_is(v)) return bigSign(v) < 0 ? raiseValueError(strLit("factorial() not defined for negative values")) : raiseLit(E.OverflowError, "factorial() argument should not exceed 9223372036854775807");
  if (!isSmallOrInt(v)) return notInt(v);
  const x = intVal(v);
  if (x < 0) return raiseValueError(strLit("factorial() not defined for negative values"));
  return factorial(x);
}

function m_modf(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!f1("modf", n, kw)) return null;
  const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  let ip = Math.trunc(x), fp = x - ip;
  if (!isFinite(x)) { fp = isNaN(x) ? x : (x > 0 ? 0.0 : -0.0); ip = x; }
  else if (fp == 0) fp = x < 0 || (x == 0 && 1 / x < 0) ? -0.0 : 0.0;
  const t = K.AnyArr_new(2); K.AnyArr_set(t, 0, mkFloat(fp)); K.AnyArr_set(t, 1, mkFloat(ip));
  return tupleOf_(t);
}
import { tupleOf as tupleOf_ } from "../objects/type";

/** one-argument f64 functions with CPython's errors: domain (ValueError) or range (OverflowError when a finite x gives an infinity) */
function f1d(name: string, n: i32, kw: anyref, a: anyref, b: i32): f64 { if (!f1(name, n, kw)) return NaN; return num(AnyArr_get(a, b)); }
function rangeChecked(x: f64, r: f64): anyref { if (!isFinite(r) && isFinite(x)) return raiseLit(E.OverflowError, "math range error"); return mkFloat(r); }
function m_asin(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("asin", n, kw, a, b); if (!is_null(exc)) return null; if (x < -1 || x > 1) return domain(); return mkFloat(Math.asin(x)); }
function m_acos(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("acos", n, kw, a, b); if (!is_null(exc)) return null; if (x < -1 || x > 1) return domain(); return mkFloat(Math.acos(x)); }
function m_asinh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("asinh", n, kw, a, b); if (!is_null(exc)) return null; return mkFloat(Math.asinh(x)); }
function m_acosh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("acosh", n, kw, a, b); if (!is_null(exc)) return null; if (x < 1) return domain(); return mkFloat(Math.acosh(x)); }
function m_atanh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("atanh", n, kw, a, b); if (!is_null(exc)) return null; if (x <= -1 || x >= 1) return domain(); return mkFloat(Math.atanh(x)); }
function m_sinh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("sinh", n, kw, a, b); if (!is_null(exc)) return null; return rangeChecked(x, Math.sinh(x)); }
function m_cosh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("cosh", n, kw, a, b); if (!is_null(exc)) return null; return rangeChecked(x, Math.cosh(x)); }
function m_tanh(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("tanh", n, kw, a, b); if (!is_null(exc)) return null; return mkFloat(Math.tanh(x)); }
function m_log1p(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("log1p", n, kw, a, b); if (!is_null(exc)) return null; if (x <= -1) return domain(); return mkFloat(Math.log1p(x)); }
function m_expm1(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("expm1", n, kw, a, b); if (!is_null(exc)) return null; return rangeChecked(x, Math.expm1(x)); }
function m_degrees(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("degrees", n, kw, a, b); if (!is_null(exc)) return null; return mkFloat(x * (180.0 / Math.PI)); }
function m_radians(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const x = f1d("radians", n, kw, a, b); if (!is_null(exc)) return null; return mkFloat(x * (Math.PI / 180.0)); }
function m_copysign(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!checkArgs("copysign", n, kw, 2, 2)) return null; const x = num(AnyArr_get(a, b)); if (!is_null(exc)) return null; const y = num(AnyArr_get(a, b + 1)); if (!is_null(exc)) return null; return mkFloat(copysign<f64>(x, y)); }

import * as MM from "./mathmore";
type Native = (self: anyref, a: anyref, b: i32, n: i32, kw: anyref) => anyref;
function add(d: anyref, m: anyref, name: string, fn: Native): void { dictSet(d, intern(strLit(name)), newBuiltinFn(name, fn, m)); }

export function initMath(): anyref {
  const m = newModule("math");
  const d = K.Module_get_dict(m);
  add(d, m, "sqrt", m_sqrt); add(d, m, "floor", m_floor); add(d, m, "trunc", m_trunc); add(d, m, "ceil", m_ceil); add(d, m, "fabs", m_fabs); add(d, m, "exp", m_exp);
  add(d, m, "log", m_log); add(d, m, "log2", m_log2); add(d, m, "log10", m_log10); add(d, m, "sin", m_sin); add(d, m, "cos", m_cos); add(d, m, "tan", m_tan);
  add(d, m, "atan", m_atan); add(d, m, "atan2", m_atan2); add(d, m, "hypot", MM.m_hypot); add(d, m, "pow", m_pow); add(d, m, "isnan", m_isnan);
  add(d, m, "isinf", m_isinf); add(d, m, "isfinite", m_isfinite); add(d, m, "gcd", m_gcd); add(d, m, "factorial", m_factorial); add(d, m, "isqrt", m_isqrt);
  add(d, m, "modf", m_modf);
  add(d, m, "asin", m_asin); add(d, m, "acos", m_acos); add(d, m, "asinh", m_asinh); add(d, m, "acosh", m_acosh); add(d, m, "atanh", m_atanh);
  add(d, m, "sinh", m_sinh); add(d, m, "cosh", m_cosh); add(d, m, "tanh", m_tanh); add(d, m, "log1p", m_log1p); add(d, m, "expm1", m_expm1);
  add(d, m, "degrees", m_degrees); add(d, m, "radians", m_radians); add(d, m, "copysign", m_copysign);
  add(d, m, "isclose", MM.m_isclose); add(d, m, "prod", MM.m_prod); add(d, m, "lcm", MM.m_lcm); add(d, m, "comb", MM.m_comb);
  add(d, m, "perm", MM.m_perm); add(d, m, "fsum", MM.m_fsum); add(d, m, "dist", MM.m_dist); add(d, m, "frexp", MM.m_frexp);
  add(d, m, "ldexp", MM.m_ldexp); add(d, m, "fmod", MM.m_fmod); add(d, m, "remainder", MM.m_remainder); add(d, m, "nextafter", MM.m_nextafter);
  add(d, m, "ulp", MM.m_ulp); add(d, m, "cbrt", MM.m_cbrt); add(d, m, "exp2", MM.m_exp2);
  dictSet(d, intern(strLit("pi")), mkFloat(Math.PI));
  dictSet(d, intern(strLit("e")), mkFloat(Math.E));
  dictSet(d, intern(strLit("tau")), mkFloat(2 * Math.PI));
  dictSet(d, intern(strLit("inf")), mkFloat(Infinity));
  dictSet(d, intern(strLit("nan")), mkFloat(NaN));
  return m;
}
