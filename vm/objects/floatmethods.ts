// float methods: is_integer, as_integer_ratio, hex, fromhex (classmethod), conjugate and the
// rounding dunders.
import * as K from "../generated/kernel";
import { is_null, ref_eq, Float_is, Float_get_val, AnyArr_get, AnyArr_new, AnyArr_set, Str_is, Str_get_data, Bytes_get, Bytes_len } from "../generated/kernel";
import { mkFloat, mkInt, mkBool, strLit, sbLen, sbByte, sbLit, sbI64, sbTakeStr, T_float, exc, None } from "../rt/core";
import { raiseTypeError, raiseValueError, raiseOverflow } from "../rt/errors";
import { checkArgs } from "../rt/args";
import { addMethod, tupleOf, isSubtype } from "./type";
import { addClassMethod } from "./dictmethods";
import { sbStr } from "./str";
import { typeName, binaryOp } from "../ops";
import { intFromF64 } from "./bigint";
import { OP_LSHIFT } from "./int";
import { callObject1 } from "../interp";

function fval(x: anyref): f64 { return Float_get_val(x); }

function frexpMant(x: f64): f64 { // x = m * 2**e, 0.5 <= |m| < 1 (x finite, nonzero)
  let bits = reinterpret<u64>(x);
  let e = <i32>((bits >> 52) & 0x7ff);
  if (e == 0) { x *= 18014398509481984.0; bits = reinterpret<u64>(x); e = <i32>((bits >> 52) & 0x7ff) - 54; frexpE = e - 1022; }
  else frexpE = e - 1022;
  return reinterpret<f64>((bits & 0x800fffffffffffff) | (<u64>1022 << 52));
}
let frexpE: i32 = 0;
function ldexp(x: f64, e: i32): f64 {
  while (e > 1000) { x *= reinterpret<f64>(<u64>(1000 + 1023) << 52); e -= 1000; }
  while (e < -1000) { x *= reinterpret<f64>(<u64>(-1000 + 1023) << 52); e += 1000; }
  return x * reinterpret<f64>(<u64>(e + 1023) << 52);
}

function m_is_integer(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("float.is_integer", n, kw, 0, 0)) return null;
  const v = fval(self);
  return mkBool(isFinite(v) && Math.floor(v) == v);
}
function m_as_integer_ratio(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("float.as_integer_ratio", n, kw, 0, 0)) return null;
  const v = fval(self);
  if (isNaN(v)) return raiseValueError(strLit("cannot convert NaN to integer ratio"));
  if (!isFinite(v)) return raiseOverflow("cannot convert Infinity to integer ratio");
  let num: anyref, den: anyref;
  if (v == 0) { num = mkInt(0); den = mkInt(1); }
  else {
    let m = frexpMant(v);
    let e = frexpE;
    for (let i = 0; i < 300 && m != Math.floor(m); i++) { m *= 2.0; e--; }
    num = intFromF64(m);
    den = mkInt(1);
    if (e > 0) num = binaryOp(num, mkInt(e), OP_LSHIFT);
    else if (e < 0) den = binaryOp(den, mkInt(-e), OP_LSHIFT);
    if (is_null(num) || is_null(den)) return null;
  }
  const t = AnyArr_new(2); AnyArr_set(t, 0, num); AnyArr_set(t, 1, den);
  return tupleOf(t);
}
function m_conjugate(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("float.conjugate", n, kw, 0, 0)) return null;
  return ref_eq(K.Obj_get_cls(self), T_float) ? self : mkFloat(fval(self));
}
function hexDigit(d: i32): i32 { return d < 10 ? 48 + d : 87 + d; }
function m_hex(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("float.hex", n, kw, 0, 0)) return null;
  const x = fval(self);
  const mk = sbLen;
  if (isNaN(x)) { sbLit("nan"); return sbTakeStr(mk); }
  if (!isFinite(x)) { sbLit(x < 0 ? "-inf" : "inf"); return sbTakeStr(mk); }
  const neg = x < 0 || (x == 0 && 1 / x < 0);
  if (x == 0) { sbLit(neg ? "-0x0.0p+0" : "0x0.0p+0"); return sbTakeStr(mk); }
  let m = frexpMant(Math.abs(x));
  let e = frexpE;
  let shift = 1 - (-1021 - e > 0 ? -1021 - e : 0);
  m = ldexp(m, shift);
  e -= shift;
  if (neg) sbByte(45);
  sbLit("0x");
  let d = <i32>m; sbByte(hexDigit(d)); m -= <f64>d;
  sbByte(46);
  for (let i = 0; i < 13; i++) { m *= 16.0; d = <i32>m; sbByte(hexDigit(d)); m -= <f64>d; }
  sbByte(112);
  if (e >= 0) sbByte(43);
  sbI64(e);
  return sbTakeStr(mk);
}
function hv(c: i32): i32 { if (c >= 48 && c <= 57) return c - 48; c |= 32; if (c >= 97 && c <= 102) return c - 87; return -1; }
function invalidHex(): anyref { return raiseValueError(strLit("invalid hexadecimal floating-point string")); }
function lowerAt(d: anyref, i: i32): i32 { const c = Bytes_get(d, i); return c >= 65 && c <= 90 ? c + 32 : c; }
function matchWord(d: anyref, i: i32, end: i32, w: string): bool {
  if (end - i != w.length) return false;
  for (let k = 0; k < w.length; k++) if (lowerAt(d, i + k) != <i32>w.charCodeAt(k)) return false;
  return true;
}
function m_fromhex(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("float.fromhex", n, kw, 1, 1)) return null;
  const s = AnyArr_get(a, b);
  if (!Str_is(s)) return raiseTypeError(strLit("bad argument type for built-in operation"));   // PyUnicode_AsUTF8AndSize's message
  const d = Str_get_data(s);
  let i = 0, end = Bytes_len(d);
  while (i < end && isWs(Bytes_get(d, i))) i++;
  while (end > i && isWs(Bytes_get(d, end - 1))) end--;
  let neg = false;
  if (i < end && (Bytes_get(d, i) == 43 || Bytes_get(d, i) == 45)) { neg = Bytes_get(d, i) == 45; i++; }
  let r: f64;
  if (matchWord(d, i, end, "inf") || matchWord(d, i, end, "infinity")) r = Infinity;
  else if (matchWord(d, i, end, "nan")) r = NaN;
  else {
    if (i + 1 < end && Bytes_get(d, i) == 48 && lowerAt(d, i + 1) == 120) i += 2;
    // mantissa digits: keep the first 16 significant hex digits (64 bits), a sticky bit for the rest
    let mant: u64 = 0;
    let sig = 0;
    let exp: i64 = 0;
    let sticky = false;
    let any = false;
    let seenDot = false;
    while (i < end) {
      const c = Bytes_get(d, i);
      if (c == 46) { if (seenDot) break; seenDot = true; i++; continue; }
      const h = hv(c);
      if (h < 0) break;
      any = true;
      if (sig < 16) { if (mant != 0 || h != 0) { mant = (mant << 4) | <u64>h; sig++; } if (seenDot) exp -= 4; }
      else { if (h != 0) sticky = true; if (!seenDot) exp += 4; }
      i++;
    }
    if (!any) return invalidHex();
    if (i < end && lowerAt(d, i) == 112) {
      i++;
      let eneg = false;
      if (i < end && (Bytes_get(d, i) == 43 || Bytes_get(d, i) == 45)) { eneg = Bytes_get(d, i) == 45; i++; }
      let ev: i64 = 0, ed = 0;
      while (i < end && Bytes_get(d, i) >= 48 && Bytes_get(d, i) <= 57) { if (ev < 100000000) ev = ev * 10 + <i64>(Bytes_get(d, i) - 48); i++; ed++; }
      if (ed == 0) return invalidHex();
      exp += eneg ? -ev : ev;
    }
    if (i != end) return invalidHex();
    if (mant == 0) r = 0;
    else {
      // normalize to 64 bits, then round to 53 (or fewer for subnormals) bits, half to even
      let lz = <i32>clz(mant);
      mant <<= <u64>lz; exp -= lz;
      // value = mant * 2**exp, mant in [2**63, 2**64)
      const topExp = exp + 63;               // exponent of the leading bit
      if (topExp > 1023) return raiseOverflow("hexadecimal value too large to represent as a float");
      let keep = 53;
      if (topExp < -1022) keep = 53 - <i32>(-1022 - topExp);
      if (keep <= 0) {
        // below half the smallest subnormal, or rounds to it
        const halfExp = -1075;
        r = topExp == halfExp && (mant << 1 != 0 || sticky) ? 4.9406564584124654e-324 : 0;
      } else {
        const drop = 64 - keep;
        let q = drop >= 64 ? 0 : mant >> <u64>drop;
        const rem = drop >= 64 ? mant : mant & ((<u64>1 << <u64>drop) - 1);
        const half = <u64>1 << <u64>(drop - 1);
        if (rem > half || (rem == half && (sticky || (q & 1) != 0)) || (rem == half && sticky)) q++;
        r = ldexp(<f64>q, <i32>(exp + drop));
        if (!isFinite(r)) return raiseOverflow("hexadecimal value too large to represent as a float");
      }
    }
  }
  if (neg) r = -r;
  const f = mkFloat(r);
  if (K.Type_is(cls) && !ref_eq(cls, T_float)) return callObject1(cls, f);
  return f;
}
function isWs(c: i32): bool { return c == 32 || (c >= 9 && c <= 13); }
function m_trunc(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("float.__trunc__", n, kw, 0, 0)) return null;
  return toIntChecked(fval(self), 0);
}
function m_floor(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("float.__floor__", n, kw, 0, 0)) return null;
  return toIntChecked(fval(self), 1);
}
function m_ceil(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("float.__ceil__", n, kw, 0, 0)) return null;
  return toIntChecked(fval(self), 2);
}
function toIntChecked(v: f64, mode: i32): anyref {
  if (isNaN(v)) return raiseValueError(strLit("cannot convert float NaN to integer"));
  if (!isFinite(v)) return raiseOverflow("cannot convert float infinity to integer");
  const w = mode == 0 ? Math.trunc(v) : mode == 1 ? Math.floor(v) : Math.ceil(v);
  return intFromF64(w);
}

export function registerFloatMethods(t: anyref): void {
  addMethod(t, "is_integer", m_is_integer);
  addMethod(t, "as_integer_ratio", m_as_integer_ratio);
  addMethod(t, "conjugate", m_conjugate);
  addMethod(t, "hex", m_hex);
  addClassMethod(t, "fromhex", m_fromhex);
  addMethod(t, "__trunc__", m_trunc);
  addMethod(t, "__floor__", m_floor);
  addMethod(t, "__ceil__", m_ceil);
}
