// Text formatting: the format-spec mini-language (format(), f-strings, str.format) and
// printf-style `%` formatting, for int, float, str and objects with __format__.
//   spec := [[fill]align][sign][z][#][0][width][grouping][.precision][type]
import * as K from "../generated/kernel";
import { is_null, ref_eq, small_is, Str_is, Float_is, Tuple_is, AnyArr_get, AnyArr_len, Tuple_get_items, Dict_is } from "../generated/kernel";
import { sbLen, sbPtr, sbByte, sbLit, sbTakeStr, sbTruncate, sbReserve, sbI64, sbU64, sbCodepoint, isSmallOrInt, intVal, exc, strLit, mkInt, EmptyStr, None, typeOf } from "../rt/core";
import { raiseTypeError, raiseValueError, raiseWith } from "../rt/errors";
import { getItem as getItem_ } from "../ops";
import * as E from "../objects/exceptions";
import * as N from "../rt/names";
import { strInto, reprInto, typeName, userDunder, str, repr, getItem } from "../ops";
import { sbStr, codepointAt, strLen, decodeAt, utf8SeqLen, strSub } from "../objects/str";
import { formatFloat, reprFloat, FMT_ALT, FMT_UPPER, FMT_ADD_DOT_0, FMT_NO_NEG_ZERO } from "../rt/dtoa";
import { callObject2 } from "../interp";
import { reserve as reserve_ } from "../rt/core";

// Parsed spec (globals: no allocation)
let fZeroAlign: bool = false;
let fFill: i32 = 32, fAlign: i32 = 0, fSign: i32 = 0, fAlt: bool = false, fZero: bool = false, fNoNegZero: bool = false;
let fWidth: i32 = -1, fGroup: i32 = 0, fPrec: i32 = -1, fType: i32 = 0;

let specInvalid = false;
function specError(msg: string): bool { raiseValueError(strLit(msg)); return false; }

function parseSpec(spec: anyref): bool {
  fFill = 32; fAlign = 0; fSign = 0; fAlt = false; fZero = false; fNoNegZero = false; fWidth = -1; fGroup = 0; fPrec = -1; fType = 0;
  fZeroAlign = false;
  if (is_null(spec)) return true;
  const n = strLen(spec);
  let i = 0;
  let fillGiven = false;
  if (n >= 2 && isAlign(codepointAt(spec, 1))) { fFill = codepointAt(spec, 0); fAlign = codepointAt(spec, 1); i = 2; fillGiven = true; }
  else if (n >= 1 && isAlign(codepointAt(spec, 0))) { fAlign = codepointAt(spec, 0); i = 1; }
  if (i < n) { const c = codepointAt(spec, i); if (c == 43 || c == 45 || c == 32) { fSign = c; i++; } }
  if (i < n && codepointAt(spec, i) == 122) { fNoNegZero = true; i++; }
  if (i < n && codepointAt(spec, i) == 35) { fAlt = true; i++; }
  if (i < n && codepointAt(spec, i) == 48) { fZero = true; i++; }
  let w: i64 = 0, hasW = false;
  while (i < n && isDigit(codepointAt(spec, i))) { w = w * 10 + codepointAt(spec, i) - 48; hasW = true; i++; if (w > 0x7fffffff) return specError("Too many decimal digits in format string"); }
  if (hasW) {
    fWidth = <i32>w;
    // padding is built in the string builder: fail before allocating (docs/budgets.md)
    if (w > 1024 && !reserve_(w * (fFill < 0x80 ? 1 : 4) + <i64>sbLen * 3 + 64)) return false;
  }
  if (i < n && (codepointAt(spec, i) == 44 || codepointAt(spec, i) == 95)) { fGroup = codepointAt(spec, i); i++; }
  if (i < n && (codepointAt(spec, i) == 44 || codepointAt(spec, i) == 95)) {
    if (fGroup == 44 && codepointAt(spec, i) == 95 || fGroup == 95 && codepointAt(spec, i) == 44) return specError("Cannot specify both ',' and '_'.");
    return specError(fGroup == 44 ? "Cannot specify ',' with ','." : "Cannot specify '_' with '_'.");
  }
  if (i < n && codepointAt(spec, i) == 46) {
    i++;
    let p = 0, hasP = false;
    while (i < n && isDigit(codepointAt(spec, i))) { p = p * 10 + codepointAt(spec, i) - 48; hasP = true; i++; if (p > 100000000) return specError("Too many decimal digits in format string"); }
    if (!hasP) return specError("Format specifier missing precision");
    fPrec = p;
  }
  if (i < n) { fType = codepointAt(spec, i); i++; }
  if (i < n) { specInvalid = true; return specError("Invalid format specifier"); }
  // CPython validates the separator against the presentation type while parsing, before any
  // type-specific check (so '{:+,s}' says "Cannot specify ',' with 's'.", not "Sign not allowed")
  if (fGroup != 0 && fType != 0 && !groupAllowed(fGroup, fType)) { groupError(fGroup, fType); return false; }
  fZeroAlign = false;
  if (fZero && !fillGiven) { fFill = 48; if (fAlign == 0) { fAlign = 61; fZeroAlign = true; } }
  return true;
}
/** PEP 378 / PEP 515: ',' with d e f g E G % F (or no type); '_' also with b o x X. */
function groupAllowed(g: i32, t: i32): bool {
  if (t == 100 || t == 101 || t == 102 || t == 103 || t == 69 || t == 71 || t == 37 || t == 70) return true;
  return g == 95 && (t == 98 || t == 111 || t == 120 || t == 88);
}
function groupError(g: i32, t: i32): void {
  const m = sbLen; sbLit("Cannot specify '"); sbByte(g); sbLit("' with '");
  if (t > 32 && t < 128) { sbByte(t); sbLit("'."); } else { sbLit("\\x"); writeBase(<u64>t, 16, false); sbLit("'."); }
  raiseValueError(sbTakeStr(m));
}
function isAlign(c: i32): bool { return c == 60 || c == 62 || c == 94 || c == 61; }
function isDigit(c: i32): bool { return c >= 48 && c <= 57; }

/** Pad the builder contents [mark, sbLen) (cpCount code points, sign prefix length signLen) to fWidth. */
function pad(mark: i32, cpCount: i32, defaultAlign: i32, signLen: i32): void {
  if (fWidth <= cpCount) return;
  const padN = fWidth - cpCount;
  const align = fAlign == 0 ? defaultAlign : fAlign;
  // copy body out to the end of the builder, then rebuild
  const bodyLen = sbLen - mark;
  const fb = fFill < 0x80 ? 1 : fFill < 0x800 ? 2 : fFill < 0x10000 ? 3 : 4;
  sbReserve(bodyLen * 2 + padN * fb + 16);
  const tmp2 = sbPtr + <usize>sbLen + <usize>(padN * fb + 8);
  memory.copy(tmp2, sbPtr + <usize>mark, <usize>bodyLen);
  sbTruncate(mark);
  let left = 0, right = 0;
  if (align == 60) right = padN;
  else if (align == 62 || align == 61) left = padN;
  else { left = padN / 2; right = padN - left; }
  if (align == 61) {
    for (let k = 0; k < signLen; k++) sbByte(load<u8>(tmp2 + <usize>k));
    for (let k = 0; k < left; k++) sbCodepoint(fFill);
    for (let k = signLen; k < bodyLen; k++) sbByte(load<u8>(tmp2 + <usize>k));
    return;
  }
  for (let k = 0; k < left; k++) sbCodepoint(fFill);
  for (let k = 0; k < bodyLen; k++) sbByte(load<u8>(tmp2 + <usize>k));
  for (let k = 0; k < right; k++) sbCodepoint(fFill);
}

function groupDigits(mark: i32, digitsStart: i32, digitsEnd: i32, sep: i32, every: i32): void {
  // insert sep every `every` digits counting from digitsEnd leftwards (in place via a copy)
  const n = digitsEnd - digitsStart;
  if (n <= every) return;
  const tailLen = sbLen - digitsEnd;
  const nsep = (n - 1) / every;
  sbReserve(nsep + tailLen + n + 8);
  const tmp = sbPtr + <usize>sbLen + 8;
  memory.copy(tmp, sbPtr + <usize>digitsStart, <usize>(sbLen - digitsStart));
  sbTruncate(digitsStart);
  for (let k = 0; k < n; k++) {
    if (k > 0 && (n - k) % every == 0) sbByte(sep);
    sbByte(load<u8>(tmp + <usize>k));
  }
  for (let k = 0; k < tailLen; k++) sbByte(load<u8>(tmp + <usize>(n + k)));
}

// A BigInt being formatted by formatIntInto / formatIntPrec (whose i64 argument is then unused).
let curBig: anyref = null;
/** format an int object of any size. */
function formatIntObjInto(x: anyref, prec: i32): bool {
  if (fNoNegZero && !(fType == 101 || fType == 69 || fType == 102 || fType == 70 || fType == 103 || fType == 71 || fType == 37)) {
    raiseValueError(strLit("Negative zero coercion (z) not allowed in integer format specifier"));
    return false;
  }
  if (K.BigInt_is(x)) { curBig = x; const ok = formatIntPrec(0, prec); curBig = null; return ok; }
  return formatIntPrec(intVal(x), prec);
}
function writeMag(mag: u64, base: u64, upper: bool): bool {
  if (is_null(curBig)) { writeBase(mag, base, upper); return true; }
  return intDigitsInto(curBig, <i32>base, upper);
}
import { intDigitsInto, intToF64, intFromF64, bigSign } from "../objects/bigint";
import { raiseOverflow as raiseOverflow_, raiseLit as raiseLit_ } from "../rt/errors";
import * as E_ from "../objects/exceptions";
let fmtBool = false;
function formatIntInto(v: i64): bool {
  let t = fType;
  if (t == 0) t = 100;
  if (t == 99) { // 'c': CPython's order of checks (format_long_internal)
    if (fPrec >= 0) return specError("Precision not allowed in integer format specifier");
    if (fSign != 0) return specError("Sign not allowed with integer format specifier 'c'");
    if (fAlt) return specError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (!is_null(curBig)) { raiseOverflow_("Python int too large to convert to C long"); return false; }
    if (v < 0 || v > 0x10ffff) { raiseOverflow_("%c arg not in range(0x110000)"); return false; }
    const m = sbLen; sbCodepoint(<i32>v); pad(m, 1, 60, 0); return true;
  }
  if (!(t == 101 || t == 69 || t == 102 || t == 70 || t == 103 || t == 71 || t == 37 || t == 100 || t == 110 || t == 120 || t == 88 || t == 111 || t == 98)) { unknownCode(t, fmtBool ? "bool" : "int"); return false; }
  if (t == 101 || t == 69 || t == 102 || t == 70 || t == 103 || t == 71 || t == 37) {
    if (is_null(curBig)) return formatFloatInto(<f64>v);
    const fv = intToF64(curBig); if (!is_null(exc)) return false;
    return formatFloatInto(fv);
  }
  if (fPrec >= 0) return specError("Precision not allowed in integer format specifier");
  const m = sbLen;
  const neg = is_null(curBig) ? v < 0 : bigSign(curBig) < 0;
  const mag: u64 = neg ? <u64>(-v) : <u64>v;
  if (neg) sbByte(45); else if (fSign == 43) sbByte(43); else if (fSign == 32) sbByte(32);
  let base: u64 = 10;
  if (t == 120 || t == 88) { base = 16; if (fAlt) sbLit(t == 88 ? "0X" : "0x"); }
  else if (t == 111) { base = 8; if (fAlt) sbLit("0o"); }
  else if (t == 98) { base = 2; if (fAlt) sbLit("0b"); }
  else if (t != 100 && t != 110) { unknownCode(t, "int"); return false; }
  const signLen = sbLen - m;
  const ds = sbLen;
  if (!writeMag(mag, base, t == 88)) return false;
  if (fGroup != 0) groupDigits(m, ds, sbLen, fGroup, base == 10 ? 3 : 4);
  if (fAlign == 61 && fFill == 48 && fGroup != 0 && fWidth > sbLen - m) {
    // zero padding with grouping: pad digits with zeros and separators
    const want = fWidth - signLen;
    const digits = sbLen - ds;
    const tmpMark = sbLen;
    // simple approach: rebuild digits with leading zeros until width reached
    let raw = 0; for (let k = ds; k < sbLen; k++) if (load<u8>(sbPtr + <usize>k) != <u8>fGroup) raw++;
    sbTruncate(ds);
    writeMag(mag, base, t == 88);
    const every = base == 10 ? 3 : 4;
    let total = raw;
    while (true) { const withSep = total + (total - 1) / every; if (withSep >= want) break; total++; }
    const zeros = total - raw;
    const dl = sbLen - ds;
    sbReserve(dl + 128 + total * 2);
    const tmp = sbPtr + <usize>sbLen + 64;
    memory.copy(tmp, sbPtr + <usize>ds, <usize>dl);
    sbTruncate(ds);
    for (let k = 0; k < zeros; k++) sbByte(48);
    for (let k = 0; k < dl; k++) sbByte(load<u8>(tmp + <usize>k));
    groupDigits(m, ds, sbLen, fGroup, every);
    if (tmpMark < 0 || digits < 0) return true;
    return true;
  }
  pad(m, sbLen - m, 62, signLen);
  return true;
}
function writeBase(v: u64, base: u64, upper: bool): void {
  const start = sbLen;
  do { const d = <i32>(v % base); sbByte(d < 10 ? 48 + d : (upper ? 55 : 87) + d); v /= base; } while (v != 0);
  let i = start, j = sbLen - 1;
  while (i < j) { const a = load<u8>(sbPtr + <usize>i); store<u8>(sbPtr + <usize>i, load<u8>(sbPtr + <usize>j)); store<u8>(sbPtr + <usize>j, a); i++; j--; }
}
function unknownCode(t: i32, tn: string): void {
  const m = sbLen; sbLit("Unknown format code '"); sbCodepoint(t); sbLit("' for object of type '"); sbLit(tn); sbLit("'");
  raiseValueError(sbTakeStr(m));
}

function formatFloatInto(x: f64): bool {
  let t = fType;
  let flags = 0;
  if (fAlt) flags |= FMT_ALT;
  if (fNoNegZero) flags |= FMT_NO_NEG_ZERO;
  let prec = fPrec;
  // 'r' is internal (repr style for an omitted type), not a presentation type of format()
  if (t == 114) { unknownCode(t, "float"); return false; }
  if (t == 0) {
    if (prec < 0) {
      // like repr, but format() with no type and no precision == str(x)
      t = 114;
    } else { t = 103; flags |= FMT_ADD_DOT_0; }
  } else if (t == 110) t = 103;
  if (!(t == 101 || t == 69 || t == 102 || t == 70 || t == 103 || t == 71 || t == 37 || (t == 114 && fType == 0))) { unknownCode(t, "float"); return false; }
  if (prec < 0) prec = 6;
  const m = sbLen;
  const neg = x < 0 || (x == 0 && 1 / x < 0);
  sbReserve(prec + 400);
  const len = formatFloat(x, t, prec, flags, sbPtr + <usize>sbLen);
  sbTruncate(sbLen + len);
  let signLen = 0;
  if (load<u8>(sbPtr + <usize>m) == 45) signLen = 1;
  else if (fSign == 43 || fSign == 32) {
    // insert sign
    sbReserve(1);
    memory.copy(sbPtr + <usize>m + 1, sbPtr + <usize>m, <usize>len);
    store<u8>(sbPtr + <usize>m, <u8>fSign);
    sbTruncate(sbLen + 1);
    signLen = 1;
  }
  if (fGroup != 0) {
    // group the integer digits
    let e = m + signLen;
    while (e < sbLen && isDigit(load<u8>(sbPtr + <usize>e))) e++;
    groupDigits(m, m + signLen, e, fGroup, 3);
    if (fAlign == 61 && fFill == 48 && fWidth > sbLen - m && isDigit(load<u8>(sbPtr + <usize>(m + signLen)))) {
      // zero padding with grouping: leading zeros take separators too, as in CPython
      const ds = m + signLen;
      let de = ds; let raw = 0;
      while (de < sbLen) { const c = load<u8>(sbPtr + <usize>de); if (isDigit(c)) raw++; else if (c != <u8>fGroup) break; de++; }
      const tailLen = sbLen - de;
      const want = fWidth - signLen - tailLen;
      let total = raw;
      while (total + (total - 1) / 3 < want) total++;
      const zeros = total - raw;
      const n = sbLen - ds;
      sbReserve(n + zeros * 2 + total + 256);
      const tmp = sbPtr + <usize>sbLen + <usize>(zeros * 2 + total + 64);
      let tl = 0;
      for (let k = ds; k < sbLen; k++) { const c = load<u8>(sbPtr + <usize>k); if (k < de && c == <u8>fGroup) continue; store<u8>(tmp + <usize>tl, c); tl++; }
      sbTruncate(ds);
      for (let k = 0; k < zeros; k++) sbByte(48);
      for (let k = 0; k < raw; k++) sbByte(load<u8>(tmp + <usize>k));
      const digitsEnd = sbLen;
      for (let k = raw; k < tl; k++) sbByte(load<u8>(tmp + <usize>k));
      groupDigits(m, ds, digitsEnd, fGroup, 3);
      return true;
    }
  }
  pad(m, sbLen - m, 62, signLen);
  if (neg && false) return true;
  return true;
}

function formatStrInto(s: anyref): bool {
  if (fType != 0 && fType != 115) { unknownCode(fType, "str"); return false; }
  // a str's default presentation type is 's', which takes no separator (checked while parsing in CPython)
  if (fGroup != 0) { groupError(fGroup, 115); return false; }
  if (fZeroAlign) fAlign = 0;
  if (fSign == 32) return specError("Space not allowed in string format specifier");
  if (fSign != 0) return specError("Sign not allowed in string format specifier");
  if (fAlt) return specError("Alternate form (#) not allowed in string format specifier");
  if (fAlign == 61) return specError("'=' alignment not allowed in string format specifier");
  const m = sbLen;
  let n = strLen(s);
  if (fPrec >= 0 && fPrec < n) { sbStr(strSub(s, 0, fPrec)); n = fPrec; }
  else sbStr(s);
  pad(m, n, 60, 0);
  return true;
}

/**
 * format(complex, spec), as CPython's format_complex_internal: no type means str()-like (repr
 * parts, parentheses unless the real part is +0.0, which is left out); a precision with no type
 * means 'g'; the imaginary part always carries its sign; '=' and zero padding are refused.
 */
function formatComplexInto(re: f64, im: f64): bool {
  if (fZero || fZeroAlign) return specError("Zero padding is not allowed in complex format specifier");
  if (fAlign == 61) return specError("'=' alignment flag is not allowed in complex format specifier");
  const given = fType;
  if (!(given == 0 || given == 101 || given == 69 || given == 102 || given == 70 || given == 103 || given == 71 || given == 110)) { unknownCode(given, "complex"); return false; }
  let t = given, prec = fPrec, skipRe = false, parens = false;
  if (t == 0) { t = 114; if (re == 0 && 1 / re > 0) skipRe = true; else parens = true; }
  if (t == 110) t = 103;
  if (prec < 0) prec = t == 114 ? 0 : 6; else if (t == 114) t = 103;
  let flags = 0;
  if (fAlt) flags |= FMT_ALT;
  if (fNoNegZero) flags |= FMT_NO_NEG_ZERO;
  const m = sbLen;
  sbReserve(2 * prec + 800);
  if (parens) sbByte(40);
  if (!skipRe) {
    if (!(re < 0 || (re == 0 && 1 / re < 0) || (isNaN(re) && signbitF(re)))) { if (fSign == 43) sbByte(43); else if (fSign == 32) sbByte(32); }
    const n = formatFloat(re, t, prec, flags, sbPtr + <usize>sbLen); sbTruncate(sbLen + n);
    if (t == 114) dropDot0();
  }
  const imNeg = im < 0 || (im == 0 && 1 / im < 0);
  if (!imNeg) { if (!skipRe) sbByte(43); else if (fSign == 43) sbByte(43); else if (fSign == 32) sbByte(32); }
  { const n = formatFloat(im, t, prec, flags, sbPtr + <usize>sbLen); sbTruncate(sbLen + n); if (t == 114) dropDot0(); }
  sbByte(106);
  if (parens) sbByte(41);
  pad(m, sbLen - m, 62, 0);
  return true;
}
/** repr of a complex part has no ".0" (PyOS_double_to_string 'r' without Py_DTSF_ADD_DOT_0). */
function dropDot0(): void {
  if (sbLen >= 2 && load<u8>(sbPtr + <usize>(sbLen - 1)) == 48 && load<u8>(sbPtr + <usize>(sbLen - 2)) == 46) sbTruncate(sbLen - 2);
}
function signbitF(x: f64): bool { return (reinterpret<i64>(x) >> 63) != 0; }

/** Append format(v, spec) (spec: str or null). */
export function formatInto(v: anyref, spec: anyref): bool {
  const user = userDunder(v, N.N_format);
  if (!is_null(user)) {
    const r = callObject2(user, v, is_null(spec) ? EmptyStr : spec);
    if (is_null(r)) return false;
    if (!Str_is(r)) { const m = sbLen; sbLit("__format__ must return a str, not "); sbStr(typeName(r)); raiseTypeError(sbTakeStr(m)); return false; }
    sbStr(r);
    return true;
  }
  if (!is_null(spec) && strLen(spec) == 0) spec = null;
  if (is_null(spec)) return strInto(v);
  specInvalid = false;
  if (!parseSpec(spec)) {
    // 3.11 names the spec and the type: "Invalid format specifier 'abc' for object of type 'int'"
    if (specInvalid) { const m = sbLen; sbLit("Invalid format specifier '"); sbStr(spec); sbLit("' for object of type '"); sbStr(typeName(v)); sbByte(39); raiseValueError(sbTakeStr(m)); }
    return false;
  }
  fmtBool = K.Bool_is(v);
  if (isSmallOrInt(v) || K.BigInt_is(v)) return formatIntObjInto(v, -1);
  if (Float_is(v)) return formatFloatInto(K.Float_get_val(v));
  if (Str_is(v)) return formatStrInto(v);
  if (K.Complex_is(v)) return formatComplexInto(K.Complex_get_re(v), K.Complex_get_im(v));
  const m = sbLen; sbLit("unsupported format string passed to "); sbStr(typeName(v)); sbLit(".__format__");
  raiseTypeError(sbTakeStr(m));
  return false;
}

/** FORMAT_VALUE: conv 0 none, 1 str, 2 repr, 3 ascii. */
export function formatValue(v: anyref, conv: i32, spec: anyref): anyref {
  let x = v;
  if (conv == 1) { x = str(v); if (is_null(x)) return null; }
  else if (conv == 2) { x = repr(v); if (is_null(x)) return null; }
  else if (conv == 3) { x = asciiStr(v); if (is_null(x)) return null; }
  if (is_null(spec) && Str_is(x) && ref_eq(K.Obj_get_cls(x), K.Obj_get_cls(EmptyStr))) return x;
  const m = sbLen;
  if (!formatInto(x, spec)) { sbTruncate(m); return null; }
  return sbTakeStr(m);
}

// ---- printf-style % ------------------------------------------------------------------------------
export function strPercent(fmt: anyref, args: anyref): anyref {
  const items = Tuple_is(args) ? Tuple_get_items(args) : null;
  const nargs = is_null(items) ? 1 : AnyArr_len(items);
  const isMap = Dict_is(args) || (!Tuple_is(args) && !is_null(userDunder(args, N.N_getitem)) && !Str_is(args));
  let ai = 0;
  const m = sbLen;
  const n = strLen(fmt);
  let i = 0;
  while (i < n) {
    const c = codepointAt(fmt, i++);
    if (c != 37) { sbCodepoint(c); continue; }
    if (i >= n) { sbTruncate(m); return raiseValueError(strLit("incomplete format")); }
    let key: anyref = null;
    if (codepointAt(fmt, i) == 40) {
      let depth = 1; const ks = ++i;
      while (i < n && depth > 0) { const d = codepointAt(fmt, i); if (d == 40) depth++; else if (d == 41) depth--; i++; }
      if (depth > 0) { sbTruncate(m); return raiseValueError(strLit("incomplete format key")); }
      key = strSub(fmt, ks, i - 1);
    }
    // flags
    fFill = 32; fAlign = 62; fSign = 0; fAlt = false; fZero = false; fNoNegZero = false; fWidth = -1; fGroup = 0; fPrec = -1; fType = 0;
    let leftAdj = false;
    while (i < n) {
      const f = codepointAt(fmt, i);
      if (f == 45) leftAdj = true; else if (f == 43) fSign = 43; else if (f == 32) { if (fSign == 0) fSign = 32; }
      else if (f == 35) fAlt = true; else if (f == 48) fZero = true; else break;
      i++;
    }
    if (i < n && codepointAt(fmt, i) == 42) { i++; const wv = nextArg(items, args, nargs, ai++); if (is_null(wv)) { sbTruncate(m); return null; } fWidth = <i32>intVal(wv); if (fWidth < 0) { leftAdj = true; fWidth = -fWidth; } }
    else {
      let w: i64 = 0, has = false;
      while (i < n && isDigit(codepointAt(fmt, i))) { w = w * 10 + codepointAt(fmt, i) - 48; i++; has = true; if (w > 0x7fffffff) { sbTruncate(m); return raiseValueError(strLit("width too big")); } }
      if (has) fWidth = <i32>w;
    }
    if (fWidth > 1024 && !reserve_(<i64>fWidth * 4 + <i64>sbLen * 3 + 64)) { sbTruncate(m); return null; }   // padding: docs/budgets.md
    if (i < n && codepointAt(fmt, i) == 46) {
      i++;
      if (i < n && codepointAt(fmt, i) == 42) { i++; const pv = nextArg(items, args, nargs, ai++); if (is_null(pv)) { sbTruncate(m); return null; } fPrec = <i32>intVal(pv); }
      else { let p = 0; while (i < n && isDigit(codepointAt(fmt, i))) { p = p * 10 + codepointAt(fmt, i) - 48; i++; } fPrec = p; }
    }
    while (i < n && (codepointAt(fmt, i) == 108 || codepointAt(fmt, i) == 104 || codepointAt(fmt, i) == 76)) i++;
    if (i >= n) { sbTruncate(m); return raiseValueError(strLit("incomplete format")); }
    const t = codepointAt(fmt, i++);
    if (t == 37) { sbByte(37); continue; }
    let v: anyref;
    if (!is_null(key)) {
      if (!isMap) { sbTruncate(m); return raiseTypeError(strLit("format requires a mapping")); }
      v = getItem(args, key); if (is_null(v)) { sbTruncate(m); return null; }
    }
    else {
      if (isMap && !Tuple_is(args)) v = args;
      else { v = nextArg(items, args, nargs, ai++); if (is_null(v)) { sbTruncate(m); return null; } }
    }
    if (leftAdj) { fAlign = 60; fZero = false; }
    if (fZero && !leftAdj) { fFill = 48; fAlign = 61; }
    const start = sbLen;
    let ok = true;
    if (t == 115 || t == 114 || t == 97) {
      const sv = t == 115 ? str(v) : t == 97 ? asciiStr(v) : repr(v);
      if (is_null(sv)) { sbTruncate(m); return null; }
      let len = strLen(sv);
      if (fPrec >= 0 && fPrec < len) { sbStr(strSub(sv, 0, fPrec)); len = fPrec; } else sbStr(sv);
      fFill = 32; if (fAlign == 61) fAlign = 62;
      pad(start, len, 62, 0);
    } else if (t == 100 || t == 105 || t == 117 || t == 120 || t == 88 || t == 111) {
      let iv: anyref;
      if (isSmallOrInt(v) || K.BigInt_is(v)) iv = v;
      else if (Float_is(v) && (t == 100 || t == 105 || t == 117)) {
        const fv = K.Float_get_val(v);
        if (!isFinite(fv)) { sbTruncate(m); return raiseLit_(isNaN(fv) ? E_.ValueError : E_.OverflowError, isNaN(fv) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer"); }
        iv = intFromF64(Math.trunc(fv));
      }
      else {
        sbTruncate(m);
        const mm = sbLen; sbLit("%"); sbCodepoint(t); sbLit(t == 120 || t == 88 || t == 111 ? " format: an integer is required, not " : " format: a real number is required, not "); sbStr(typeName(v));
        return raiseTypeError(sbTakeStr(mm));
      }
      const prec = fPrec; fPrec = -1;
      fType = t == 105 || t == 117 ? 100 : t;
      // %x with '#': 0x prefix, same as format's '#'
      ok = formatIntObjInto(iv, prec);
    } else if (t == 101 || t == 69 || t == 102 || t == 70 || t == 103 || t == 71) {
      let fv: f64;
      if (Float_is(v)) fv = K.Float_get_val(v);
      else if (isSmallOrInt(v)) fv = <f64>intVal(v);
      else if (K.BigInt_is(v)) { fv = intToF64(v); if (!is_null(exc)) { sbTruncate(m); return null; } }
      else {
        sbTruncate(m);
        const mm = sbLen; sbLit("must be real number, not "); sbStr(typeName(v));
        return raiseTypeError(sbTakeStr(mm));
      }
      fType = t;
      if (fPrec < 0) fPrec = 6;
      ok = formatFloatInto(fv);
    } else if (t == 99) {
      if (isSmallOrInt(v) || K.BigInt_is(v)) {
        // out-of-range code points (negative, huge, big ints) are an OverflowError, as formatchar()
        const x = K.BigInt_is(v) ? -1 : intVal(v);
        if (x < 0 || x > 0x10ffff) { sbTruncate(m); return raiseOverflow_("%c arg not in range(0x110000)"); }
        sbCodepoint(<i32>x);
      }
      else if (Str_is(v) && strLen(v) == 1) sbStr(v);
      else { sbTruncate(m); return raiseTypeError(strLit("%c requires int or char")); }
      pad(start, 1, 62, 0);
    } else {
      sbTruncate(m);
      const mm = sbLen; sbLit("unsupported format character '"); sbCodepoint(t); sbLit("' (0x"); writeBase(<u64>t, 16, false); sbLit(") at index "); sbI64(i - 1);
      return raiseValueError(sbTakeStr(mm));
    }
    if (!ok) { sbTruncate(m); return null; }
  }
  // CPython skips this check when the argument passes PyMapping_Check (has __getitem__): list, bytes, range …
  const anyMap = isMap || K.List_is(args) || K.BytesObj_is(args) || K.ByteArray_is(args) || K.Range_is(args);
  if (!anyMap && ai < nargs && !(nargs == 1 && is_null(items) && ai == 0 && false)) {
    if (!(is_null(items) && ai == 1)) {
      if (ai < nargs) { sbTruncate(m); return raiseTypeError(strLit("not all arguments converted during string formatting")); }
    }
  }
  // no conversion at all: CPython hands back the format string itself
  if (sbLen - m == K.Bytes_len(K.Str_get_data(fmt)) && !strContainsPercent(fmt) && ref_eq(K.Obj_get_cls(fmt), K.Obj_get_cls(EmptyStr))) { sbTruncate(m); return fmt; }
  return sbTakeStr(m);
}
function strContainsPercent(s: anyref): bool {
  const d = K.Str_get_data(s);
  const n = K.Bytes_len(d);
  for (let i = 0; i < n; i++) if (K.Bytes_get(d, i) == 37) return true;
  return false;
}
function nextArg(items: anyref, args: anyref, nargs: i32, ai: i32): anyref {
  if (ai >= nargs) return raiseTypeError(strLit("not enough arguments for format string"));
  return is_null(items) ? args : AnyArr_get(items, ai);
}
/** %d with precision: minimum number of digits. */
function formatIntPrec(v: i64, prec: i32): bool {
  if (prec <= 0) return formatIntInto(v);
  const m = sbLen;
  const neg = is_null(curBig) ? v < 0 : bigSign(curBig) < 0;
  const mag: u64 = neg ? <u64>(-v) : <u64>v;
  if (neg) sbByte(45); else if (fSign != 0) sbByte(fSign);
  const signLen = sbLen - m;
  const ds = sbLen;
  const base: u64 = fType == 120 || fType == 88 ? 16 : fType == 111 ? 8 : 10;
  if (!writeMag(mag, base, fType == 88)) return false;
  const nd = sbLen - ds;
  if (nd < prec) {
    sbReserve(nd + prec + 32);
    const tmp = sbPtr + <usize>sbLen + 16;
    memory.copy(tmp, sbPtr + <usize>ds, <usize>nd);
    sbTruncate(ds);
    for (let k = nd; k < prec; k++) sbByte(48);
    for (let k = 0; k < nd; k++) sbByte(load<u8>(tmp + <usize>k));
  }
  pad(m, sbLen - m, 62, signLen);
  return true;
}

// ---- str.format / str.format_map ------------------------------------------------------------------
// CPython's MarkupIterator/FieldNameIterator grammar: literal text with {{ }}, replacement fields
// {name.attr[key]!conv:spec} where spec may itself contain one level of nested fields.
let autoState: i32 = 0;   // 0 none yet, 1 automatic numbering, 2 manual
let autoNext: i32 = 0;

function fmtErr(msg: string): bool { raiseValueError(strLit(msg)); return false; }

/** Parse a non-negative integer from code points [i, j) of s; -1 if not all digits, -2 on overflow (exc set). */
function getInteger(s: anyref, i: i32, j: i32): i64 {
  if (i >= j) return -1;
  let v: i64 = 0;
  for (let k = i; k < j; k++) {
    const c = codepointAt(s, k);
    if (!isDigit(c)) return -1;
    v = v * 10 + (c - 48);
    if (v > 0x7fffffffffff) { fmtErr("Too many decimal digits in format string"); return -2; }
  }
  return v;
}

/** Resolve the field name [i, j) of fmt to an object. */
function fieldObject(fmt: anyref, i: i32, j: i32, args: anyref, base: i32, npos: i32, kw: anyref, mapping: anyref): anyref {
  let k = i;
  while (k < j) { const c = codepointAt(fmt, k); if (c == 46 || c == 91) break; k++; }
  let obj: anyref;
  const idx = getInteger(fmt, i, k);
  if (idx == -2) return null;
  if (k == i || idx >= 0) {
    let index: i64;
    if (k == i) {
      if (autoState == 2) { fmtErr("cannot switch from manual field specification to automatic field numbering"); return null; }
      autoState = 1; index = autoNext++;
    } else {
      if (autoState == 1) { fmtErr("cannot switch from automatic field numbering to manual field specification"); return null; }
      autoState = 2; index = idx;
    }
    if (!is_null(mapping)) { fmtErr("Format string contains positional fields"); return null; }
    if (index >= npos) {
      const m = sbLen; sbLit("Replacement index "); sbI64(index); sbLit(" out of range for positional args tuple");
      return raiseWith(E.IndexError, sbTakeStr(m));
    }
    obj = AnyArr_get(args, base + <i32>index);
  } else {
    const key = strSub(fmt, i, k);
    if (!is_null(mapping)) { obj = getItem(mapping, key); if (is_null(obj)) return null; }
    else {
      obj = null;
      const nkw = is_null(kw) ? 0 : AnyArr_len(Tuple_get_items(kw));
      for (let q = 0; q < nkw; q++) if (strEq_(AnyArr_get(Tuple_get_items(kw), q), key)) { obj = AnyArr_get(args, base + npos + q); break; }
      if (is_null(obj)) return raiseKeyError_(key);
    }
  }
  // accessors
  while (k < j) {
    const c = codepointAt(fmt, k++);
    if (c == 46) {
      const s = k;
      while (k < j) { const d = codepointAt(fmt, k); if (d == 46 || d == 91) break; k++; }
      if (k == s) { fmtErr("Empty attribute in format string"); return null; }
      obj = getAttr_(obj, intern_(strSub(fmt, s, k)));
      if (is_null(obj)) return null;
    } else if (c == 91) {
      const s = k;
      while (k < j && codepointAt(fmt, k) != 93) k++;
      if (k >= j) { fmtErr("Missing ']' in format string"); return null; }
      if (k == s) { fmtErr("Empty attribute in format string"); return null; }
      const iv = getInteger(fmt, s, k);
      if (iv == -2) return null;
      obj = getItem(obj, iv >= 0 ? mkInt(iv) : strSub(fmt, s, k));
      if (is_null(obj)) return null;
      k++;
    } else { fmtErr("Only '.' or '[' may follow ']' in format field specifier"); return null; }
  }
  return obj;
}
import { strEq as strEq_, intern as intern_ } from "../objects/str";
import { raiseKeyError as raiseKeyError_ } from "../rt/errors";
import { getAttr as getAttr_ } from "../attrs";

/** Append fmt.format(*args[base:base+npos], **kw) (or format_map(mapping)). */
export function strFormatInto(fmt: anyref, args: anyref, base: i32, npos: i32, kw: anyref, mapping: anyref, depth: i32): bool {
  const top = depth == 2;
  const saveState = autoState, saveNext = autoNext;
  if (top) { autoState = 0; autoNext = 0; }
  const ok = formatBody(fmt, args, base, npos, kw, mapping, depth);
  if (top) { autoState = saveState; autoNext = saveNext; }
  return ok;
}
function formatBody(fmt: anyref, args: anyref, base: i32, npos: i32, kw: anyref, mapping: anyref, depth: i32): bool {
  if (depth <= 0) return fmtErr("Max string recursion exceeded");
  const n = strLen(fmt);
  let i = 0;
  while (i < n) {
    const c = codepointAt(fmt, i++);
    if (c != 123 && c != 125) { sbCodepoint(c); continue; }
    const atEnd = i >= n;
    if (c == 125) {
      if (atEnd || codepointAt(fmt, i) != 125) return fmtErr("Single '}' encountered in format string");
      sbByte(125); i++; continue;
    }
    if (atEnd) return fmtErr("Single '{' encountered in format string");
    if (codepointAt(fmt, i) == 123) { sbByte(123); i++; continue; }
    // a replacement field (CPython's parse_field): name up to '!', ':' or '}'
    const start = i;
    let term = 0;
    while (i < n) {
      const d = codepointAt(fmt, i++);
      if (d == 123) return fmtErr("unexpected '{' in field name");
      if (d == 91) { while (i < n && codepointAt(fmt, i) != 93) i++; continue; }
      if (d == 125 || d == 58 || d == 33) { term = d; break; }
    }
    const nameEnd = term != 0 ? i - 1 : i;
    let conv = 0;
    let specStart = -1, end = -1;
    let nested = false;
    let done = term == 125;
    if (term == 33) {
      if (i >= n) return fmtErr("end of string while looking for conversion specifier");
      conv = codepointAt(fmt, i++);
      if (i < n) {
        const d = codepointAt(fmt, i++);
        if (d == 125) done = true;
        else if (d != 58) return fmtErr("expected ':' after conversion specifier");
      }
    } else if (term != 58 && term != 125) return fmtErr("expected '}' before end of string");
    if (!done) {
      specStart = i;
      let count = 1;
      while (i < n) {
        const d = codepointAt(fmt, i++);
        if (d == 123) { nested = true; count++; }
        else if (d == 125) { count--; if (count == 0) { end = i - 1; break; } }
      }
      if (end < 0) return fmtErr("unmatched '{' in format spec");
    }
    let obj = fieldObject(fmt, start, nameEnd, args, base, npos, kw, mapping);
    if (is_null(obj)) return false;
    if (conv != 0) {
      if (conv == 114) obj = repr(obj);
      else if (conv == 115) obj = str(obj);
      else if (conv == 97) obj = asciiStr(obj);
      else {
        const m = sbLen; sbLit("Unknown conversion specifier ");
        if (conv > 32 && conv < 127) sbCodepoint(conv); else { sbLit("\\x"); writeBase(<u64>conv, 16, false); }
        raiseValueError(sbTakeStr(m));
        return false;
      }
      if (is_null(obj)) return false;
    }
    let spec: anyref = null;
    if (specStart >= 0) {
      spec = strSub(fmt, specStart, end);
      if (nested) {
        const m = sbLen;
        if (!formatBody(spec, args, base, npos, kw, mapping, depth - 1)) { sbTruncate(m); return false; }
        spec = sbTakeStr(m);
      }
    }
    const m = sbLen;
    if (!formatInto(obj, spec)) { sbTruncate(m); return false; }
  }
  return true;
}

// ---- ascii() -------------------------------------------------------------------------------------
/** Append ascii(x): repr with non-ASCII characters escaped as \xhh, \uhhhh or \Uhhhhhhhh. */
export function asciiInto(x: anyref): bool {
  const m = sbLen;
  if (!reprInto(x)) return false;
  const n = sbLen - m;
  // scan for non-ASCII bytes; rewrite only when present
  let any = false;
  for (let k = 0; k < n; k++) if (load<u8>(sbPtr + <usize>(m + k)) >= 0x80) { any = true; break; }
  if (!any) return true;
  // copy the repr past the longest possible output (10 bytes per input byte), then rewrite
  sbReserve(n * 11 + 32);
  const tmp = sbPtr + <usize>m + <usize>(n * 10 + 16);
  memory.copy(tmp, sbPtr + <usize>m, <usize>n);
  sbTruncate(m);
  let k = 0;
  const src = tmp;
  while (k < n) {
    const b0 = <i32>load<u8>(src + <usize>k);
    if (b0 < 0x80) { sbByte(b0); k++; continue; }
    let c: i32, l: i32;
    if (b0 < 0xe0) { c = ((b0 & 0x1f) << 6) | (<i32>load<u8>(src + <usize>(k + 1)) & 0x3f); l = 2; }
    else if (b0 < 0xf0) { c = ((b0 & 0x0f) << 12) | ((<i32>load<u8>(src + <usize>(k + 1)) & 0x3f) << 6) | (<i32>load<u8>(src + <usize>(k + 2)) & 0x3f); l = 3; }
    else { c = ((b0 & 0x07) << 18) | ((<i32>load<u8>(src + <usize>(k + 1)) & 0x3f) << 12) | ((<i32>load<u8>(src + <usize>(k + 2)) & 0x3f) << 6) | (<i32>load<u8>(src + <usize>(k + 3)) & 0x3f); l = 4; }
    k += l;
    if (c < 0x100) { sbLit("\\x"); hexN(c, 2); } else if (c < 0x10000) { sbLit("\\u"); hexN(c, 4); } else { sbLit("\\U"); hexN(c, 8); }
  }
  return true;
}
function hexN(v: i32, digits: i32): void { for (let q = digits - 1; q >= 0; q--) { const d = (v >> (q * 4)) & 15; sbByte(d < 10 ? 48 + d : 87 + d); } }
export function asciiStr(x: anyref): anyref { const m = sbLen; if (!asciiInto(x)) { sbTruncate(m); return null; } return sbTakeStr(m); }
