// str methods. Natives follow the (self, args, base, n, kw) convention of vm/objects/type.ts;
// argument errors use CPython's messages. Strings are UTF-8: code point indices are converted
// to byte offsets where needed (O(1) for ASCII strings).
import { sbFuncName } from "../rt/args";
import * as K from "../generated/kernel";
import {
  is_null, ref_eq, small_is, small_get, Str_is, Str_get_data, Str_get_len, Bytes_get, Bytes_len, Bytes_new, Bytes_set, AnyArr_get,
  AnyArr_len, Tuple_is, Tuple_get_items, Dict_is, Obj_get_cls,
} from "../generated/kernel";
import {
  None, True, False, EmptyStr, T_str, T_bytes, exc, clearExc, mkInt, mkBool, isSmallOrInt, intVal, strLit, typeOf,
  sbLen, sbByte, sbLit, sbCodepoint, sbTakeStr, sbTruncate, sbI64, sbBytes,
} from "../rt/core";
import { raiseTypeError, raiseValueError, raiseWith, raiseLit } from "../rt/errors";
import * as E from "./exceptions";
import { checkArgs, kwCount } from "../rt/args";
import { addMethod, tupleOf, isSubtype } from "./type";
import {
  strSub, strLen, strIsAscii, codepointAt, byteOffset, decodeAt, utf8SeqLen, findBytes, sbStr, strEqLit, charStr, strEq, cpIndex,
} from "./str";
import { listNew, listAppend } from "./list";
import { typeName, indexValue, ssizeValue, iterableToArray, getIter, iterNext, getItem, reprInto } from "../ops";
import { dictNew, dictSet } from "./dict";
import {
  toUpper, toLower, toTitle, isUpperCp, isLowerCp, isTitleCp, isCased, isAlphaCp, decimalValue, digitValue, isNumericCp, isSpaceCp,
  isPrintableCp, isIdStart, isIdContinue,
} from "./unicode";
import { addStaticMethod } from "./dictmethods";
import { strFormatInto } from "../builtins/format";

type Native = (self: anyref, a: anyref, b: i32, n: i32, kw: anyref) => anyref;

// ---- argument helpers --------------------------------------------------------------------------
import { bindArgs as bind, ARG0, ARG1, ARG2 } from "../rt/args";
/** _PyArg_CheckPositional style: "center expected at least 1 argument, got 0". */
function checkPos(name: string, n: i32, kw: anyref, min: i32, max: i32): bool {
  if (kwCount(kw) > 0) { const m = sbLen; sbFuncName(name); sbLit("() takes no keyword arguments"); raiseTypeError(sbTakeStr(m)); return false; }
  if (n >= min && n <= max) return true;
  const m = sbLen; sbLit(name);
  if (n < min) { sbLit(" expected at least "); sbI64(min); sbLit(min == 1 ? " argument, got " : " arguments, got "); }
  else { sbLit(" expected at most "); sbI64(max); sbLit(max == 1 ? " argument, got " : " arguments, got "); }
  sbI64(n);
  raiseTypeError(sbTakeStr(m));
  return false;
}
/** The type in an _PyArg_BadArgument message: "None" for None, else the type's name. */
function sbArgType(x: anyref): void { if (ref_eq(x, None)) sbLit("None"); else sbStr(typeName(x)); }
function needStr(x: anyref, prefix: string): bool {
  if (Str_is(x)) return true;
  const m = sbLen; sbLit(prefix); sbLit("must be str, not "); sbStr(typeName(x));
  raiseTypeError(sbTakeStr(m));
  return false;
}
/** An integer argument (accepting __index__); check exc after. */
function intArg(x: anyref): i64 { return ssizeValue(x); }

// start/end slice arguments (CPython's adjust_indices); results in gStart/gEnd (code points)
let gStart: i64 = 0, gEnd: i64 = 0;
/** A start/end argument as CPython's _PyEval_SliceIndex reads it (huge values clamp). */
export function sliceIndex(x: anyref): i64 {
  if (small_is(x)) return small_get(x);
  if (isSmallOrInt(x)) return intVal(x);
  if (K.BigInt_is(x)) return K.BigInt_get_sign(x) < 0 ? i64.MIN_VALUE / 2 : i64.MAX_VALUE / 2;
  const v = indexValue(x);
  if (!is_null(exc)) { clearExc(); raiseTypeError(strLit("slice indices must be integers or None or have an __index__ method")); }
  return v;
}
function startEnd(a: anyref, b: i32, n: i32, first: i32, len: i64): bool {
  gStart = 0; gEnd = len;
  if (n > first) { const x = AnyArr_get(a, b + first); if (!ref_eq(x, None)) { gStart = sliceIndex(x); if (!is_null(exc)) return false; } }
  if (n > first + 1) { const x = AnyArr_get(a, b + first + 1); if (!ref_eq(x, None)) { gEnd = sliceIndex(x); if (!is_null(exc)) return false; } }
  if (gEnd > len) gEnd = len;
  else if (gEnd < 0) { gEnd += len; if (gEnd < 0) gEnd = 0; }
  if (gStart < 0) { gStart += len; if (gStart < 0) gStart = 0; }
  return true;
}

// ---- search ------------------------------------------------------------------------------------
/** Byte offset of code point index i (clamped to the length). */
function bo(s: anyref, i: i64): i32 { const n = Str_get_len(s); return byteOffset(s, i > n ? n : <i32>i); }
function rfindBytes(hay: anyref, needle: anyref, from: i32, to: i32): i32 {
  const n = Bytes_len(needle);
  for (let i = to - n; i >= from; i--) {
    let j = 0;
    while (j < n && Bytes_get(hay, i + j) == Bytes_get(needle, j)) j++;
    if (j == n) return i;
  }
  return -1;
}
/** find/rfind/index/rindex core: code point index, -1 not found, -2 error. */
function findCore(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, name: string, rev: bool): i64 {
  if (!checkArgs(name, n, kw, 1, 3, true)) return -2;
  const sub = AnyArr_get(a, b);
  const len = <i64>Str_get_len(self);
  if (!startEnd(a, b, n, 1, len)) return -2;
  if (!needStr(sub, "")) return -2;
  const sublen = <i64>Str_get_len(sub);
  if (gStart > len || gEnd - gStart < sublen) return -1;
  if (sublen == 0) return rev ? gEnd : gStart;
  const d = Str_get_data(self);
  const b0 = bo(self, gStart), b1 = bo(self, gEnd);
  const at = rev ? rfindBytes(d, Str_get_data(sub), b0, b1) : findBytes(d, Str_get_data(sub), b0, b1);
  return at < 0 ? -1 : <i64>cpIndex(self, at);
}
function m_find(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const r = findCore(self, a, b, n, kw, "find", false); return r == -2 ? null : mkInt(r); }
function m_rfind(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const r = findCore(self, a, b, n, kw, "rfind", true); return r == -2 ? null : mkInt(r); }
function m_index(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const r = findCore(self, a, b, n, kw, "index", false);
  if (r == -2) return null;
  if (r == -1) return raiseValueError(strLit("substring not found"));
  return mkInt(r);
}
function m_rindex(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const r = findCore(self, a, b, n, kw, "rindex", true);
  if (r == -2) return null;
  if (r == -1) return raiseValueError(strLit("substring not found"));
  return mkInt(r);
}
function m_count(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("count", n, kw, 1, 3)) return null;
  const sub = AnyArr_get(a, b);
  const len = <i64>Str_get_len(self);
  if (!startEnd(a, b, n, 1, len)) return null;
  if (!needStr(sub, "")) return null;
  if (gStart > len) return mkInt(0);
  const sublen = Str_get_len(sub);
  if (sublen == 0) return mkInt(gEnd >= gStart ? gEnd - gStart + 1 : 0);
  const d = Str_get_data(self), sd = Str_get_data(sub);
  const b1 = bo(self, gEnd);
  let off = bo(self, gStart), c = 0;
  const sn = Bytes_len(sd);
  while (true) { const at = findBytes(d, sd, off, b1); if (at < 0) break; c++; off = at + sn; }
  return mkInt(c);
}
function startsEnds(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, ends: bool): anyref {
  if (!checkArgs(ends ? "endswith" : "startswith", n, kw, 1, 3)) return null;
  const p = AnyArr_get(a, b);
  const len = <i64>Str_get_len(self);
  if (!startEnd(a, b, n, 1, len)) return null;
  if (Tuple_is(p)) {
    const items = Tuple_get_items(p);
    for (let i = 0; i < AnyArr_len(items); i++) {
      const q = AnyArr_get(items, i);
      if (!Str_is(q)) {
        const m = sbLen; sbLit("tuple for "); sbLit(ends ? "endswith" : "startswith"); sbLit(" must only contain str, not "); sbStr(typeName(q));
        return raiseTypeError(sbTakeStr(m));
      }
      if (affix(self, q, ends)) return True;
    }
    return False;
  }
  if (!Str_is(p)) {
    const m = sbLen; sbLit(ends ? "endswith" : "startswith"); sbLit(" first arg must be str or a tuple of str, not "); sbStr(typeName(p));
    return raiseTypeError(sbTakeStr(m));
  }
  return mkBool(affix(self, p, ends));
}
function affix(s: anyref, p: anyref, ends: bool): bool {
  const pl = <i64>Str_get_len(p);
  if (gStart > <i64>Str_get_len(s)) return false;
  if (gEnd - gStart < pl) return false;
  const off = ends ? gEnd - pl : gStart;
  const d = Str_get_data(s), pd = Str_get_data(p);
  const b0 = bo(s, off);
  const pn = Bytes_len(pd);
  for (let i = 0; i < pn; i++) if (Bytes_get(d, b0 + i) != Bytes_get(pd, i)) return false;
  return true;
}
function m_startswith(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return startsEnds(self, a, b, n, kw, false); }
function m_endswith(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return startsEnds(self, a, b, n, kw, true); }

// ---- case ------------------------------------------------------------------------------------------
const C_UPPER: i32 = 0, C_LOWER: i32 = 1, C_SWAP: i32 = 2, C_FOLD: i32 = 3, C_TITLE: i32 = 4, C_CAP: i32 = 5;
function sbUpper(c: i32): void {
  if (c == 0xdf) { sbByte(83); sbByte(83); return; }
  if (c == 0x149) { sbCodepoint(0x2bc); sbByte(78); return; }
  if (c >= 0xfb00 && c <= 0xfb06) { sbLigature(c, true); return; }
  sbCodepoint(toUpper(c));
}
function sbTitleCp(c: i32): void {
  if (c == 0xdf) { sbByte(83); sbByte(115); return; }
  if (c >= 0xfb00 && c <= 0xfb06) { sbLigature(c, false); return; }
  sbCodepoint(toTitle(c));
}
function sbLigature(c: i32, upper: bool): void {
  // ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
  const f = upper ? 70 : 70, l = upper ? 0 : 32;
  if (c == 0xfb00) { sbByte(f); sbByte(70 + l); }
  else if (c == 0xfb01) { sbByte(f); sbByte(73 + l); }
  else if (c == 0xfb02) { sbByte(f); sbByte(76 + l); }
  else if (c == 0xfb03) { sbByte(f); sbByte(70 + l); sbByte(73 + l); }
  else if (c == 0xfb04) { sbByte(f); sbByte(70 + l); sbByte(76 + l); }
  else { sbByte(83); sbByte(84 + l); }
}
function sbLower(s: anyref, d: anyref, off: i32, c: i32, nb: i32): void {
  if (c == 0x130) { sbByte(105); sbCodepoint(0x307); return; }
  if (c == 0x3a3) {
    // final sigma: preceded by a cased letter and not followed by one
    let prevCased = false, nextCased = false;
    if (off > 0) { let p = off - 1; while (p > 0 && (Bytes_get(d, p) & 0xc0) == 0x80) p--; prevCased = isCased(decodeAt(d, p)); }
    const nx = off + 2;
    if (nx < nb) nextCased = isCased(decodeAt(d, nx));
    sbCodepoint(prevCased && !nextCased ? 0x3c2 : 0x3c3);
    return;
  }
  sbCodepoint(toLower(c));
}
function sbFold(c: i32): void {
  if (c == 0xdf) { sbByte(115); sbByte(115); return; }
  if (c == 0x17f) { sbByte(115); return; }
  if (c == 0xb5) { sbCodepoint(0x3bc); return; }
  if (c == 0x3c2) { sbCodepoint(0x3c3); return; }
  if (c == 0x130) { sbByte(105); sbCodepoint(0x307); return; }
  if (c == 0x1e9e) { sbByte(115); sbByte(115); return; }
  if (c >= 0xfb00 && c <= 0xfb06) { sbLigatureFold(c); return; }
  sbCodepoint(toLower(c));
}
/** casefold of ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ: all lower case ("fi"), unlike the title case of sbLigature ("Fi"). */
function sbLigatureFold(c: i32): void {
  if (c == 0xfb00) sbLit("ff");
  else if (c == 0xfb01) sbLit("fi");
  else if (c == 0xfb02) sbLit("fl");
  else if (c == 0xfb03) sbLit("ffi");
  else if (c == 0xfb04) sbLit("ffl");
  else sbLit("st");
}
function caseMap(s: anyref, mode: i32): anyref {
  const d = Str_get_data(s);
  const nb = Bytes_len(d);
  const m = sbLen;
  let off = 0;
  let prevCased = false;
  let first = true;
  while (off < nb) {
    const c = decodeAt(d, off);
    const l = utf8SeqLen(Bytes_get(d, off));
    if (mode == C_UPPER) sbUpper(c);
    else if (mode == C_LOWER) sbLower(s, d, off, c, nb);
    else if (mode == C_FOLD) sbFold(c);
    else if (mode == C_SWAP) { if (isUpperCp(c)) sbLower(s, d, off, c, nb); else if (isLowerCp(c)) sbUpper(c); else sbCodepoint(c); }
    else if (mode == C_CAP) { if (first) sbTitleCp(c); else sbLower(s, d, off, c, nb); }
    else {
      if (prevCased) sbLower(s, d, off, c, nb); else sbTitleCp(c);
      prevCased = isCased(c);
    }
    first = false;
    off += l;
  }
  return sbTakeStr(m);
}
function m_upper(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.upper", n, kw, 0, 0) ? caseMap(self, C_UPPER) : null; }
function m_lower(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.lower", n, kw, 0, 0) ? caseMap(self, C_LOWER) : null; }
function m_swapcase(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.swapcase", n, kw, 0, 0) ? caseMap(self, C_SWAP) : null; }
function m_casefold(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.casefold", n, kw, 0, 0) ? caseMap(self, C_FOLD) : null; }
function m_title(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.title", n, kw, 0, 0) ? caseMap(self, C_TITLE) : null; }
function m_capitalize(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.capitalize", n, kw, 0, 0) ? caseMap(self, C_CAP) : null; }

// ---- predicates ----------------------------------------------------------------------------------------
const P_DIGIT: i32 = 0, P_ALPHA: i32 = 1, P_ALNUM: i32 = 2, P_SPACE: i32 = 3, P_LOWER: i32 = 4, P_UPPER: i32 = 5, P_DECIMAL: i32 = 6,
  P_NUMERIC: i32 = 7, P_PRINTABLE: i32 = 8, P_ASCII: i32 = 9, P_TITLE: i32 = 10, P_IDENT: i32 = 11;
function predicate(s: anyref, kind: i32): bool {
  const d = Str_get_data(s);
  const nb = Bytes_len(d);
  if (kind == P_ASCII) return Str_get_len(s) == nb;
  if (nb == 0) return kind == P_PRINTABLE;
  let cased = false, prevCased = false;
  let off = 0, i = 0;
  while (off < nb) {
    const c = decodeAt(d, off);
    off += utf8SeqLen(Bytes_get(d, off));
    switch (kind) {
      case P_DIGIT: if (digitValue(c) < 0) return false; break;
      case P_DECIMAL: if (decimalValue(c) < 0) return false; break;
      case P_NUMERIC: if (!isNumericCp(c)) return false; break;
      case P_ALPHA: if (!isAlphaCp(c)) return false; break;
      case P_ALNUM: if (!isAlphaCp(c) && !isNumericCp(c)) return false; break;
      case P_SPACE: if (!isSpaceCp(c)) return false; break;
      case P_PRINTABLE: if (!isPrintableCp(c)) return false; break;
      case P_LOWER: if (isUpperCp(c) || isTitleCp(c)) return false; if (isLowerCp(c)) cased = true; break;
      case P_UPPER: if (isLowerCp(c) || isTitleCp(c)) return false; if (isUpperCp(c)) cased = true; break;
      case P_TITLE: {
        if (isUpperCp(c) || isTitleCp(c)) { if (prevCased) return false; prevCased = true; cased = true; }
        else if (isLowerCp(c)) { if (!prevCased) return false; prevCased = true; cased = true; }
        else prevCased = false;
        break;
      }
      case P_IDENT: if (i == 0 ? !isIdStart(c) : !isIdContinue(c)) return false; break;
    }
    i++;
  }
  if (kind == P_LOWER || kind == P_UPPER || kind == P_TITLE) return cased;
  return true;
}
function m_isdigit(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isdigit", n, kw, 0, 0) ? mkBool(predicate(self, P_DIGIT)) : null; }
function m_isalpha(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isalpha", n, kw, 0, 0) ? mkBool(predicate(self, P_ALPHA)) : null; }
function m_isalnum(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isalnum", n, kw, 0, 0) ? mkBool(predicate(self, P_ALNUM)) : null; }
function m_isspace(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isspace", n, kw, 0, 0) ? mkBool(predicate(self, P_SPACE)) : null; }
function m_islower(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.islower", n, kw, 0, 0) ? mkBool(predicate(self, P_LOWER)) : null; }
function m_isupper(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isupper", n, kw, 0, 0) ? mkBool(predicate(self, P_UPPER)) : null; }
function m_isdecimal(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isdecimal", n, kw, 0, 0) ? mkBool(predicate(self, P_DECIMAL)) : null; }
function m_isnumeric(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isnumeric", n, kw, 0, 0) ? mkBool(predicate(self, P_NUMERIC)) : null; }
function m_isprintable(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isprintable", n, kw, 0, 0) ? mkBool(predicate(self, P_PRINTABLE)) : null; }
function m_isascii(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isascii", n, kw, 0, 0) ? mkBool(predicate(self, P_ASCII)) : null; }
function m_istitle(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.istitle", n, kw, 0, 0) ? mkBool(predicate(self, P_TITLE)) : null; }
function m_isidentifier(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isidentifier", n, kw, 0, 0) ? mkBool(predicate(self, P_IDENT)) : null; }

// ---- strip / pad ---------------------------------------------------------------------------------------
function stripImpl(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, left: bool, right: bool, name: string): anyref {
  if (!checkArgs(name, n, kw, 0, 1)) return null;
  const chars = n > 0 ? AnyArr_get(a, b) : None;
  const useChars = !ref_eq(chars, None);
  if (useChars && !Str_is(chars)) {
    const m = sbLen; sbLit(name); sbLit(" arg must be None or str"); return raiseTypeError(sbTakeStr(m));
  }
  const d = Str_get_data(self);
  const nb = Bytes_len(d);
  let i = 0, j = nb;
  if (left) while (i < j) { const c = decodeAt(d, i); if (!stripMatch(c, chars, useChars)) break; i += utf8SeqLen(Bytes_get(d, i)); }
  if (right) while (j > i) { let p = j - 1; while (p > i && (Bytes_get(d, p) & 0xc0) == 0x80) p--; if (!stripMatch(decodeAt(d, p), chars, useChars)) break; j = p; }
  if (i == 0 && j == nb) return self;
  return bytesSlice(d, i, j);
}
function stripMatch(c: i32, chars: anyref, useChars: bool): bool {
  if (!useChars) return isSpaceCp(c);
  const d = Str_get_data(chars);
  const nb = Bytes_len(d);
  let off = 0;
  while (off < nb) { if (decodeAt(d, off) == c) return true; off += utf8SeqLen(Bytes_get(d, off)); }
  return false;
}
function m_strip(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return stripImpl(self, a, b, n, kw, true, true, "strip"); }
function m_lstrip(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return stripImpl(self, a, b, n, kw, true, false, "lstrip"); }
function m_rstrip(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return stripImpl(self, a, b, n, kw, false, true, "rstrip"); }

/** A str from the UTF-8 byte range [from, to). */
function bytesSlice(d: anyref, from: i32, to: i32): anyref {
  if (to <= from) return EmptyStr;
  if (to - from == 1 && Bytes_get(d, from) < 0x80) return charStr(Bytes_get(d, from));
  const m = sbLen; sbBytes(d, from, to - from); return sbTakeStr(m);
}

function padImpl(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, name: string, mode: i32): anyref {
  if (!checkPos(name, n, kw, 1, 2)) return null;
  const w = intArg(AnyArr_get(a, b));
  if (!is_null(exc)) return null;
  let fill = 32;
  if (n > 1) {
    const f = AnyArr_get(a, b + 1);
    if (!Str_is(f)) { const m = sbLen; sbLit("The fill character must be a unicode character, not "); sbStr(typeName(f)); return raiseTypeError(sbTakeStr(m)); }
    if (Str_get_len(f) != 1) return raiseTypeError(strLit("The fill character must be exactly one character long"));
    fill = codepointAt(f, 0);
  }
  const len = <i64>Str_get_len(self);
  if (w <= len) return ref_eq(Obj_get_cls(self), T_str) ? self : strSub(self, 0, <i32>len);
  if (w > 0x7fffffff) return raiseWith(E.MemoryError, null);
  if (w > 1024 && !reserve_(w * (fill < 0x80 ? 1 : 4) + <i64>Bytes_len(Str_get_data(self)) + 64)) return null;
  const total = w - len;
  let left: i64;
  if (mode == 0) left = 0;                 // ljust
  else if (mode == 1) left = total;        // rjust
  else left = total / 2 + (total & w & 1); // center (CPython's rounding)
  const m = sbLen;
  for (let i: i64 = 0; i < left; i++) sbCodepoint(fill);
  sbStr(self);
  for (let i: i64 = 0; i < total - left; i++) sbCodepoint(fill);
  return sbTakeStr(m);
}
function m_center(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return padImpl(self, a, b, n, kw, "center", 2); }
function m_ljust(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return padImpl(self, a, b, n, kw, "ljust", 0); }
function m_rjust(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return padImpl(self, a, b, n, kw, "rjust", 1); }
function m_zfill(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("str.zfill", n, kw, 1, 1)) return null;
  const w = intArg(AnyArr_get(a, b));
  if (!is_null(exc)) return null;
  const len = <i64>Str_get_len(self);
  if (w <= len) return self;
  if (w > 1024 && !reserve_(w + <i64>Bytes_len(Str_get_data(self)) + 64)) return null;
  const d = Str_get_data(self);
  const m = sbLen;
  let start = 0;
  if (len > 0 && (Bytes_get(d, 0) == 43 || Bytes_get(d, 0) == 45)) { sbByte(Bytes_get(d, 0)); start = 1; }
  for (let i: i64 = 0; i < w - len; i++) sbByte(48);
  sbBytes(d, start, Bytes_len(d) - start);
  return sbTakeStr(m);
}
function m_expandtabs(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!bind("expandtabs", a, b, n, kw, 0, 1, "tabsize", "", "")) return null;
  let ts: i64 = 8;
  if (!is_null(ARG0)) { ts = intArg(ARG0); if (!is_null(exc)) return null; }
  const d = Str_get_data(self);
  const nb = Bytes_len(d);
  const m = sbLen;
  let col: i64 = 0;
  let off = 0;
  while (off < nb) {
    const c = decodeAt(d, off);
    const l = utf8SeqLen(Bytes_get(d, off));
    if (c == 9) {
      if (ts > 0) {
        const k = ts - col % ts;
        if (k > 1024 && !reserve_(k + 64)) { sbTruncate(m); return null; }
        for (let i: i64 = 0; i < k; i++) sbByte(32);
        col += k;
      }
    } else {
      sbBytes(d, off, l);
      col++;
      if (c == 10 || c == 13) col = 0;
    }
    off += l;
  }
  return sbTakeStr(m);
}

// ---- split / join / partition ----------------------------------------------------------------------
function maxsplitArg(x: anyref): i64 { if (is_null(x)) return -1; return intArg(x); }
function splitImpl(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, rev: bool): anyref {
  if (!bind(rev ? "rsplit" : "split", a, b, n, kw, 0, 2, "sep", "maxsplit", "")) return null;
  const sep = is_null(ARG0) ? None : ARG0;
  let maxsplit = maxsplitArg(ARG1);
  if (!is_null(exc)) return null;
  if (maxsplit < 0) maxsplit = i64.MAX_VALUE;
  const out = listNew(0);
  const d = Str_get_data(self);
  const nb = Bytes_len(d);
  if (ref_eq(sep, None)) {
    if (!rev) {
      let off = 0;
      let splits: i64 = 0;
      while (true) {
        while (off < nb && isSpaceCp(decodeAt(d, off))) off += utf8SeqLen(Bytes_get(d, off));
        if (off >= nb) break;
        if (splits >= maxsplit) { listAppend(out, bytesSlice(d, off, nb)); break; }
        const start = off;
        while (off < nb && !isSpaceCp(decodeAt(d, off))) off += utf8SeqLen(Bytes_get(d, off));
        listAppend(out, bytesSlice(d, start, off));
        splits++;
      }
      return out;
    }
    let end = nb;
    let splits: i64 = 0;
    while (true) {
      while (end > 0 && isSpaceCp(decodeAt(d, prevOff(d, end)))) end = prevOff(d, end);
      if (end <= 0) break;
      if (splits >= maxsplit) { listAppend(out, bytesSlice(d, 0, end)); break; }
      let st = end;
      while (st > 0 && !isSpaceCp(decodeAt(d, prevOff(d, st)))) st = prevOff(d, st);
      listAppend(out, bytesSlice(d, st, end));
      end = st;
      splits++;
    }
    reverseList(out);
    return out;
  }
  if (!Str_is(sep)) { const m = sbLen; sbLit("must be str or None, not "); sbStr(typeName(sep)); raiseTypeError(sbTakeStr(m)); return null; }
  const sd = Str_get_data(sep);
  const sn = Bytes_len(sd);
  if (sn == 0) return raiseValueError(strLit("empty separator"));
  if (!rev) {
    let off = 0;
    let splits: i64 = 0;
    while (splits < maxsplit) {
      const at = findBytes(d, sd, off, nb);
      if (at < 0) break;
      listAppend(out, bytesSlice(d, off, at));
      off = at + sn;
      splits++;
    }
    listAppend(out, off == 0 ? self : bytesSlice(d, off, nb));
    return out;
  }
  let end = nb;
  let splits: i64 = 0;
  while (splits < maxsplit) {
    const at = rfindBytes(d, sd, 0, end);
    if (at < 0) break;
    listAppend(out, bytesSlice(d, at + sn, end));
    end = at;
    splits++;
  }
  listAppend(out, end == nb ? self : bytesSlice(d, 0, end));
  reverseList(out);
  return out;
}
function reverseList(l: anyref): void {
  const items = K.List_get_items(l);
  let i = 0, j = K.List_get_len(l) - 1;
  while (i < j) { const t = AnyArr_get(items, i); K.AnyArr_set(items, i, AnyArr_get(items, j)); K.AnyArr_set(items, j, t); i++; j--; }
}
function prevOff(d: anyref, off: i32): i32 { off--; while (off > 0 && (Bytes_get(d, off) & 0xc0) == 0x80) off--; return off; }
function m_split(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return splitImpl(self, a, b, n, kw, false); }
function m_rsplit(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return splitImpl(self, a, b, n, kw, true); }

function isLineBreak(c: i32): bool { return c == 10 || c == 13 || c == 11 || c == 12 || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029; }
function m_splitlines(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!bind("splitlines", a, b, n, kw, 0, 1, "keepends", "", "")) return null;
  let keep = false;
  if (!is_null(ARG0)) { const v = intArg(ARG0); if (!is_null(exc)) return null; keep = v != 0; }
  const out = listNew(0);
  const d = Str_get_data(self);
  const nb = Bytes_len(d);
  let off = 0;
  while (off < nb) {
    const start = off;
    let eol = nb, next = nb;
    while (off < nb) {
      const c = decodeAt(d, off);
      const l = utf8SeqLen(Bytes_get(d, off));
      if (isLineBreak(c)) {
        eol = off; next = off + l;
        if (c == 13 && next < nb && Bytes_get(d, next) == 10) next++;
        break;
      }
      off += l;
    }
    listAppend(out, bytesSlice(d, start, keep ? next : eol));
    off = next;
  }
  return out;
}

function m_join(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("str.join", n, kw, 1, 1)) return null;
  const arg = AnyArr_get(a, b);
  const items = iterableToArray(arg);
  if (is_null(items)) {
    if (isSubtype(typeOf(exc), E.TypeError) && is_null(getIterQuiet(arg))) { clearExc(); return raiseTypeError(strLit("can only join an iterable")); }
    return null;
  }
  const cnt = AnyArr_len(items);
  if (cnt == 1 && Str_is(AnyArr_get(items, 0)) && ref_eq(Obj_get_cls(AnyArr_get(items, 0)), T_str)) return AnyArr_get(items, 0);
  const m = sbLen;
  for (let i = 0; i < cnt; i++) {
    const it = AnyArr_get(items, i);
    if (!Str_is(it)) {
      sbTruncate(m);
      const m2 = sbLen; sbLit("sequence item "); sbI64(i); sbLit(": expected str instance, "); sbStr(typeName(it)); sbLit(" found");
      return raiseTypeError(sbTakeStr(m2));
    }
    if (i > 0) sbStr(self);
    sbStr(it);
  }
  return sbTakeStr(m);
}
function getIterQuiet(x: anyref): anyref { const it = getIter(x); if (is_null(it)) clearExc(); return it; }

function partitionImpl(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, rev: bool): anyref {
  if (!checkArgs(rev ? "str.rpartition" : "str.partition", n, kw, 1, 1)) return null;
  const sep = AnyArr_get(a, b);
  if (!needStr(sep, "")) return null;
  const d = Str_get_data(self), sd = Str_get_data(sep);
  const nb = Bytes_len(d), sn = Bytes_len(sd);
  if (sn == 0) return raiseValueError(strLit("empty separator"));
  const at = rev ? rfindBytes(d, sd, 0, nb) : findBytes(d, sd, 0, nb);
  const t = K.AnyArr_new(3);
  if (at < 0) {
    if (rev) { K.AnyArr_set(t, 0, EmptyStr); K.AnyArr_set(t, 1, EmptyStr); K.AnyArr_set(t, 2, self); }
    else { K.AnyArr_set(t, 0, self); K.AnyArr_set(t, 1, EmptyStr); K.AnyArr_set(t, 2, EmptyStr); }
  } else {
    K.AnyArr_set(t, 0, bytesSlice(d, 0, at)); K.AnyArr_set(t, 1, sep); K.AnyArr_set(t, 2, bytesSlice(d, at + sn, nb));
  }
  return tupleOf(t);
}
function m_partition(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return partitionImpl(self, a, b, n, kw, false); }
function m_rpartition(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return partitionImpl(self, a, b, n, kw, true); }

function m_removeprefix(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("str.removeprefix", n, kw, 1, 1)) return null;
  const p = AnyArr_get(a, b);
  if (!Str_is(p)) { const m = sbLen; sbLit("removeprefix() argument must be str, not "); sbArgType(p); return raiseTypeError(sbTakeStr(m)); }
  const d = Str_get_data(self), pd = Str_get_data(p);
  const nb = Bytes_len(d), pn = Bytes_len(pd);
  if (pn > nb) return self;
  for (let i = 0; i < pn; i++) if (Bytes_get(d, i) != Bytes_get(pd, i)) return self;
  return bytesSlice(d, pn, nb);
}
function m_removesuffix(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("str.removesuffix", n, kw, 1, 1)) return null;
  const p = AnyArr_get(a, b);
  if (!Str_is(p)) { const m = sbLen; sbLit("removesuffix() argument must be str, not "); sbArgType(p); return raiseTypeError(sbTakeStr(m)); }
  const d = Str_get_data(self), pd = Str_get_data(p);
  const nb = Bytes_len(d), pn = Bytes_len(pd);
  if (pn > nb || pn == 0) return self;
  for (let i = 0; i < pn; i++) if (Bytes_get(d, nb - pn + i) != Bytes_get(pd, i)) return self;
  return bytesSlice(d, 0, nb - pn);
}

function m_replace(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("replace", n, kw, 2, 3)) return null;
  const old = AnyArr_get(a, b), nw = AnyArr_get(a, b + 1);
  if (!Str_is(old)) { const m = sbLen; sbLit("replace() argument 1 must be str, not "); sbStr(typeName(old)); return raiseTypeError(sbTakeStr(m)); }
  if (!Str_is(nw)) { const m = sbLen; sbLit("replace() argument 2 must be str, not "); sbStr(typeName(nw)); return raiseTypeError(sbTakeStr(m)); }
  let count: i64 = -1;
  if (n > 2) { count = intArg(AnyArr_get(a, b + 2)); if (!is_null(exc)) return null; }
  const d = Str_get_data(self), od = Str_get_data(old);
  const nb = Bytes_len(d), on = Bytes_len(od);
  const m = sbLen;
  if (on == 0) {
    let off = 0; let k: i64 = 0;
    while (true) {
      if (count < 0 || k < count) { sbStr(nw); k++; }
      if (off >= nb) break;
      const l = utf8SeqLen(Bytes_get(d, off)); sbBytes(d, off, l); off += l;
    }
    return sbTakeStr(m);
  }
  let off = 0; let k: i64 = 0;
  while (count < 0 || k < count) {
    const at = findBytes(d, od, off, nb);
    if (at < 0) break;
    sbBytes(d, off, at - off); sbStr(nw); off = at + on; k++;
  }
  if (k == 0) { sbTruncate(m); return self; }
  sbBytes(d, off, nb - off);
  return sbTakeStr(m);
}

// ---- encode / translate ---------------------------------------------------------------------------------
/** 0 utf-8, 1 ascii, 2 latin-1, -1 unknown (LookupError raised). */
export function codecId(enc: anyref): i32 {
  // normalize: lower case, '_' and ' ' → '-'
  const d = Str_get_data(enc);
  const nb = Bytes_len(d);
  const m = sbLen;
  for (let i = 0; i < nb; i++) { let c = Bytes_get(d, i); if (c >= 65 && c <= 90) c += 32; if (c == 95 || c == 32) c = 45; sbByte(c); }
  const norm = sbTakeStr(m);
  if (strEqLit(norm, "utf-8") || strEqLit(norm, "utf8") || strEqLit(norm, "u8") || strEqLit(norm, "utf") || strEqLit(norm, "cp65001")) return 0;
  if (strEqLit(norm, "ascii") || strEqLit(norm, "us-ascii") || strEqLit(norm, "646")) return 1;
  if (strEqLit(norm, "latin-1") || strEqLit(norm, "latin1") || strEqLit(norm, "iso-8859-1") || strEqLit(norm, "iso8859-1") || strEqLit(norm, "l1") || strEqLit(norm, "latin") || strEqLit(norm, "8859") || strEqLit(norm, "cp819")) return 2;
  const mm = sbLen; sbLit("unknown encoding: "); sbStr(enc);
  raiseWith(E.LookupError, sbTakeStr(mm));
  return -1;
}
/**
 * Encodings the VM does not implement (utf-16/32, cp1252, utf-8-sig, ...) go to the Python codecs
 * module: codecs._str_encode(s, encoding, errors) / codecs._bytes_decode(b, encoding, errors), which
 * raise CPython's LookupError for names no codec knows. Called with the LookupError of codecId set.
 */
export function codecFallback(obj: anyref, enc: anyref, errs: anyref, encode: bool): anyref {
  clearExc_();
  const mod = importOne_(strLit("codecs"), null);
  if (is_null(mod)) return null;
  const f = dictGetAny_(K.Module_get_dict(mod), intern_(strLit(encode ? "_str_encode" : "_bytes_decode")));
  if (is_null(f)) return raiseWith(E.LookupError, strLit("codecs fallback missing"));
  const args = K.AnyArr_new(3);
  K.AnyArr_set(args, 0, obj); K.AnyArr_set(args, 1, enc); K.AnyArr_set(args, 2, is_null(errs) ? strLit("strict") : errs);
  return callObject_(f, args, 0, 3, null);
}
import { importOne as importOne_ } from "../builtins/modules";
import { dictGet as dictGetAny_ } from "./dict";
import { intern as intern_ } from "./str";
import { callObject as callObject_ } from "../interp";
import { clearExc as clearExc_ } from "../rt/core";

/** 0 strict, 1 ignore, 2 replace, 3 backslashreplace, 4 xmlcharrefreplace, 5 surrogateescape-ish (treated strict). */
export function errorsId(x: anyref): i32 {
  if (is_null(x)) return 0;
  if (strEqLit(x, "strict")) return 0;
  if (strEqLit(x, "ignore")) return 1;
  if (strEqLit(x, "replace")) return 2;
  if (strEqLit(x, "backslashreplace")) return 3;
  if (strEqLit(x, "xmlcharrefreplace")) return 4;
  return 0; // unknown handlers only matter when an error occurs; treated as strict
}
function hexDigits(v: i32, n: i32): void { for (let k = n - 1; k >= 0; k--) { const x = (v >> (k * 4)) & 15; sbByte(x < 10 ? 48 + x : 87 + x); } }
export function bytesObj(data: anyref): anyref { return K.BytesObj_new(T_bytes, data, 0); }
/** str.encode core: a bytes object or null (exc set). */
export function encodeStr(s: anyref, codec: i32, errors: i32): anyref {
  const d = Str_get_data(s);
  if (codec == 0 || strIsAscii(s)) return bytesObj(d);
  const limit = codec == 1 ? 0x80 : 0x100;
  const nb = Bytes_len(d);
  const m = sbLen;
  let off = 0, pos = 0;
  while (off < nb) {
    const c = decodeAt(d, off);
    off += utf8SeqLen(Bytes_get(d, off));
    if (c < limit) { sbByte(c); pos++; continue; }
    if (errors == 0) {
      // report the run of unencodable characters
      let end = pos + 1, o2 = off;
      while (o2 < nb) { const c2 = decodeAt(d, o2); if (c2 < limit) break; end++; o2 += utf8SeqLen(Bytes_get(d, o2)); }
      sbTruncate(m);
      const mm = sbLen; sbLit(codec == 1 ? "'ascii'" : "'latin-1'"); sbLit(" codec can't encode ");
      if (end - pos == 1) { sbLit("character "); sbLit("'"); escChar(c); sbLit("' in position "); sbI64(pos); }
      else { sbLit("characters in position "); sbI64(pos); sbByte(45); sbI64(end - 1); }
      sbLit(": ordinal not in range("); sbI64(limit); sbLit(")");
      raiseWith(E.UnicodeEncodeError, sbTakeStr(mm));
      { const rm = sbLen; sbLit("ordinal not in range("); sbI64(limit); sbLit(")"); setUnicodeErrorAttrs_(codec == 1 ? "ascii" : "latin-1", s, pos, end, sbTakeStr(rm)); }
      return null;
    }
    if (errors == 2) sbByte(63);
    else if (errors == 3) {
      if (c < 0x100) { sbLit("\\x"); hexDigits(c, 2); } else if (c < 0x10000) { sbLit("\\u"); hexDigits(c, 4); } else { sbLit("\\U"); hexDigits(c, 8); }
    } else if (errors == 4) { sbLit("&#"); sbI64(c); sbByte(59); }
    pos++;
  }
  const n = sbLen - m;
  const out = K.Bytes_from_mem(sbPtr_ + <usize>m, n);
  sbTruncate(m);
  return bytesObj(out);
}
import { sbPtr as sbPtr_, reserve as reserve_ } from "../rt/core";
function escChar(c: i32): void {
  if (c < 0x100) { sbLit("\\x"); hexDigits(c, 2); } else if (c < 0x10000) { sbLit("\\u"); hexDigits(c, 4); } else { sbLit("\\U"); hexDigits(c, 8); }
}
function m_encode(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!bind("encode", a, b, n, kw, 0, 2, "encoding", "errors", "")) return null;
  const enc = ARG0, errs = ARG1;
  let codec = 0;
  if (!is_null(enc)) {
    if (!Str_is(enc)) { const m = sbLen; sbLit("encode() argument 'encoding' must be str, not "); sbArgType(enc); return raiseTypeError(sbTakeStr(m)); }
    codec = codecId(enc); if (codec < 0) return codecFallback(self, enc, errs, true);
  }
  if (!is_null(errs) && !Str_is(errs)) { const m = sbLen; sbLit("encode() argument 'errors' must be str, not "); sbStr(typeName(errs)); return raiseTypeError(sbTakeStr(m)); }
  const e = errorsId(errs);
  if (e < 0) return null;
  return encodeStr(self, codec, e);
}

function m_translate(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("str.translate", n, kw, 1, 1)) return null;
  const table = AnyArr_get(a, b);
  const d = Str_get_data(self);
  const nb = Bytes_len(d);
  const m = sbLen;
  let off = 0;
  while (off < nb) {
    const c = decodeAt(d, off);
    const l = utf8SeqLen(Bytes_get(d, off));
    const r = getItem(table, mkInt(c));
    if (is_null(r)) {
      if (isSubtype(typeOf(exc), E.LookupError)) { clearExc(); sbBytes(d, off, l); off += l; continue; }
      sbTruncate(m); return null;
    }
    if (ref_eq(r, None)) {}
    else if (isSmallOrInt(r)) {
      const v = intVal(r);
      if (v < 0 || v > 0x10ffff) { sbTruncate(m); return raiseValueError(strLit("character mapping must be in range(0x110000)")); }
      sbCodepoint(<i32>v);
    } else if (Str_is(r)) sbStr(r);
    else { sbTruncate(m); return raiseTypeError(strLit("character mapping must return integer, None or str")); }
    off += l;
  }
  return sbTakeStr(m);
}
function m_maketrans(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (kwCount(kw) > 0) return raiseTypeError(strLit("str.maketrans() takes no keyword arguments"));
  if (!checkArgs("maketrans", n, kw, 1, 3)) return null;
  const x = AnyArr_get(a, b);
  const out = dictNew();
  if (n == 1) {
    if (!Dict_is(x)) return raiseTypeError(strLit("if you give only one argument to maketrans it must be a dict"));
    let i = dictNext_(x, 0);
    while (i >= 0) {
      const k = dictKeyAt_(x, i), v = dictValAt_(x, i);
      if (Str_is(k)) {
        if (Str_get_len(k) != 1) return raiseValueError(strLit("string keys in translate table must be of length 1"));
        if (dictSet(out, mkInt(codepointAt(k, 0)), v) < 0) return null;
      } else if (isSmallOrInt(k)) { if (dictSet(out, k, v) < 0) return null; }
      else return raiseTypeError(strLit("keys in translate table must be strings or integers"));
      i = dictNext_(x, i + 1);
    }
    return out;
  }
  const y = AnyArr_get(a, b + 1);
  // clinic converts y (and z) before the body looks at x
  if (!Str_is(y)) { const m = sbLen; sbLit("maketrans() argument 2 must be str, not "); sbArgType(y); return raiseTypeError(sbTakeStr(m)); }
  if (n > 2 && !Str_is(AnyArr_get(a, b + 2))) { const m = sbLen; sbLit("maketrans() argument 3 must be str, not "); sbArgType(AnyArr_get(a, b + 2)); return raiseTypeError(sbTakeStr(m)); }
  if (!Str_is(x)) return raiseTypeError(strLit("first maketrans argument must be a string if there is a second argument"));
  const lx = Str_get_len(x);
  if (lx != Str_get_len(y)) return raiseValueError(strLit("the first two maketrans arguments must have equal length"));
  for (let i = 0; i < lx; i++) if (dictSet(out, mkInt(codepointAt(x, i)), mkInt(codepointAt(y, i))) < 0) return null;
  if (n == 3) {
    const z = AnyArr_get(a, b + 2);
    if (!Str_is(z)) { const m = sbLen; sbLit("maketrans() argument 3 must be str, not "); sbStr(typeName(z)); return raiseTypeError(sbTakeStr(m)); }
    for (let i = 0; i < Str_get_len(z); i++) if (dictSet(out, mkInt(codepointAt(z, i)), None) < 0) return null;
  }
  return out;
}
import { dictNext as dictNext_, dictKeyAt as dictKeyAt_, dictValAt as dictValAt_ } from "./dict";

// ---- format ----------------------------------------------------------------------------------------------
function m_format(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const m = sbLen;
  if (!strFormatInto(self, a, b, n - kwCount(kw), kw, null, 2)) { sbTruncate(m); return null; }
  return sbTakeStr(m);
}
function m_format_map(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("str.format_map", n, kw, 1, 1)) return null;
  const m = sbLen;
  if (!strFormatInto(self, a, b, 0, null, AnyArr_get(a, b), 2)) { sbTruncate(m); return null; }
  return sbTakeStr(m);
}
function m_getnewargs(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const t = K.AnyArr_new(1); K.AnyArr_set(t, 0, strSub(self, 0, Str_get_len(self))); return tupleOf(t);
}

export function registerStrMethods2(t: anyref): void {
  addMethod(t, "upper", m_upper); addMethod(t, "lower", m_lower); addMethod(t, "swapcase", m_swapcase);
  addMethod(t, "casefold", m_casefold); addMethod(t, "title", m_title); addMethod(t, "capitalize", m_capitalize);
  addMethod(t, "strip", m_strip); addMethod(t, "lstrip", m_lstrip); addMethod(t, "rstrip", m_rstrip);
  addMethod(t, "split", m_split); addMethod(t, "rsplit", m_rsplit); addMethod(t, "splitlines", m_splitlines);
  addMethod(t, "join", m_join); addMethod(t, "replace", m_replace);
  addMethod(t, "startswith", m_startswith); addMethod(t, "endswith", m_endswith);
  addMethod(t, "find", m_find); addMethod(t, "rfind", m_rfind); addMethod(t, "index", m_index); addMethod(t, "rindex", m_rindex);
  addMethod(t, "count", m_count);
  addMethod(t, "partition", m_partition); addMethod(t, "rpartition", m_rpartition);
  addMethod(t, "removeprefix", m_removeprefix); addMethod(t, "removesuffix", m_removesuffix);
  addMethod(t, "center", m_center); addMethod(t, "ljust", m_ljust); addMethod(t, "rjust", m_rjust); addMethod(t, "zfill", m_zfill);
  addMethod(t, "expandtabs", m_expandtabs);
  addMethod(t, "isdigit", m_isdigit); addMethod(t, "isalpha", m_isalpha); addMethod(t, "isalnum", m_isalnum);
  addMethod(t, "isspace", m_isspace); addMethod(t, "islower", m_islower); addMethod(t, "isupper", m_isupper);
  addMethod(t, "isdecimal", m_isdecimal); addMethod(t, "isnumeric", m_isnumeric); addMethod(t, "isprintable", m_isprintable);
  addMethod(t, "isascii", m_isascii); addMethod(t, "istitle", m_istitle); addMethod(t, "isidentifier", m_isidentifier);
  addMethod(t, "encode", m_encode); addMethod(t, "translate", m_translate);
  addStaticMethod(t, "maketrans", m_maketrans);
  addMethod(t, "format", m_format); addMethod(t, "format_map", m_format_map);
  addMethod(t, "__getnewargs__", m_getnewargs);
}

/** str(object='', encoding=..., errors=...) */
export function strCtor(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!bind("str", a, b, n, kw, 0, 3, "object", "encoding", "errors")) return null;
  const obj = ARG0, enc = ARG1, errs = ARG2;
  if (is_null(enc) && is_null(errs)) return is_null(obj) ? EmptyStr : str_(obj);
  // clinic converts encoding and errors (str only) before the object is looked at
  if (!is_null(enc) && !Str_is(enc)) { const m = sbLen; sbLit("str() argument 'encoding' must be str, not "); if (ref_eq(enc, None)) sbLit("None"); else sbStr(typeName(enc)); return raiseTypeError(sbTakeStr(m)); }
  if (!is_null(errs) && !Str_is(errs)) { const m = sbLen; sbLit("str() argument 'errors' must be str, not "); if (ref_eq(errs, None)) sbLit("None"); else sbStr(typeName(errs)); return raiseTypeError(sbTakeStr(m)); }
  if (is_null(obj)) return EmptyStr;
  if (!is_null(enc) && !Str_is(enc)) { const m = sbLen; sbLit("str() argument 'encoding' must be str, not "); sbStr(typeName(enc)); return raiseTypeError(sbTakeStr(m)); }
  if (!is_null(errs) && !Str_is(errs)) { const m = sbLen; sbLit("str() argument 'errors' must be str, not "); sbStr(typeName(errs)); return raiseTypeError(sbTakeStr(m)); }
  if (Str_is(obj)) return raiseTypeError(strLit("decoding str is not supported"));
  if (!K.BytesObj_is(obj) && !K.ByteArray_is(obj)) {
    const m = sbLen; sbLit("decoding to str: need a bytes-like object, "); sbStr(typeName(obj)); sbLit(" found");
    return raiseTypeError(sbTakeStr(m));
  }
  let codec = 0;
  if (!is_null(enc)) {
    if (!Str_is(enc)) { const m = sbLen; sbLit("str() argument 'encoding' must be str, not "); sbStr(typeName(enc)); return raiseTypeError(sbTakeStr(m)); }
    codec = codecId(enc); if (codec < 0) return codecFallback(obj, enc, errs, false);
  }
  if (!is_null(errs) && !Str_is(errs)) { const m = sbLen; sbLit("str() argument 'errors' must be str, not "); sbStr(typeName(errs)); return raiseTypeError(sbTakeStr(m)); }
  const e = errorsId(errs);
  if (e < 0) return null;
  const d = K.BytesObj_is(obj) ? K.BytesObj_get_data(obj) : K.ByteArray_get_data(obj);
  const len = K.BytesObj_is(obj) ? Bytes_len(d) : K.ByteArray_get_len(obj);
  return decodeBytes_(d, len, codec, e);
}
import { decodeBytes as decodeBytes_ } from "./bytes";
import { str as str_ } from "../ops";
import { setUnicodeErrorAttrs as setUnicodeErrorAttrs_ } from "./excattrs";
