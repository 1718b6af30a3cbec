// The _json native module: the hot parts of `json` (stdlib/json/*.py is the API surface).
//   _json.decode(s, ctx)            whole-document parse (leading/trailing whitespace, "Extra data")
//   _json.raw_decode(s, idx, ctx)   (value, end) for the value starting at code point idx
//   _json.scanstring(s, end, strict) (str, end) like json.decoder.scanstring
//   _json.encode(obj, ctx)          the whole JSON text of obj as one str
//   _json.encode_basestring(s) / encode_basestring_ascii(s)
// Decoder ctx: (strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, JSONDecodeError)
//   (hooks None when not given; parse_float/parse_int None for the builtin float/int)
// Encoder ctx: (check_circular, default, indent (str|None), key_separator, item_separator, sort_keys,
//   skipkeys, ensure_ascii, allow_nan)
// Text is scanned as UTF-8 bytes (JSON's structure is ASCII); positions in messages and results
// are converted to code point indices.
import * as K from "../generated/kernel";
import {
  is_null, ref_eq, AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, Bytes_get, Bytes_len, Str_get_data, Str_is,
  Tuple_get_items, small_is, Float_is, Float_get_val, Int_is, Bool_is, List_is, Tuple_is, Dict_is,
} from "../generated/kernel";
import * as C from "../rt/core";
import { None, True, False, mkInt, mkFloat, strLit, sbLen, sbLit, sbByte, sbTakeStr, sbCodepoint, sbBytes, sbI64, setExc, setFatal } from "../rt/core";
import { raiseTypeError, raiseValueError, raiseLit, newExc } from "../rt/errors";
import * as E from "../objects/exceptions";
import { dictNew, dictSet, dictSetH, dictNext, dictKeyAt, dictValAt, dictLen } from "../objects/dict";
import { listNew, listAppend } from "../objects/list";
import { tupleOf } from "../objects/type";
import { cpIndex, byteOffset, strLen, sbStr, intern, utf8SeqLen, decodeAt, strHash, charStr } from "../objects/str";
import { newBuiltinFn } from "../objects/type";
import { newModule } from "./modules";
import { callObject, callObject1 } from "../interp";
import { parseFloat as strtod } from "../rt/strtod";
import { parseIntStr } from "./builtins";
import { floatReprInto } from "../objects/float";
import { bigReprInto } from "../objects/bigint";
import { sortArray } from "../objects/sort";
import { typeName, truthy } from "../ops";

// ---- budget ------------------------------------------------------------------------------------
function charge(n: i64): bool { return C.chargeSteps(n); }

const MAX_NEST: i32 = 990;

// ---- decoder -----------------------------------------------------------------------------------
let gS: anyref = null;        // the str being decoded
let gD: anyref = null;        // its UTF-8 bytes
let gN: i32 = 0;
let gStrict: bool = true;
let gObjHook: anyref = null;
let gPairsHook: anyref = null;
let gParseFloat: anyref = null;
let gParseInt: anyref = null;
let gParseConst: anyref = null;
let gErrCls: anyref = null;
let gEnd: i32 = 0;            // byte offset after the last scanned value
let gNest: i32 = 0;

function opt(x: anyref): anyref { return is_null(x) || ref_eq(x, None) ? null : x; }

function decErr(msg: string, off: i32): anyref {
  const a = AnyArr_new(3);
  AnyArr_set(a, 0, strLit(msg));
  AnyArr_set(a, 1, gS);
  AnyArr_set(a, 2, mkInt(cpIndex(gS, off)));
  const e = callObject(gErrCls, a, 0, 3, null);
  if (is_null(e)) return null;
  setExc(e);
  return null;
}

// @ts-ignore: decorator
@inline function at(i: i32): i32 { return Bytes_get(gD, i) & 0xff; }
function skipWs(i: i32): i32 {
  while (i < gN) {
    const c = at(i);
    if (c != 32 && c != 9 && c != 10 && c != 13) break;
    i++;
  }
  return i;
}
function hexVal(c: i32): i32 {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 32;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}
function hex4(i: i32): i32 {
  if (i + 4 > gN) return -1;
  let v = 0;
  for (let k = 0; k < 4; k++) { const h = hexVal(at(i + k)); if (h < 0) return -1; v = (v << 4) | h; }
  return v;
}

/** Scan a string whose opening quote is at byte q; sets gEnd after the closing quote. */
function scanString(q: i32): anyref {
  // fast path: no escapes — copy the bytes straight into a new str
  const d0 = gD, n0 = gN;
  let j = q + 1, cps = 0;
  while (j < n0) {
    const c = Bytes_get(d0, j) & 0xff;
    if (c == 34 || c == 92 || c < 32) break;
    if ((c & 0xc0) != 0x80) cps++;
    j++;
  }
  if (j < n0 && (Bytes_get(d0, j) & 0xff) == 34) {
    const len = j - (q + 1);
    gEnd = j + 1;
    if (!charge(<i64>(len >> 4) + 1)) return null;
    if (len == 0) return C.EmptyStr;
    if (len == 1 && cps == 1) return charStr(Bytes_get(d0, q + 1) & 0xff);
    const nd = K.Bytes_new(len);
    K.Bytes_copy(nd, 0, d0, q + 1, len);
    return K.Str_new(C.T_str, nd, cps, 0);
  }
  return scanStringSlow(q);
}

// Object keys repeat: a small cache (by FNV hash of the raw bytes) reuses their str objects, which
// also keeps their computed hash for the dict insert.
let keyCache: anyref = null;
function scanKey(q: i32): anyref {
  const d0 = gD, n0 = gN;
  let j = q + 1, cps = 0;
  let h: u32 = 2166136261;
  while (j < n0) {
    const c = Bytes_get(d0, j) & 0xff;
    if (c == 34 || c == 92 || c < 32) break;
    if ((c & 0xc0) != 0x80) cps++;
    h = (h ^ <u32>c) * 16777619;
    j++;
  }
  const len = j - (q + 1);
  if (j >= n0 || (Bytes_get(d0, j) & 0xff) != 34 || len > 64) return scanString(q);
  if (is_null(keyCache)) keyCache = AnyArr_new(1024);
  const slot = <i32>((h ^ (h >> 16)) & 1023);
  const cand = AnyArr_get(keyCache, slot);
  gEnd = j + 1;
  if (!is_null(cand)) {
    const cd = Str_get_data(cand);
    if (Bytes_len(cd) == len) {
      let k = 0;
      while (k < len && Bytes_get(cd, k) == Bytes_get(d0, q + 1 + k)) k++;
      if (k == len) return cand;
    }
  }
  if (!charge(1)) return null;
  const nd = K.Bytes_new(len);
  K.Bytes_copy(nd, 0, d0, q + 1, len);
  const sobj = K.Str_new(C.T_str, nd, cps, 0);
  AnyArr_set(keyCache, slot, sobj);
  return sobj;
}

function scanStringSlow(q: i32): anyref {
  const m = sbLen;
  let i = q + 1;
  let run = i;
  const d = gD, n = gN;
  while (true) {
    if (i >= n) { C.sbTruncate(m); return decErr("Unterminated string starting at", q); }
    const c = Bytes_get(d, i) & 0xff;
    if (c == 34) break;
    if (c == 92) {
      if (i > run) sbBytes(d, run, i - run);
      if (i + 1 >= n) { C.sbTruncate(m); return decErr("Unterminated string starting at", q); }
      const e = at(i + 1);
      let ch = -1;
      if (e == 34) ch = 34; else if (e == 92) ch = 92; else if (e == 47) ch = 47;
      else if (e == 98) ch = 8; else if (e == 102) ch = 12; else if (e == 110) ch = 10;
      else if (e == 114) ch = 13; else if (e == 116) ch = 9;
      else if (e == 117) {
        let v = hex4(i + 2);
        if (v < 0) { C.sbTruncate(m); return decErr("Invalid \\uXXXX escape", i + 1); }
        i += 6;
        if (v >= 0xd800 && v <= 0xdbff && i + 1 < n && at(i) == 92 && at(i + 1) == 117) {
          const w = hex4(i + 2);
          if (w < 0) { C.sbTruncate(m); return decErr("Invalid \\uXXXX escape", i + 1); }
          if (w >= 0xdc00 && w <= 0xdfff) { v = 0x10000 + ((v - 0xd800) << 10) + (w - 0xdc00); i += 6; }
        }
        sbCodepoint(v);
        run = i;
        continue;
      } else { C.sbTruncate(m); return decErr("Invalid \\escape", i); }
      sbByte(ch);
      i += 2;
      run = i;
      continue;
    }
    if (c < 32 && gStrict) { C.sbTruncate(m); return decErr("Invalid control character at", i); }
    i++;
  }
  if (i > run) sbBytes(d, run, i - run);
  gEnd = i + 1;
  if (!charge(<i64>((i - q) >> 4) + 1)) { C.sbTruncate(m); return null; }
  return sbTakeStr(m);
}

function matchLit(i: i32, lit: string): bool {
  const k = lit.length;
  if (i + k > gN) return false;
  for (let j = 0; j < k; j++) if (at(i + j) != <i32>lit.charCodeAt(j)) return false;
  return true;
}
function constant(name: string, v: f64, end: i32): anyref {
  gEnd = end;
  if (!is_null(gParseConst)) return callObject1(gParseConst, strLit(name));
  return mkFloat(v);
}
function isDigit(c: i32): bool { return c >= 48 && c <= 57; }

function scanNumber(start: i32): anyref {
  let i = start;
  const n = gN;
  if (i < n && at(i) == 45) i++;
  if (i < n && at(i) == 48) i++;
  else if (i < n && at(i) >= 49 && at(i) <= 57) { i++; while (i < n && isDigit(at(i))) i++; }
  else return decErr("Expecting value", start);
  let isFloat = false;
  if (i + 1 < n && at(i) == 46 && isDigit(at(i + 1))) { i += 2; while (i < n && isDigit(at(i))) i++; isFloat = true; }
  if (i < n && (at(i) | 32) == 101) {
    let j = i + 1;
    if (j < n && (at(j) == 43 || at(j) == 45)) j++;
    if (j < n && isDigit(at(j))) { j++; while (j < n && isDigit(at(j))) j++; i = j; isFloat = true; }
  }
  gEnd = i;
  const len = i - start;
  if (isFloat) {
    if (!is_null(gParseFloat)) { const mm = sbLen; sbBytes(gD, start, len); return callObject1(gParseFloat, sbTakeStr(mm)); }
    const mm = sbLen; sbBytes(gD, start, len);
    const v = strtod(C.sbPtr + <usize>mm, len);
    C.sbTruncate(mm);
    return mkFloat(v);
  }
  if (!is_null(gParseInt)) { const mm = sbLen; sbBytes(gD, start, len); return callObject1(gParseInt, sbTakeStr(mm)); }
  if (len <= 18) {
    let v: i64 = 0;
    let k = start;
    const neg = at(k) == 45;
    if (neg) k++;
    for (; k < i; k++) v = v * 10 + <i64>(at(k) - 48);
    return mkInt(neg ? -v : v);
  }
  const mm = sbLen; sbBytes(gD, start, len);
  const s = sbTakeStr(mm);
  return parseIntStr(s, 10);
}

function scanValue(i: i32): anyref {
  if (i >= gN) return decErr("Expecting value", i);
  const c = at(i);
  switch (c) {
    case 34: return scanString(i);
    case 123: return scanObject(i);
    case 91: return scanArray(i);
    case 110: if (matchLit(i, "null")) { gEnd = i + 4; return None; } break;
    case 116: if (matchLit(i, "true")) { gEnd = i + 4; return True; } break;
    case 102: if (matchLit(i, "false")) { gEnd = i + 5; return False; } break;
    case 78: if (matchLit(i, "NaN")) return constant("NaN", NaN, i + 3); break;
    case 73: if (matchLit(i, "Infinity")) return constant("Infinity", Infinity, i + 8); break;
    case 45:
      if (matchLit(i, "-Infinity")) return constant("-Infinity", -Infinity, i + 9);
      return scanNumber(i);
    default:
      if (c >= 48 && c <= 57) return scanNumber(i);
  }
  return decErr("Expecting value", i);
}

function enter(what: string): bool {
  if (++gNest > MAX_NEST) {
    gNest--;
    const m = sbLen; sbLit("maximum recursion depth exceeded while decoding a JSON "); sbLit(what); sbLit(" from a unicode string");
    setExc(newExc(E.RecursionError, sbTakeStr(m)));
    return false;
  }
  return true;
}

function scanObject(start: i32): anyref {
  if (!enter("object")) return null;
  const r = scanObject_(start);
  gNest--;
  return r;
}
// pending keys/values of the objects being parsed (a dict is built at '}' with its final size)
let pStack: anyref = null;
let pTop: i32 = 0;
function pPush(k: anyref, v: anyref): void {
  if (is_null(pStack) || pTop + 2 > AnyArr_len(pStack)) {
    const na = AnyArr_new(pTop < 32 ? 64 : pTop * 2);
    if (!is_null(pStack)) K.AnyArr_copy(na, 0, pStack, 0, pTop);
    pStack = na;
  }
  AnyArr_set(pStack, pTop, k); AnyArr_set(pStack, pTop + 1, v);
  pTop += 2;
}
function scanObject_(start: i32): anyref {
  const pairs = !is_null(gPairsHook);
  const base = pTop;
  const r = scanObject2(start, pairs, base);
  pTop = base;
  return r;
}
function scanObject2(start: i32, pairs: bool, base: i32): anyref {
  const lst: anyref = pairs ? listNew(4) : null;
  let i = skipWs(start + 1);
  if (i < gN && at(i) == 125) { i++; }
  else {
    while (true) {
      if (i >= gN || at(i) != 34) return decErr("Expecting property name enclosed in double quotes", i);
      const k = scanKey(i);
      if (is_null(k)) return null;
      i = skipWs(gEnd);
      if (i >= gN || at(i) != 58) return decErr("Expecting ':' delimiter", i);
      i = skipWs(i + 1);
      const v = scanValue(i);
      if (is_null(v)) return null;
      if (pairs) {
        const t = AnyArr_new(2); AnyArr_set(t, 0, k); AnyArr_set(t, 1, v);
        listAppend(lst, tupleOf(t));
      } else pPush(k, v);
      i = skipWs(gEnd);
      if (i < gN && at(i) == 125) { i++; break; }
      if (i >= gN || at(i) != 44) return decErr("Expecting ',' delimiter", i);
      i = skipWs(i + 1);
    }
  }
  if (!charge(1)) return null;
  if (pairs) { const r = callObject1(gPairsHook, lst); gEnd = i; return r; }
  const cnt = (pTop - base) >> 1;
  const d = dictNew(C.T_dict, cnt);
  for (let k = base; k < pTop; k += 2) {
    const key = AnyArr_get(pStack, k);
    if (dictSetH(d, key, strHash(key), AnyArr_get(pStack, k + 1)) < 0) return null;
    AnyArr_set(pStack, k, null); AnyArr_set(pStack, k + 1, null);
  }
  if (!is_null(gObjHook)) { const r = callObject1(gObjHook, d); gEnd = i; return r; }
  gEnd = i;
  return d;
}

function scanArray(start: i32): anyref {
  if (!enter("array")) return null;
  const r = scanArray_(start);
  gNest--;
  return r;
}
function scanArray_(start: i32): anyref {
  const lst = listNew(4);
  let i = skipWs(start + 1);
  if (i < gN && at(i) == 93) { gEnd = i + 1; return lst; }
  while (true) {
    const v = scanValue(i);
    if (is_null(v)) return null;
    listAppend(lst, v);
    i = skipWs(gEnd);
    if (i < gN && at(i) == 93) { i++; break; }
    if (i >= gN || at(i) != 44) return decErr("Expecting ',' delimiter", i);
    i = skipWs(i + 1);
  }
  if (!charge(1)) return null;
  gEnd = i;
  return lst;
}

// save/restore the decoder state around a call (hooks may decode recursively)
function withCtx(s: anyref, ctx: anyref, mode: i32, idx: i32): anyref {
  const sS = gS, sD = gD, sN = gN, sStrict = gStrict, sOH = gObjHook, sPH = gPairsHook, sPF = gParseFloat, sPI = gParseInt, sPC = gParseConst, sE = gErrCls, sNest = gNest;
  const it = Tuple_get_items(ctx);
  gS = s; gD = Str_get_data(s); gN = Bytes_len(gD);
  const st = truthy(AnyArr_get(it, 0));
  gStrict = st != 0;
  gObjHook = opt(AnyArr_get(it, 1)); gPairsHook = opt(AnyArr_get(it, 2)); gParseFloat = opt(AnyArr_get(it, 3));
  gParseInt = opt(AnyArr_get(it, 4)); gParseConst = opt(AnyArr_get(it, 5)); gErrCls = AnyArr_get(it, 6);
  gNest = 0;
  let r: anyref = null;
  if (mode == 0) {
    const i = skipWs(0);
    const v = scanValue(i);
    if (!is_null(v)) {
      const e = skipWs(gEnd);
      if (e != gN) decErr("Extra data", e);
      else r = v;
    }
  } else {
    if (idx < 0) raiseValueError(strLit("idx cannot be negative"));
    else {
      const off = idx >= strLen(s) ? gN + (idx - strLen(s)) : byteOffset(s, idx);
      const v = off > gN ? decErr("Expecting value", gN) : scanValue(off);
      if (!is_null(v)) {
        const t = AnyArr_new(2); AnyArr_set(t, 0, v); AnyArr_set(t, 1, mkInt(cpIndex(s, gEnd)));
        r = tupleOf(t);
      }
    }
  }
  gS = sS; gD = sD; gN = sN; gStrict = sStrict; gObjHook = sOH; gPairsHook = sPH; gParseFloat = sPF; gParseInt = sPI; gParseConst = sPC; gErrCls = sE; gNest = sNest;
  return r;
}

function j_decode(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const s = AnyArr_get(a, b);
  if (!Str_is(s)) return raiseTypeError(strLit("the JSON object must be str"));
  return withCtx(s, AnyArr_get(a, b + 1), 0, 0);
}
function j_raw_decode(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const s = AnyArr_get(a, b);
  if (!Str_is(s)) return raiseTypeError(strLit("first argument must be a string"));
  const ix = AnyArr_get(a, b + 1);
  if (!C.isSmallOrInt(ix)) return raiseTypeError(strLit("idx must be an int"));
  return withCtx(s, AnyArr_get(a, b + 2), 1, <i32>C.intVal(ix));
}
function j_scanstring(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  // scanstring(s, end, strict=True, errcls) -> (str, end); end is just after the opening quote
  const s = AnyArr_get(a, b);
  const end = <i32>C.intVal(AnyArr_get(a, b + 1));
  const sS = gS, sD = gD, sN = gN, sStrict = gStrict, sE = gErrCls;
  gS = s; gD = Str_get_data(s); gN = Bytes_len(gD);
  gStrict = truthy(AnyArr_get(a, b + 2)) != 0;
  gErrCls = AnyArr_get(a, b + 3);
  let r: anyref = null;
  const slen = strLen(s);
  if (end < 0 || end > slen) raiseValueError(strLit("end is out of bounds"));
  else {
    const off = byteOffset(s, end);
    const v = scanString(off - 1);
    if (!is_null(v)) {
      const t = AnyArr_new(2); AnyArr_set(t, 0, v); AnyArr_set(t, 1, mkInt(cpIndex(s, gEnd)));
      r = tupleOf(t);
    }
  }
  gS = sS; gD = sD; gN = sN; gStrict = sStrict; gErrCls = sE;
  return r;
}

// ---- encoder -----------------------------------------------------------------------------------
let eCircular: bool = true;
let eDefault: anyref = null;
let eIndent: anyref = null;
let eKeySep: anyref = null;
let eItemSep: anyref = null;
let eSort: bool = false;
let eSkip: bool = false;
let eAscii: bool = true;
let eAllowNan: bool = true;
let eMarkers: anyref = null;   // AnyArr stack of containers being encoded
let eMarkN: i32 = 0;
let eNest: i32 = 0;

const HEX = "0123456789abcdef";
function sbU4(v: i32): void {
  sbByte(92); sbByte(117);
  for (let s = 12; s >= 0; s -= 4) sbByte(<i32>HEX.charCodeAt((v >> s) & 15));
}
function escChar(c: i32): bool {
  switch (c) {
    case 34: sbByte(92); sbByte(34); return true;
    case 92: sbByte(92); sbByte(92); return true;
    case 10: sbByte(92); sbByte(110); return true;
    case 13: sbByte(92); sbByte(114); return true;
    case 9: sbByte(92); sbByte(116); return true;
    case 8: sbByte(92); sbByte(98); return true;
    case 12: sbByte(92); sbByte(102); return true;
  }
  return false;
}
function encStr(s: anyref, ascii: bool): void {
  const d = Str_get_data(s);
  const n = Bytes_len(d);
  C.sbReserve(n + 2);
  sbByte(34);
  let run = 0;
  let i = 0;
  while (i < n) {
    const b0 = Bytes_get(d, i) & 0xff;
    if (b0 >= 32 && b0 != 34 && b0 != 92 && (b0 < 127 || !ascii)) { i++; continue; }
    if (i > run) sbBytes(d, run, i - run);
    if (b0 < 0x80) {
      if (!escChar(b0)) sbU4(b0);
      i++;
    } else {
      const c = decodeAt(d, i);
      i += utf8SeqLen(b0);
      if (c >= 0x10000) { const v = c - 0x10000; sbU4(0xd800 | (v >> 10)); sbU4(0xdc00 | (v & 0x3ff)); }
      else sbU4(c);
    }
    run = i;
  }
  if (n > run) sbBytes(d, run, n - run);
  sbByte(34);
}

function encFloat(v: f64): bool {
  if (isFinite(v)) { floatReprInto(v); return true; }
  if (!eAllowNan) { raiseValueError(strLit("Out of range float values are not JSON compliant")); return false; }
  sbLit(isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
  return true;
}
function isIntObj(o: anyref): bool { return small_is(o) || Int_is(o) || K.BigInt_is(o); }
function encInt(o: anyref): bool {
  if (small_is(o) || Int_is(o)) { sbI64(C.intVal(o)); return true; }
  return bigReprInto(o);
}

function markPush(o: anyref): bool {
  if (!eCircular) return true;
  for (let i = 0; i < eMarkN; i++) if (ref_eq(AnyArr_get(eMarkers, i), o)) { raiseValueError(strLit("Circular reference detected")); return false; }
  if (is_null(eMarkers) || eMarkN == AnyArr_len(eMarkers)) {
    const na = AnyArr_new(eMarkN < 8 ? 16 : eMarkN * 2);
    if (!is_null(eMarkers)) K.AnyArr_copy(na, 0, eMarkers, 0, eMarkN);
    eMarkers = na;
  }
  AnyArr_set(eMarkers, eMarkN++, o);
  return true;
}
function markPop(): void { if (eCircular) { eMarkN--; AnyArr_set(eMarkers, eMarkN, null); } }

function newline(level: i32): void {
  sbByte(10);
  for (let k = 0; k < level; k++) sbStr(eIndent);
}
function encEnter(): bool {
  if (++eNest > MAX_NEST) {
    eNest--;
    setExc(newExc(E.RecursionError, strLit("maximum recursion depth exceeded while encoding a JSON object")));
    return false;
  }
  return true;
}

function encValue(o: anyref, level: i32): bool {
  if (!charge(1)) return false;
  if (Str_is(o)) { encStr(o, eAscii); return true; }
  if (ref_eq(o, None)) { sbLit("null"); return true; }
  if (ref_eq(o, True)) { sbLit("true"); return true; }
  if (ref_eq(o, False)) { sbLit("false"); return true; }
  if (isIntObj(o)) return encInt(o);
  if (Float_is(o)) return encFloat(Float_get_val(o));
  if (!encEnter()) return false;
  let ok: bool;
  if (List_is(o) || Tuple_is(o)) ok = encList(o, level);
  else if (Dict_is(o)) ok = encDict(o, level);
  else {
    ok = markPush(o);
    if (ok) {
      const r = callObject1(eDefault, o);
      ok = !is_null(r) && encValue(r, level);
      if (ok) markPop();
    }
  }
  eNest--;
  return ok;
}

function encList(o: anyref, level: i32): bool {
  const isList = List_is(o);
  const n0 = isList ? K.List_get_len(o) : AnyArr_len(Tuple_get_items(o));
  if (n0 == 0) { sbLit("[]"); return true; }
  if (!markPush(o)) return false;
  sbByte(91);
  const ind = !is_null(eIndent);
  if (ind) newline(level + 1);
  for (let i = 0; ; i++) {
    const n = isList ? K.List_get_len(o) : n0;
    if (i >= n) break;
    if (i > 0) { sbStr(eItemSep); if (ind) newline(level + 1); }
    const items = isList ? K.List_get_items(o) : Tuple_get_items(o);
    if (!encValue(AnyArr_get(items, i), level + 1)) { if (eCircular) eMarkN--; return false; }
  }
  if (ind) newline(level);
  sbByte(93);
  markPop();
  return true;
}

/** Write a dict key as a JSON string; 0 = written, 1 = skipped, -1 = error. */
function encKey(k: anyref): i32 {
  if (Str_is(k)) { encStr(k, eAscii); return 0; }
  if (Float_is(k)) { sbByte(34); if (!encFloat(Float_get_val(k))) return -1; sbByte(34); return 0; }
  if (ref_eq(k, True)) { sbLit("\"true\""); return 0; }
  if (ref_eq(k, False)) { sbLit("\"false\""); return 0; }
  if (ref_eq(k, None)) { sbLit("\"null\""); return 0; }
  if (isIntObj(k)) { sbByte(34); if (!encInt(k)) return -1; sbByte(34); return 0; }
  if (eSkip) return 1;
  const m = sbLen; sbLit("keys must be str, int, float, bool or None, not "); sbStr(typeName(k));
  raiseTypeError(sbTakeStr(m));
  return -1;
}

function encDict(o: anyref, level: i32): bool {
  if (dictLen(o) == 0) { sbLit("{}"); return true; }
  if (!markPush(o)) return false;
  // snapshot the items (a default() or sort may run Python code)
  const cnt = dictLen(o);
  const ks = AnyArr_new(cnt), vs = AnyArr_new(cnt);
  let n = 0;
  for (let i = dictNext(o, 0); i >= 0; i = dictNext(o, i + 1)) {
    if (n >= cnt) break;
    AnyArr_set(ks, n, dictKeyAt(o, i)); AnyArr_set(vs, n, dictValAt(o, i)); n++;
  }
  if (eSort) {
    const items = AnyArr_new(n);
    for (let i = 0; i < n; i++) { const t = AnyArr_new(2); AnyArr_set(t, 0, AnyArr_get(ks, i)); AnyArr_set(t, 1, AnyArr_get(vs, i)); AnyArr_set(items, i, tupleOf(t)); }
    if (!sortArray(items, n, null, false)) { if (eCircular) eMarkN--; return false; }
    for (let i = 0; i < n; i++) { const t = Tuple_get_items(AnyArr_get(items, i)); AnyArr_set(ks, i, AnyArr_get(t, 0)); AnyArr_set(vs, i, AnyArr_get(t, 1)); }
  }
  sbByte(123);
  const ind = !is_null(eIndent);
  if (ind) newline(level + 1);
  let first = true;
  for (let i = 0; i < n; i++) {
    const mark = sbLen;
    if (!first) { sbStr(eItemSep); if (ind) newline(level + 1); }
    const r = encKey(AnyArr_get(ks, i));
    if (r < 0) return false;
    if (r == 1) { C.sbTruncate(mark); continue; }
    first = false;
    sbStr(eKeySep);
    if (!encValue(AnyArr_get(vs, i), level + 1)) return false;
  }
  if (ind) newline(level);
  sbByte(125);
  markPop();
  return true;
}

function j_encode(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const o = AnyArr_get(a, b);
  const it = Tuple_get_items(AnyArr_get(a, b + 1));
  const sC = eCircular, sD = eDefault, sI = eIndent, sK = eKeySep, sIt = eItemSep, sS = eSort, sSk = eSkip, sA = eAscii, sN = eAllowNan;
  const sM = eMarkers, sMN = eMarkN, sNest = eNest;
  eCircular = truthy(AnyArr_get(it, 0)) == 1;
  eDefault = AnyArr_get(it, 1);
  eIndent = opt(AnyArr_get(it, 2));
  eKeySep = AnyArr_get(it, 3);
  eItemSep = AnyArr_get(it, 4);
  eSort = truthy(AnyArr_get(it, 5)) == 1;
  eSkip = truthy(AnyArr_get(it, 6)) == 1;
  eAscii = truthy(AnyArr_get(it, 7)) == 1;
  eAllowNan = truthy(AnyArr_get(it, 8)) == 1;
  eMarkers = null; eMarkN = 0; eNest = 0;
  const m = sbLen;
  let r: anyref = null;
  if (encValue(o, 0)) r = sbTakeStr(m);
  else C.sbTruncate(m);
  eCircular = sC; eDefault = sD; eIndent = sI; eKeySep = sK; eItemSep = sIt; eSort = sS; eSkip = sSk; eAscii = sA; eAllowNan = sN;
  eMarkers = sM; eMarkN = sMN; eNest = sNest;
  return r;
}
function j_encode_basestring_ascii(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const s = AnyArr_get(a, b);
  if (!Str_is(s)) { const m = sbLen; sbLit("first argument must be a string, not "); sbStr(typeName(s)); return raiseTypeError(sbTakeStr(m)); }
  const m = sbLen; encStr(s, true); return sbTakeStr(m);
}
function j_encode_basestring(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const s = AnyArr_get(a, b);
  if (!Str_is(s)) { const m = sbLen; sbLit("first argument must be a string, not "); sbStr(typeName(s)); return raiseTypeError(sbTakeStr(m)); }
  const m = sbLen; encStr(s, false); return sbTakeStr(m);
}

type Native = (self: anyref, a: anyref, b: i32, n: i32, kw: anyref) => anyref;
function add(d: anyref, m: anyref, name: string, fn: Native): void { dictSet(d, intern(strLit(name)), newBuiltinFn(name, fn, m)); }

export function initJson(): anyref {
  const m = newModule("_json");
  const d = K.Module_get_dict(m);
  add(d, m, "decode", j_decode);
  add(d, m, "raw_decode", j_raw_decode);
  add(d, m, "scanstring", j_scanstring);
  add(d, m, "encode", j_encode);
  add(d, m, "encode_basestring_ascii", j_encode_basestring_ascii);
  add(d, m, "encode_basestring", j_encode_basestring);
  return m;
}
