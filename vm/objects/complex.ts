// complex: two f64s. Arithmetic follows CPython's complexobject.c: division by the scaled
// (Smith-like) method, integer powers by repeated squaring, other powers through polar form;
// repr prints each part with repr() minus a trailing ".0" and omits a zero (+0.0) real part.
import * as K from "../generated/kernel";
import { Complex_is, Complex_get_re, Complex_get_im, Float_is, AnyArr_get, ref_eq, is_null } from "../generated/kernel";
import { T_complex, mkFloat, isSmallOrInt, intVal, NotImplemented, mkBool, sbLen, sbByte, sbLit, sbTakeStr, sbPtr, sbTruncate, sbReserve, strLit, None } from "../rt/core";
import { raiseZeroDivision, raiseTypeError, raiseValueError, raiseOverflow } from "../rt/errors";
import { reprFloat } from "../rt/dtoa";
import { floatHash } from "./float";
import { OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_POW } from "./int";
import { CMP_EQ, CMP_NE, typeName } from "../ops";
import { addMethod } from "./type";
import { checkArgs, kwCount } from "../rt/args";
import { intToF64 } from "./bigint";
import { parseFloat as strtod, parseError } from "../rt/strtod";
import { sbStr } from "./str";
import { userDunder as userDunder_ } from "../ops";
import { intern as intern_ } from "./str";
import { callObject1 as callObject1_ } from "../interp";
import { N_float as N_float_, N_index as N_index_ } from "../rt/names";
import { T_float as T_float_ } from "../rt/core";

export function mkComplex(re: f64, im: f64): anyref { return K.Complex_new(T_complex, re, im); }

/** Is x usable as a complex operand (complex, float, int, bool, big int)? */
function isOperand(x: anyref): bool { return Complex_is(x) || Float_is(x) || isSmallOrInt(x) || K.BigInt_is(x); }
function re(x: anyref): f64 {
  if (Complex_is(x)) return Complex_get_re(x);
  if (Float_is(x)) return K.Float_get_val(x);
  if (K.BigInt_is(x)) return intToF64(x);
  return <f64>intVal(x);
}
function im(x: anyref): f64 { return Complex_is(x) ? Complex_get_im(x) : 0; }

function partInto(v: f64): void {
  sbReserve(32);
  const start = sbLen;
  const n = reprFloat(v, sbPtr + <usize>sbLen);
  sbTruncate(sbLen + n);
  // drop a trailing ".0" (complex repr uses 'r' without the forced ".0")
  if (n >= 2 && load<u8>(sbPtr + <usize>(sbLen - 1)) == 48 && load<u8>(sbPtr + <usize>(sbLen - 2)) == 46) sbTruncate(sbLen - 2);
  if (start < 0) sbTruncate(start);
}

export function complexReprInto(x: anyref): void {
  const r = Complex_get_re(x), i = Complex_get_im(x);
  if (r == 0 && 1 / r > 0) { partInto(i); sbByte(106); return; }
  sbByte(40);
  partInto(r);
  if (!(i < 0) && !(i == 0 && 1 / i < 0) && !isNaN(i)) sbByte(43);
  else if (isNaN(i)) sbByte(43);
  partInto(i);
  sbLit("j)");
}

export function complexHash(x: anyref): i64 {
  const hr = floatHash(Complex_get_re(x)), hi = floatHash(Complex_get_im(x));
  let h = hr + 1000003 * hi;
  if (h == -1) h = -2;
  return h;
}

export function complexCompare(a: anyref, b: anyref, op: i32): anyref {
  if (!isOperand(a) || !isOperand(b)) return NotImplemented;
  if (op != CMP_EQ && op != CMP_NE) return NotImplemented;
  const eq = re(a) == re(b) && im(a) == im(b);
  return mkBool(op == CMP_EQ ? eq : !eq);
}

function div(ar: f64, ai: f64, br: f64, bi: f64): anyref {
  const abs_br = Math.abs(br), abs_bi = Math.abs(bi);
  if (br == 0 && bi == 0) return raiseZeroDivision("complex division by zero");
  let r: f64, i: f64;
  if (abs_br >= abs_bi) {
    const ratio = bi / br, denom = br + bi * ratio;
    r = (ar + ai * ratio) / denom; i = (ai - ar * ratio) / denom;
  } else if (abs_bi >= abs_br) {
    const ratio = br / bi, denom = br * ratio + bi;
    r = (ar * ratio + ai) / denom; i = (ai * ratio - ar) / denom;
  } else { r = NaN; i = NaN; }
  return mkComplex(r, i);
}

function pow(ar: f64, ai: f64, br: f64, bi: f64): anyref {
  if (br == 0 && bi == 0) return mkComplex(1, 0);
  if (ar == 0 && ai == 0) {
    if (bi != 0 || br < 0) return raiseZeroDivision("0.0 to a negative or complex power");
    return mkComplex(0, 0);
  }
  if (bi == 0 && br == Math.floor(br) && Math.abs(br) <= 100) {
    // integer power: repeated squaring (CPython's c_powi)
    let n = <i32>br;
    const neg = n < 0; if (neg) n = -n;
    let rr: f64 = 1, ri: f64 = 0, xr = ar, xi = ai;
    while (n > 0) {
      if (n & 1) { const t = rr * xr - ri * xi; ri = rr * xi + ri * xr; rr = t; }
      const t2 = xr * xr - xi * xi; xi = 2 * xr * xi; xr = t2;
      n >>= 1;
    }
    if (neg) return div(1, 0, rr, ri);
    return mkComplex(rr, ri);
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi != 0) { len /= Math.exp(at * bi); phase += bi * Math.log(vabs); }
  const r = len * Math.cos(phase), i = len * Math.sin(phase);
  if (!isFinite(r) || !isFinite(i)) { if (isFinite(len)) {} else return raiseOverflow("complex exponentiation"); }
  return mkComplex(r, i);
}

/** a op b when one side is complex; NotImplemented otherwise. */
export function complexBinop(a: anyref, b: anyref, o: i32): anyref {
  if (!(Complex_is(a) || Complex_is(b)) || !isOperand(a) || !isOperand(b)) return NotImplemented;
  const ar = re(a), ai = im(a), br = re(b), bi = im(b);
  switch (o) {
    case OP_ADD: return mkComplex(ar + br, ai + bi);
    case OP_SUB: return mkComplex(ar - br, ai - bi);
    case OP_MUL: return mkComplex(ar * br - ai * bi, ar * bi + ai * br);
    case OP_TRUEDIV: return div(ar, ai, br, bi);
    case OP_POW: return pow(ar, ai, br, bi);
  }
  return NotImplemented;
}

/** -x, +x, abs(x) for complex; null+exc or NotImplemented. */
export function complexNeg(x: anyref): anyref { return mkComplex(-Complex_get_re(x), -Complex_get_im(x)); }
export function complexAbs(x: anyref): anyref {
  const r = Math.hypot(Complex_get_re(x), Complex_get_im(x));
  if (!isFinite(r) && isFinite(Complex_get_re(x)) && isFinite(Complex_get_im(x))) return raiseOverflow("absolute value too large");
  return mkFloat(r);
}

function parseComplexStr(orig: anyref): anyref {
  // forms: "1", "1j", "1+2j", "(1-2j)", " -1.5e3-2J ", "j", "-j"
  const s = asciiNumeric(orig);
  if (!underscoresOk(s)) { const m = sbLen; sbLit("could not convert string to complex: "); if (!reprInto_(orig)) return null; return raiseValueError(sbTakeStr(m)); }
  const d = K.Str_get_data(s);
  let n = K.Bytes_len(d);
  let i = 0;
  while (i < n && isWs(K.Bytes_get(d, i))) i++;
  while (n > i && isWs(K.Bytes_get(d, n - 1))) n--;
  if (i < n && K.Bytes_get(d, i) == 40 && K.Bytes_get(d, n - 1) == 41) { i++; n--; while (i < n && isWs(K.Bytes_get(d, i))) i++; while (n > i && isWs(K.Bytes_get(d, n - 1))) n--; }
  const mark = sbLen;
  sbReserve(n - i + 2);
  K.Bytes_to_mem(d, i, sbPtr + <usize>sbLen, n - i);
  const p = sbPtr + <usize>sbLen;
  const len = n - i;
  let res: anyref = null;
  if (len > 0) {
    const last = load<u8>(p + <usize>(len - 1)) | 32;
    if (last != 106) {
      const v = strtod(p, len);
      if (!parseError) res = mkComplex(v, 0);
    } else {
      // find the split between real and imaginary parts: the last +/- not after an 'e'
      let k = len - 2;
      if (k < 0) k = 0;   // "j" alone
      while (k > 0) { const c = load<u8>(p + <usize>k); if ((c == 43 || c == 45) && (load<u8>(p + <usize>(k - 1)) | 32) != 101) break; k--; }
      const imLen = len - 1 - k;
      let imv: f64;
      const sign1 = imLen == 1 ? load<u8>(p + <usize>k) : 0;
      if (imLen == 0 || (imLen == 1 && (sign1 == 43 || sign1 == 45))) imv = sign1 == 45 ? -1 : 1;
      else { imv = strtod(p + <usize>k, imLen); if (parseError) imv = NaN; }
      if (!isNaN(imv) || (imLen > 0 && !parseError)) {
        if (k == 0) res = mkComplex(0, imv);
        else { const rv = strtod(p, k); if (!parseError) res = mkComplex(rv, imv); }
      }
    }
  }
  sbTruncate(mark);
  if (is_null(res)) return raiseValueError(strLit("complex() arg is a malformed string"));
  return res;
}
function isWs(c: i32): bool { return c == 32 || (c >= 9 && c <= 13); }

export function complexCtor(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("complex", n, kw, 0, 2)) return null;
  if (n == 0) return mkComplex(0, 0);
  let x = AnyArr_get(a, b);
  if (!K.Str_is(x) && !isOperand(x)) {
    // __complex__, then __float__ / __index__ (PyNumber_Float)
    const cm = userDunder_(x, intern_(strLit("__complex__")));
    if (!is_null(cm)) {
      const r = callObject1_(cm, x);
      if (is_null(r)) return null;
      if (!Complex_is(r)) { const m = sbLen; sbStr(typeName(x)); sbLit(".__complex__ returned non-complex (type "); sbStr(typeName(r)); sbByte(41); return raiseTypeError(sbTakeStr(m)); }
      if (n == 1) return r;
      x = r;
    } else if (!is_null(userDunder_(x, N_float_)) || !is_null(userDunder_(x, N_index_))) {
      const f = callObject1_(T_float_, x);
      if (is_null(f)) return null;
      x = f;
    }
  }
  if (K.Str_is(x)) {
    if (n == 2) return raiseTypeError(strLit("complex() can't take second arg if first is a string"));
    return parseComplexStr(x);
  }
  if (!isOperand(x)) { const m = sbLen; sbLit("complex() first argument must be a string or a number, not '"); sbStr(typeName(x)); sbByte(39); return raiseTypeError(sbTakeStr(m)); }
  let r = re(x), i = im(x);
  if (n == 2) {
    const y = AnyArr_get(a, b + 1);
    if (K.Str_is(y)) return raiseTypeError(strLit("complex() second arg can't be a string"));
    if (!isOperand(y)) { const m = sbLen; sbLit("complex() second argument must be a number, not '"); sbStr(typeName(y)); sbByte(39); return raiseTypeError(sbTakeStr(m)); }
    // as complex_new: the imaginary part is y itself unless x is complex (keeps complex(1, -0.0)'s sign)
    if (Complex_is(y)) r -= im(y);
    i = Complex_is(x) ? i + re(y) : re(y);
  }
  return mkComplex(r, i);
}

function m_conjugate(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("complex.conjugate", n, kw, 0, 0)) return null;
  return mkComplex(Complex_get_re(self), -Complex_get_im(self));
}
export function registerComplex(): void { addMethod(T_complex, "conjugate", m_conjugate); }

import { asciiNumeric } from "./numtext";
import { reprInto as reprInto_ } from "../ops";
/** _Py_string_to_number_with_underscores: an underscore must sit between two digits. */
function underscoresOk(s: anyref): bool {
  const d = K.Str_get_data(s);
  const n = K.Bytes_len(d);
  for (let i = 0; i < n; i++) {
    if (K.Bytes_get(d, i) != 95) continue;
    if (i == 0 || i == n - 1) return false;
    const p = K.Bytes_get(d, i - 1), q = K.Bytes_get(d, i + 1);
    if (!(p >= 48 && p <= 57) || !(q >= 48 && q <= 57)) return false;
  }
  return true;
}
