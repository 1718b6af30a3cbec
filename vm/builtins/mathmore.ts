// The rest of the math module: isclose, prod, lcm, comb, perm, fsum, dist (and the accurate
// vector norm that hypot shares), frexp, ldexp, fmod, remainder, cbrt, exp2, nextafter, ulp.
// Results and error messages follow CPython 3.11's mathmodule.c (algorithms re-implemented:
// Shewchuk's exact partial sums for fsum, the scaled double-length norm of vector_norm).
import * as K from "../generated/kernel";
import { is_null, AnyArr_get, Tuple_get_items, ref_eq } from "../generated/kernel";
import { mkFloat, mkInt, mkBool, isSmallOrInt, intVal, exc, strLit, None } from "../rt/core";
import * as C from "../rt/core";
import { raiseTypeError, raiseValueError, raiseLit } from "../rt/errors";
import * as E from "../objects/exceptions";
import { checkArgs, kwCount } from "../rt/args";
import { binaryOp, getIter, iterNext, iterableToArray, richCompare, truthy, typeName, userDunder } from "../ops";
import { callObject1 } from "../interp";
import { sbStr } from "../objects/str";
import { strEqLit, intern } from "../objects/str";
import { tupleOf } from "../objects/type";
import { factorial, bigSign } from "../objects/bigint";

const OP_SUB: i32 = 1, OP_MUL: i32 = 2, OP_FLOORDIV: i32 = 4;

// num: a real number as f64 (float, int, __float__, __index__), CPython's PyFloat_AsDouble
import { num as numFn, m_gcd as gcdFn } from "./math";

function domain(): anyref { return raiseValueError(strLit("math domain error")); }
function range(): anyref { return raiseLit(E.OverflowError, "math range error"); }
function kwName(kw: anyref, i: i32): anyref { return AnyArr_get(Tuple_get_items(kw), i); }
function badKw(k: anyref, fn: string): anyref {
  const m = C.sbLen; C.sbLit("'"); sbStr(k); C.sbLit("' is an invalid keyword argument for "); C.sbLit(fn); C.sbLit("()");
  return raiseTypeError(C.sbTakeStr(m));
}
function exactlyPositional(fn: string, want: i32, got: i32): anyref {
  const m = C.sbLen; C.sbLit(fn); C.sbLit("() takes exactly "); C.sbI64(want);
  C.sbLit(want == 1 ? " positional argument (" : " positional arguments ("); C.sbI64(got); C.sbLit(" given)");
  return raiseTypeError(C.sbTakeStr(m));
}

// ---- isclose ---------------------------------------------------------------------------------------
export function m_isclose(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw), npos = n - nkw;
  if (npos > 2) return exactlyPositional("isclose", 2, npos);
  let av: anyref = npos > 0 ? AnyArr_get(a, b) : null, bv: anyref = npos > 1 ? AnyArr_get(a, b + 1) : null;
  let rel: f64 = 1e-9, abst: f64 = 0.0;
  for (let i = 0; i < nkw; i++) {
    const k = kwName(kw, i), v = AnyArr_get(a, b + npos + i);
    if (strEqLit(k, "a") && npos < 1) av = v;
    else if (strEqLit(k, "b") && npos < 2) bv = v;
    else if (strEqLit(k, "rel_tol")) { rel = numFn(v); if (!is_null(exc)) return null; }
    else if (strEqLit(k, "abs_tol")) { abst = numFn(v); if (!is_null(exc)) return null; }
    else if (strEqLit(k, "a") || strEqLit(k, "b")) {
      const m = C.sbLen; C.sbLit("argument for isclose() given by name ('"); sbStr(k); C.sbLit("') and position ("); C.sbLit(strEqLit(k, "a") ? "1" : "2"); C.sbLit(")");
      return raiseTypeError(C.sbTakeStr(m));
    }
    else return badKw(k, "isclose");
  }
  if (is_null(av) || is_null(bv)) {
    const m = C.sbLen; C.sbLit(is_null(av) ? "isclose() missing required argument 'a' (pos 1)" : "isclose() missing required argument 'b' (pos 2)");
    return raiseTypeError(C.sbTakeStr(m));
  }
  const x = numFn(av); if (!is_null(exc)) return null;
  const y = numFn(bv); if (!is_null(exc)) return null;
  if (rel < 0.0 || abst < 0.0) return raiseValueError(strLit("tolerances must be non-negative"));
  if (x == y) return mkBool(true);
  if (isInf(x) || isInf(y)) return mkBool(false);
  const diff = Math.abs(y - x);
  return mkBool(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abst);
}
function isInf(x: f64): bool { return !isFinite(x) && !isNaN(x); }

// ---- prod ------------------------------------------------------------------------------------------
export function m_prod(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw), npos = n - nkw;
  if (npos != 1) return exactlyPositional("prod", 1, npos);
  let acc: anyref = mkInt(1);
  for (let i = 0; i < nkw; i++) {
    const k = kwName(kw, i);
    if (strEqLit(k, "start")) acc = AnyArr_get(a, b + npos + i);
    else return badKw(k, "prod");
  }
  const it = getIter(AnyArr_get(a, b));
  if (is_null(it)) return null;
  while (true) {
    const v = iterNext(it);
    if (is_null(v)) { if (!is_null(exc)) return null; return acc; }
    acc = binaryOp(acc, v, OP_MUL);
    if (is_null(acc)) return null;
  }
}

// ---- integer functions: lcm, comb, perm ---------------------------------------------------------------
/** operator.index(x) as an int object (ints as they are; __index__ otherwise). */
function asIndex(x: anyref): anyref {
  if (isSmallOrInt(x) || K.BigInt_is(x)) return x;
  if (K.Bool_is(x)) return mkInt(intVal(x));
  const f = userDunder(x, intern(strLit("__index__")));
  if (!is_null(f)) {
    const r = callObject1(f, x);
    if (is_null(r)) return null;
    if (isSmallOrInt(r) || K.BigInt_is(r)) return r;
    const m = C.sbLen; C.sbLit("__index__ returned non-int (type "); sbStr(typeName(r)); C.sbLit(")");
    return raiseTypeError(C.sbTakeStr(m));
  }
  const m = C.sbLen; C.sbLit("'"); sbStr(typeName(x)); C.sbLit("' object cannot be interpreted as an integer");
  return raiseTypeError(C.sbTakeStr(m));
}
function sign(x: anyref): i32 { if (K.BigInt_is(x)) return bigSign(x); const v = intVal(x); return v < 0 ? -1 : v > 0 ? 1 : 0; }
function absInt(x: anyref): anyref { return sign(x) < 0 ? binaryOp(mkInt(0), x, OP_SUB) : x; }
/** a < b for int objects (-1 on error) */
function lessThan(x: anyref, y: anyref): i32 { const r = richCompare(x, y, 0); if (is_null(r)) return -1; return truthy(r); }

export function m_lcm(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (kwCount(kw) > 0) return raiseTypeError(strLit("lcm() takes no keyword arguments"));
  if (n == 0) return mkInt(1);
  let acc = asIndex(AnyArr_get(a, b)); if (is_null(acc)) return null;
  acc = absInt(acc); if (is_null(acc)) return null;
  for (let i = 1; i < n; i++) {
    const v = asIndex(AnyArr_get(a, b + i)); if (is_null(v)) return null;
    if (sign(acc) == 0 || sign(v) == 0) { acc = mkInt(0); continue; }
    const pair = K.AnyArr_new(2); K.AnyArr_set(pair, 0, acc); K.AnyArr_set(pair, 1, v);
    const g = gcdFn(None, pair, 0, 2, null); if (is_null(g)) return null;
    const q = binaryOp(acc, g, OP_FLOORDIV); if (is_null(q)) return null;
    acc = binaryOp(q, v, OP_MUL); if (is_null(acc)) return null;
    acc = absInt(acc); if (is_null(acc)) return null;
  }
  return acc;
}

/** comb/perm arguments: n and k as nonnegative ints, or null with the ValueError/TypeError. */
function nk(nArg: anyref, kArg: anyref): anyref {
  const nv = asIndex(nArg); if (is_null(nv)) return null;
  const kv = asIndex(kArg); if (is_null(kv)) return null;
  if (sign(nv) < 0) return raiseValueError(strLit("n must be a non-negative integer"));
  if (sign(kv) < 0) return raiseValueError(strLit("k must be a non-negative integer"));
  const t = K.AnyArr_new(2); K.AnyArr_set(t, 0, nv); K.AnyArr_set(t, 1, kv);
  return t;
}
/** n * (n-1) * ... * (n-k+1), divided step by step by 1..k when `divide` (comb) */
function fallingProduct(nv: anyref, k: i64, divide: bool): anyref {
  let acc: anyref = mkInt(1);
  for (let i: i64 = 0; i < k; i++) {
    if (!C.chargeSteps(1)) return null;
    const f = binaryOp(nv, mkInt(i), OP_SUB); if (is_null(f)) return null;
    acc = binaryOp(acc, f, OP_MUL); if (is_null(acc)) return null;
    if (divide) { acc = binaryOp(acc, mkInt(i + 1), OP_FLOORDIV); if (is_null(acc)) return null; }
  }
  return acc;
}
function kTooBig(): anyref { return raiseLit(E.OverflowError, "k must not exceed 9223372036854775807"); }
export function m_comb(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("comb", n, kw, 2, 2)) return null;
  const t = nk(AnyArr_get(a, b), AnyArr_get(a, b + 1)); if (is_null(t)) return null;
  const nv = AnyArr_get(t, 0); let kv = AnyArr_get(t, 1);
  const lt = lessThan(nv, kv); if (lt < 0) return null;
  if (lt) return mkInt(0);
  const rest = binaryOp(nv, kv, OP_SUB); if (is_null(rest)) return null;
  const lt2 = lessThan(rest, kv); if (lt2 < 0) return null;
  if (lt2) kv = rest;
  if (K.BigInt_is(kv)) return raiseLit(E.OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  return fallingProduct(nv, intVal(kv), true);
}
export function m_perm(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("perm", n, kw, 1, 2)) return null;
  if (n == 1 || ref_eq(AnyArr_get(a, b + 1), None)) {
    const nv = asIndex(AnyArr_get(a, b)); if (is_null(nv)) return null;
    if (sign(nv) < 0) return raiseValueError(strLit("n must be a non-negative integer"));
    if (K.BigInt_is(nv)) return raiseLit(E.OverflowError, "n must not exceed 9223372036854775807");
    return factorial(intVal(nv));
  }
  const t = nk(AnyArr_get(a, b), AnyArr_get(a, b + 1)); if (is_null(t)) return null;
  const nv = AnyArr_get(t, 0), kv = AnyArr_get(t, 1);
  const lt = lessThan(nv, kv); if (lt < 0) return null;
  if (lt) return mkInt(0);
  if (K.BigInt_is(kv)) return kTooBig();
  return fallingProduct(nv, intVal(kv), false);
}

// ---- fsum: exact sum of the partials (Shewchuk), rounded once -----------------------------------------
export function m_fsum(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("fsum", n, kw, 1, 1)) return null;
  const it = getIter(AnyArr_get(a, b));
  if (is_null(it)) return null;
  let p = new StaticArray<f64>(32);
  let np = 0;
  let special: f64 = 0.0, infSum: f64 = 0.0;
  while (true) {
    const item = iterNext(it);
    if (is_null(item)) { if (!is_null(exc)) return null; break; }
    let x = numFn(item); if (!is_null(exc)) return null;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < np; j++) {
      let y = unchecked(p[j]);
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo != 0.0) unchecked(p[i++] = lo);
      x = hi;
    }
    np = i;
    if (x != 0.0) {
      if (!isFinite(x)) {
        // an infinity or NaN: from an overflow of finite summands, or from the summands themselves
        if (isFinite(xsave)) return raiseLit(E.OverflowError, "intermediate overflow in fsum");
        if (isInf(xsave)) infSum += xsave;
        special += xsave;
        np = 0;
      } else {
        if (np == p.length) { const q = new StaticArray<f64>(np * 2); for (let j = 0; j < np; j++) unchecked(q[j] = p[j]); p = q; }
        unchecked(p[np++] = x);
      }
    }
  }
  if (special != 0.0) {
    if (isNaN(infSum)) return raiseValueError(strLit("-inf + inf in fsum"));
    return mkFloat(special);
  }
  let hi: f64 = 0.0;
  if (np > 0) {
    let k = np - 1;
    hi = unchecked(p[k]);
    let lo: f64 = 0.0;
    // sum from the top down while the additions are exact
    while (k > 0) {
      const x = hi;
      const y = unchecked(p[--k]);
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // half-way case: the remaining partials decide the rounding direction
    if (k > 0 && ((lo < 0.0 && unchecked(p[k - 1]) < 0.0) || (lo > 0.0 && unchecked(p[k - 1]) > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return mkFloat(hi);
}

// ---- vector norm (hypot, dist) --------------------------------------------------------------------------
let frexpE: i32 = 0;
/** mantissa in [0.5, 1) with the exponent in frexpE (0 for zero, infinities and NaN). */
function frexpF(x: f64): f64 {
  frexpE = 0;
  if (x == 0.0 || !isFinite(x)) return x;
  let bits = reinterpret<u64>(x);
  let e = <i32>((bits >> 52) & 0x7ff);
  if (e == 0) {   // subnormal: scale into the normal range first
    x *= 18014398509481984.0;   // 2**54
    bits = reinterpret<u64>(x);
    e = <i32>((bits >> 52) & 0x7ff) - 54;
  }
  frexpE = e - 1022;
  return reinterpret<f64>((bits & 0x800fffffffffffff) | (<u64>1022 << 52));
}
/** x * 2**n with one rounding (scaling in exact steps first). */
function ldexpF(x: f64, n: i32): f64 {
  let y = x;
  if (n > 1023) {
    y *= 8.98846567431158e307; n -= 1023;   // 2**1023
    if (n > 1023) { y *= 8.98846567431158e307; n -= 1023; if (n > 1023) n = 1023; }
  } else if (n < -1022) {
    // 2**-1022 * 2**53: keeps the intermediate normal so that only the last step rounds
    y *= 2.2250738585072014e-308 * 9007199254740992.0; n += 1022 - 53;
    if (n < -1022) { y *= 2.2250738585072014e-308 * 9007199254740992.0; n += 1022 - 53; if (n < -1022) n = -1022; }
  }
  return y * reinterpret<f64>(<u64>(0x3ff + n) << 52);
}
/** exact product x*x split into hi + lo (Dekker) */
let dlLo: f64 = 0;
function dlMul(x: f64, y: f64): f64 {
  const SPLIT: f64 = 134217729.0;   // 2**27 + 1
  const hx = x * SPLIT; const xh = hx - (hx - x); const xl = x - xh;
  const hy = y * SPLIT; const yh = hy - (hy - y); const yl = y - yh;
  const p = x * y;
  dlLo = ((xh * yh - p) + xh * yl + xl * yh) + xl * yl;
  return p;
}
/** sqrt of the sum of squares of v[0..n), accurate to within an ulp; max is the largest |v[i]|. */
function vectorNorm(v: StaticArray<f64>, n: i32, max: f64, foundNan: bool): f64 {
  if (isInf(max)) return max;
  if (foundNan) return NaN;
  if (max == 0.0 || n <= 1) return max;
  frexpF(max);
  const maxE = frexpE;
  if (maxE < -1023) {
    const DBL_MIN: f64 = 2.2250738585072014e-308;
    for (let i = 0; i < n; i++) unchecked(v[i] = v[i] / DBL_MIN);
    return DBL_MIN * vectorNorm(v, n, max / DBL_MIN, foundNan);
  }
  const scale = ldexpF(1.0, -maxE);
  let csum: f64 = 1.0, frac1: f64 = 0.0, frac2: f64 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = unchecked(v[i]) * scale;   // lossless
    const hi = dlMul(x, x);             // lossless squaring: hi + dlLo
    const s = csum + hi;                // lossless addition (|csum| >= |hi|)
    const slo = (csum - s) + hi;
    csum = s;
    frac1 += dlLo;
    frac2 += slo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const phi = dlMul(-h, h);
  const s = csum + phi;
  const slo = (csum - s) + phi;
  csum = s;
  frac1 += dlLo;
  frac2 += slo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);   // differential correction
  return h / scale;
}
export function m_hypot(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (kwCount(kw) > 0) return raiseTypeError(strLit("hypot() takes no keyword arguments"));
  const v = new StaticArray<f64>(n > 0 ? n : 1);
  let max: f64 = 0.0, nan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(numFn(AnyArr_get(a, b + i))); if (!is_null(exc)) return null;
    unchecked(v[i] = x);
    nan = nan || isNaN(x);
    if (x > max) max = x;
  }
  return mkFloat(vectorNorm(v, n, max, nan));
}
export function m_dist(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("dist", n, kw, 2, 2)) return null;
  const pa = iterableToArray(AnyArr_get(a, b)); if (is_null(pa)) return null;
  const qa = iterableToArray(AnyArr_get(a, b + 1)); if (is_null(qa)) return null;
  const m = K.AnyArr_len(pa);
  if (m != K.AnyArr_len(qa)) return raiseValueError(strLit("both points must have the same number of dimensions"));
  const v = new StaticArray<f64>(m > 0 ? m : 1);
  let max: f64 = 0.0, nan = false;
  for (let i = 0; i < m; i++) {
    const px = numFn(AnyArr_get(pa, i)); if (!is_null(exc)) return null;
    const qx = numFn(AnyArr_get(qa, i)); if (!is_null(exc)) return null;
    const x = Math.abs(px - qx);
    unchecked(v[i] = x);
    nan = nan || isNaN(x);
    if (x > max) max = x;
  }
  return mkFloat(vectorNorm(v, m, max, nan));
}

// ---- float decomposition and neighbours ------------------------------------------------------------------
export function m_frexp(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("frexp", n, kw, 1, 1)) return null;
  const x = numFn(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  const m = frexpF(x);
  const t = K.AnyArr_new(2); K.AnyArr_set(t, 0, mkFloat(m)); K.AnyArr_set(t, 1, mkInt(frexpE));
  return tupleOf(t);
}
export function m_ldexp(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("ldexp", n, kw, 2, 2)) return null;
  const x = numFn(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  const ev = AnyArr_get(a, b + 1);
  let e: i64;
  if (isSmallOrInt(ev) || K.Bool_is(ev)) e = intVal(ev);
  else if (K.BigInt_is(ev)) e = bigSign(ev) < 0 ? i64.MIN_VALUE : i64.MAX_VALUE;
  else return raiseTypeError(strLit("Expected an int as second argument to ldexp."));
  if (x == 0.0 || !isFinite(x)) return mkFloat(x);
  if (e > 100000) return range();
  if (e < -100000) return mkFloat(copysign<f64>(0.0, x));
  const r = ldexpF(x, <i32>e);
  if (!isFinite(r)) return range();
  return mkFloat(r);
}
export function m_fmod(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("fmod", n, kw, 2, 2)) return null;
  const x = numFn(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  const y = numFn(AnyArr_get(a, b + 1)); if (!is_null(exc)) return null;
  if (isInf(y) && isFinite(x)) return mkFloat(x);
  const r = x % y;
  if (isNaN(r) && !isNaN(x) && !isNaN(y)) return domain();
  return mkFloat(r);
}
export function m_remainder(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("remainder", n, kw, 2, 2)) return null;
  const x = numFn(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  const y = numFn(AnyArr_get(a, b + 1)); if (!is_null(exc)) return null;
  if (isFinite(x) && isFinite(y)) {
    if (y == 0.0) return domain();
    const ax = Math.abs(x), ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: f64;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (ax - m)) % ay);   // a tie: round to the even multiple
    return mkFloat(copysign<f64>(1.0, x) * r);
  }
  if (isNaN(x)) return mkFloat(x);
  if (isNaN(y)) return mkFloat(y);
  if (isInf(x)) return domain();
  return mkFloat(x);
}
function nextAfterF(x: f64, y: f64): f64 {
  if (isNaN(x) || isNaN(y)) return x + y;
  if (x == y) return y;
  if (x == 0.0) return copysign<f64>(reinterpret<f64>(<u64>1), y);
  const bits = reinterpret<u64>(x);
  const up = (y > x) == (x > 0.0);
  return reinterpret<f64>(up ? bits + 1 : bits - 1);
}
export function m_nextafter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("nextafter", n, kw, 2, 2)) return null;
  const x = numFn(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  const y = numFn(AnyArr_get(a, b + 1)); if (!is_null(exc)) return null;
  return mkFloat(nextAfterF(x, y));
}
export function m_ulp(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("ulp", n, kw, 1, 1)) return null;
  let x = numFn(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  if (isNaN(x)) return mkFloat(x);
  x = Math.abs(x);
  if (isInf(x)) return mkFloat(x);
  const x2 = nextAfterF(x, Infinity);
  if (isInf(x2)) return mkFloat(x - nextAfterF(x, -Infinity));
  return mkFloat(x2 - x);
}
export function m_cbrt(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("cbrt", n, kw, 1, 1)) return null;
  const x = numFn(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  return mkFloat(Math.cbrt(x));
}
export function m_exp2(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("exp2", n, kw, 1, 1)) return null;
  const x = numFn(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  // integral exponents are exact powers of two; others go through pow
  const r = x == Math.floor(x) && x >= -1074 && x <= 1023 ? ldexpF(1.0, <i32>x) : Math.pow(2.0, x);
  if (!isFinite(r) && isFinite(x)) return range();
  return mkFloat(r);
}
