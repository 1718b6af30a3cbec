// str: immutable text stored as UTF-8 bytes (a WasmGC Bytes array) plus its length in code
// points. ASCII strings (len == byte length) index in O(1); others scan from the start
// (an index cache can come later). The hash is computed lazily and cached in the object
// (0 = not yet computed). Hashing is FNV-1a over the UTF-8 bytes: deterministic on purpose
// (no hash randomization), so runs are reproducible.
import {
  Str_new, Str_is, Str_get_data, Str_get_len, Str_get_hash, Str_set_hash, Bytes_get, Bytes_len, Bytes_new,
  Bytes_copy, Bytes_set, AnyArr_new, AnyArr_get, AnyArr_set, is_null, ref_eq, small_new, Tuple_is, Tuple_get_items, AnyArr_len,
} from "../generated/kernel";
import {
  T_str, sbLen, sbByte, sbBytes, sbCodepoint, sbTakeStr, sbLit, strLit, mkInt, mkBool, None, typeOf, EmptyStr,
} from "../rt/core";
import { raiseTypeError, raiseValueError, raiseIndexError } from "../rt/errors";
import { checkArgs, argOr } from "../rt/args";
import { typeName } from "../ops";
import { addMethod } from "./type";
import { listNew, listAppend } from "./list";
import { iterableToArray } from "../ops";

let charCache: anyref = null; // one-character ASCII strs, shared

export function strNew(data: anyref, len: i32): anyref { return Str_new(T_str, data, len, 0); }
export function strLen(s: anyref): i32 { return Str_get_len(s); }
export function strNBytes(s: anyref): i32 { return Bytes_len(Str_get_data(s)); }
export function strIsAscii(s: anyref): bool { return Str_get_len(s) == Bytes_len(Str_get_data(s)); }

export function charStr(c: i32): anyref {
  if (c < 128) {
    if (is_null(charCache)) charCache = AnyArr_new(128);
    let s = AnyArr_get(charCache, c);
    if (is_null(s)) {
      const d = Bytes_new(1); Bytes_set(d, 0, c);
      s = Str_new(T_str, d, 1, 0);
      AnyArr_set(charCache, c, s);
    }
    return s;
  }
  const m = sbLen; sbCodepoint(c); return sbTakeStr(m);
}

export function strEq(a: anyref, b: anyref): bool {
  if (ref_eq(a, b)) return true;
  const da = Str_get_data(a), db = Str_get_data(b);
  const n = Bytes_len(da);
  if (n != Bytes_len(db)) return false;
  const ha = Str_get_hash(a), hb = Str_get_hash(b);
  if (ha != 0 && hb != 0 && ha != hb) return false;
  for (let i = 0; i < n; i++) if (Bytes_get(da, i) != Bytes_get(db, i)) return false;
  return true;
}

/** Equality with an AS literal (ASCII), for keyword and attribute names in the VM. */
export function strEqLit(a: anyref, lit: string): bool {
  const d = Str_get_data(a);
  const n = lit.length;
  if (Bytes_len(d) != n) return false;
  for (let i = 0; i < n; i++) if (Bytes_get(d, i) != <i32>lit.charCodeAt(i)) return false;
  return true;
}

export function strHash(s: anyref): i32 {
  let h = Str_get_hash(s);
  if (h != 0) return h;
  const d = Str_get_data(s);
  const n = Bytes_len(d);
  let x: u32 = 2166136261;
  for (let i = 0; i < n; i++) { x ^= <u32>Bytes_get(d, i); x *= 16777619; }
  h = <i32>x;
  if (h == 0 || h == -1) h = 1;
  Str_set_hash(s, h);
  return h;
}

export function strCompare(a: anyref, b: anyref): i32 {
  const da = Str_get_data(a), db = Str_get_data(b);
  const na = Bytes_len(da), nb = Bytes_len(db);
  const n = na < nb ? na : nb;
  for (let i = 0; i < n; i++) {
    const x = Bytes_get(da, i), y = Bytes_get(db, i);
    if (x != y) return x < y ? -1 : 1;
  }
  return na == nb ? 0 : na < nb ? -1 : 1;
}

// ---- UTF-8 helpers ----------------------------------------------------------------------------
export function utf8SeqLen(lead: i32): i32 { return lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4; }
export function decodeAt(d: anyref, off: i32): i32 {
  const b0 = Bytes_get(d, off);
  if (b0 < 0x80) return b0;
  if (b0 < 0xe0) return ((b0 & 0x1f) << 6) | (Bytes_get(d, off + 1) & 0x3f);
  if (b0 < 0xf0) return ((b0 & 0x0f) << 12) | ((Bytes_get(d, off + 1) & 0x3f) << 6) | (Bytes_get(d, off + 2) & 0x3f);
  return ((b0 & 0x07) << 18) | ((Bytes_get(d, off + 1) & 0x3f) << 12) | ((Bytes_get(d, off + 2) & 0x3f) << 6) | (Bytes_get(d, off + 3) & 0x3f);
}
/** Byte offset of code point index i (0 <= i <= len). */
export function byteOffset(s: anyref, i: i32): i32 {
  const d = Str_get_data(s);
  if (strIsAscii(s)) return i;
  let off = 0;
  while (i > 0) { off += utf8SeqLen(Bytes_get(d, off)); i--; }
  return off;
}
export function codepointAt(s: anyref, i: i32): i32 {
  const d = Str_get_data(s);
  if (strIsAscii(s)) return Bytes_get(d, i);
  return decodeAt(d, byteOffset(s, i));
}

/** The substring of code points [start, stop) (0 <= start <= stop <= len). */
export function strSub(s: anyref, start: i32, stop: i32): anyref {
  if (start >= stop) return EmptyStr;
  if (start == 0 && stop == Str_get_len(s)) return s;
  const d = Str_get_data(s);
  const b0 = byteOffset(s, start);
  const b1 = strIsAscii(s) ? stop : b0 + byteOffsetFrom(d, b0, stop - start);
  if (stop - start == 1 && b1 - b0 == 1) return charStr(Bytes_get(d, b0));
  const nd = Bytes_new(b1 - b0);
  Bytes_copy(nd, 0, d, b0, b1 - b0);
  return Str_new(T_str, nd, stop - start, 0);
}
function byteOffsetFrom(d: anyref, off: i32, count: i32): i32 {
  let o = off;
  while (count > 0) { o += utf8SeqLen(Bytes_get(d, o)); count--; }
  return o - off;
}

export function strConcat(a: anyref, b: anyref): anyref {
  const la = Str_get_len(a), lb = Str_get_len(b);
  if (la == 0) return b;
  if (lb == 0) return a;
  const da = Str_get_data(a), db = Str_get_data(b);
  const na = Bytes_len(da), nb = Bytes_len(db);
  const d = Bytes_new(na + nb);
  Bytes_copy(d, 0, da, 0, na);
  Bytes_copy(d, na, db, 0, nb);
  return Str_new(T_str, d, la + lb, 0);
}

export function strRepeat(s: anyref, n: i64): anyref {
  if (n <= 0 || Str_get_len(s) == 0) return EmptyStr;
  const d = Str_get_data(s);
  const nb = Bytes_len(d);
  const total = <i64>nb * n;
  if (total > 0x7fffffff) return null; // caller raises MemoryError/OverflowError
  const nd = Bytes_new(<i32>total);
  for (let i: i32 = 0; i < <i32>n; i++) Bytes_copy(nd, i * nb, d, 0, nb);
  return Str_new(T_str, nd, <i32>(<i64>Str_get_len(s) * n), 0);
}

/** Append the str's bytes to the string builder. */
export function sbStr(s: anyref): void { const d = Str_get_data(s); sbBytes(d, 0, Bytes_len(d)); }

/** Append repr(s) to the string builder: CPython's quoting and escaping rules. */
export function strReprInto(s: anyref): void {
  const d = Str_get_data(s);
  const n = Bytes_len(d);
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < n; i++) { const b = Bytes_get(d, i); if (b == 39) hasSingle = true; else if (b == 34) hasDouble = true; }
  const q = hasSingle && !hasDouble ? 34 : 39;
  sbByte(q);
  let off = 0;
  while (off < n) {
    const c = decodeAt(d, off);
    off += utf8SeqLen(Bytes_get(d, off));
    if (c == q || c == 92) { sbByte(92); sbByte(c); }
    else if (c == 10) sbLit("\\n");
    else if (c == 13) sbLit("\\r");
    else if (c == 9) sbLit("\\t");
    else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xad) { sbLit("\\x"); hex(c, 2); }
    else if ((c >= 0xd800 && c < 0xe000) || c == 0x2028 || c == 0x2029 || c == 0xfeff || (c >= 0x200b && c <= 0x200f)) { sbLit("\\u"); hex(c, 4); }
    else sbCodepoint(c);
  }
  sbByte(q);
}
function hex(c: i32, digits: i32): void {
  for (let k = digits - 1; k >= 0; k--) { const v = (c >> (k * 4)) & 15; sbByte(v < 10 ? 48 + v : 87 + v); }
}

/** s[i] for an int index, with negative indices. */
export function strGetItem(s: anyref, i: i64): anyref {
  const n = <i64>Str_get_len(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseIndexError("string index out of range");
  return strSub(s, <i32>i, <i32>i + 1);
}

export function strSlice(s: anyref, start: i64, stop: i64, step: i64, count: i64): anyref {
  if (step == 1) return strSub(s, <i32>start, <i32>(start + count));
  const m = sbLen;
  let i = start;
  for (let k: i64 = 0; k < count; k++) { sbCodepoint(codepointAt(s, <i32>i)); i += step; }
  return sbTakeStr(m);
}

/** Byte-level substring search from byte offset `from`; returns byte offset or -1. */
export function findBytes(hay: anyref, needle: anyref, from: i32, to: i32): i32 {
  const n = Bytes_len(needle);
  if (n == 0) return from <= to ? from : -1;
  const first = Bytes_get(needle, 0);
  for (let i = from; i + n <= to; i++) {
    if (Bytes_get(hay, i) != first) continue;
    let j = 1;
    while (j < n && Bytes_get(hay, i + j) == Bytes_get(needle, j)) j++;
    if (j == n) return i;
  }
  return -1;
}
export function strContains(hay: anyref, needle: anyref): bool {
  const h = Str_get_data(hay);
  return findBytes(h, Str_get_data(needle), 0, Bytes_len(h)) >= 0;
}
/** Code point index of a byte offset. */
function cpIndex(s: anyref, off: i32): i32 {
  if (strIsAscii(s)) return off;
  const d = Str_get_data(s);
  let c = 0;
  for (let i = 0; i < off; i++) if ((Bytes_get(d, i) & 0xc0) != 0x80) c++;
  return c;
}

// ---- methods ------------------------------------------------------------------------------------
function isSpace(c: i32): bool { return c == 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x1680 || c == 0x202f || c == 0x205f; }

function needStr(x: anyref, what: string): bool {
  if (Str_is(x)) return true;
  raiseTypeError2(what, x);
  return false;
}
function raiseTypeError2(what: string, x: anyref): void {
  const m = sbLen; sbLit(what); sbLit(", not "); sbStr(typeName(x));
  raiseTypeError(sbTakeStr(m));
}

function m_upper(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("str.upper", n, kw, 0, 0)) return null;
  return mapCase(self, true);
}
function m_lower(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("str.lower", n, kw, 0, 0)) return null;
  return mapCase(self, false);
}
function mapCase(s: anyref, upper: bool): anyref {
  const d = Str_get_data(s);
  const nb = Bytes_len(d);
  const m = sbLen;
  let off = 0;
  while (off < nb) {
    let c = decodeAt(d, off);
    off += utf8SeqLen(Bytes_get(d, off));
    if (upper) { if ((c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xfe && c != 0xf7)) c -= 32; }
    else { if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c != 0xd7)) c += 32; }
    sbCodepoint(c);
  }
  return sbTakeStr(m);
}

function stripImpl(self: anyref, args: anyref, base: i32, n: i32, kw: anyref, left: bool, right: bool, name: string): anyref {
  if (!checkArgs(name, n, kw, 0, 1)) return null;
  const chars = argOr(args, base, n, 0, None);
  const useChars = !ref_eq(chars, None);
  if (useChars && !needStr(chars, "strip arg must be None or str")) return null;
  const len = Str_get_len(self);
  let i = 0, j = len;
  if (left) while (i < j && stripMatch(codepointAt(self, i), chars, useChars)) i++;
  if (right) while (j > i && stripMatch(codepointAt(self, j - 1), chars, useChars)) j--;
  return strSub(self, i, j);
}
function stripMatch(c: i32, chars: anyref, useChars: bool): bool {
  if (!useChars) return isSpace(c);
  const n = Str_get_len(chars);
  for (let k = 0; k < n; k++) if (codepointAt(chars, k) == c) return true;
  return false;
}
function m_strip(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref { return stripImpl(self, args, base, n, kw, true, true, "strip"); }
function m_lstrip(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref { return stripImpl(self, args, base, n, kw, true, false, "lstrip"); }
function m_rstrip(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref { return stripImpl(self, args, base, n, kw, false, true, "rstrip"); }

function m_split(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("split", n, kw, 0, 2)) return null;
  const sep = argOr(args, base, n, 0, None);
  const maxArg = argOr(args, base, n, 1, small_new(-1));
  let maxsplit: i64 = -1;
  if (!is_null(maxArg)) maxsplit = <i64>intArgOr(maxArg);
  const out = listNew(0);
  const d = Str_get_data(self);
  const nb = Bytes_len(d);
  if (ref_eq(sep, None)) {
    let off = 0;
    let splits: i64 = 0;
    while (true) {
      while (off < nb && isSpace(decodeAt(d, off))) off += utf8SeqLen(Bytes_get(d, off));
      if (off >= nb) break;
      if (maxsplit >= 0 && splits >= maxsplit) {
        let end = nb;
        while (end > off && isSpace(decodeAt(d, prevOff(d, end)))) end = prevOff(d, end);
        listAppend(out, bytesSub(d, off, end));
        break;
      }
      const start = off;
      while (off < nb && !isSpace(decodeAt(d, off))) off += utf8SeqLen(Bytes_get(d, off));
      listAppend(out, bytesSub(d, start, off));
      splits++;
    }
    return out;
  }
  if (!needStr(sep, "must be str or None")) return null;
  const sd = Str_get_data(sep);
  const sn = Bytes_len(sd);
  if (sn == 0) return raiseValueError(strLit("empty separator"));
  let off = 0;
  let splits: i64 = 0;
  while (maxsplit < 0 || splits < maxsplit) {
    const at = findBytes(d, sd, off, nb);
    if (at < 0) break;
    listAppend(out, bytesSub(d, off, at));
    off = at + sn;
    splits++;
  }
  listAppend(out, bytesSub(d, off, nb));
  return out;
}
function prevOff(d: anyref, off: i32): i32 { off--; while (off > 0 && (Bytes_get(d, off) & 0xc0) == 0x80) off--; return off; }
function intArgOr(x: anyref): i32 {
  // small helper for maxsplit-style arguments
  return small_is_(x) ? small_get_(x) : -1;
}
import { small_is as small_is_, small_get as small_get_ } from "../generated/kernel";

/** A str from the byte range [from, to) of a UTF-8 Bytes array. */
export function bytesSub(d: anyref, from: i32, to: i32): anyref {
  const m = sbLen; sbBytes(d, from, to - from); return sbTakeStr(m);
}

function m_join(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("str.join", n, kw, 1, 1)) return null;
  const items = iterableToArray(AnyArr_get(args, base));
  if (is_null(items)) return null;
  const cnt = AnyArr_len(items);
  const m = sbLen;
  for (let i = 0; i < cnt; i++) {
    const it = AnyArr_get(items, i);
    if (!Str_is(it)) {
      sbTruncate(m);
      const m2 = sbLen; sbLit("sequence item "); sbI64_(<i64>i); sbLit(": expected str instance, "); sbStr(typeName(it)); sbLit(" found");
      return raiseTypeError(sbTakeStr(m2));
    }
    if (i > 0) sbStr(self);
    sbStr(it);
  }
  return sbTakeStr(m);
}
import { sbI64 as sbI64_, sbTruncate } from "../rt/core";

function m_replace(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("replace", n, kw, 2, 3)) return null;
  const old = AnyArr_get(args, base), nw = AnyArr_get(args, base + 1);
  if (!needStr(old, "replace() argument 1 must be str") || !needStr(nw, "replace() argument 2 must be str")) return null;
  let count: i64 = -1;
  if (n > 2) count = <i64>intArgOr(AnyArr_get(args, base + 2));
  const d = Str_get_data(self), od = Str_get_data(old);
  const nb = Bytes_len(d), on = Bytes_len(od);
  const m = sbLen;
  if (on == 0) {
    // insert nw between every character (and at both ends)
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
  sbBytes(d, off, nb - off);
  return sbTakeStr(m);
}

function startsEnds(self: anyref, args: anyref, base: i32, n: i32, kw: anyref, ends: bool): anyref {
  if (!checkArgs(ends ? "endswith" : "startswith", n, kw, 1, 3)) return null;
  const p = AnyArr_get(args, base);
  const len = Str_get_len(self);
  let start: i64 = 0, stop: i64 = <i64>len;
  if (n > 1 && small_is_(AnyArr_get(args, base + 1))) { start = small_get_(AnyArr_get(args, base + 1)); if (start < 0) start += len; if (start < 0) start = 0; }
  if (n > 2 && small_is_(AnyArr_get(args, base + 2))) { stop = small_get_(AnyArr_get(args, base + 2)); if (stop < 0) stop += len; if (stop > len) stop = len; }
  if (Tuple_is(p)) {
    const items = Tuple_get_items(p);
    for (let i = 0; i < AnyArr_len(items); i++) {
      const q = AnyArr_get(items, i);
      if (!Str_is(q)) return raiseTypeError(strLit("tuple for startswith must only contain str"));
      if (affix(self, q, start, stop, ends)) return mkBool(true);
    }
    return mkBool(false);
  }
  if (!Str_is(p)) {
    const m = sbLen; sbLit(ends ? "endswith" : "startswith"); sbLit(" first arg must be str or a tuple of str, not "); sbStr(typeName(p));
    return raiseTypeError(sbTakeStr(m));
  }
  return mkBool(affix(self, p, start, stop, ends));
}
function affix(s: anyref, p: anyref, start: i64, stop: i64, ends: bool): bool {
  const pl = <i64>Str_get_len(p);
  if (stop - start < pl) return false;
  const off = ends ? stop - pl : start;
  for (let i: i64 = 0; i < pl; i++) if (codepointAt(s, <i32>(off + i)) != codepointAt(p, <i32>i)) return false;
  return true;
}
function m_startswith(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref { return startsEnds(self, args, base, n, kw, false); }
function m_endswith(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref { return startsEnds(self, args, base, n, kw, true); }

function findImpl(self: anyref, args: anyref, base: i32, n: i32, kw: anyref, name: string): i32 {
  if (!checkArgs(name, n, kw, 1, 3)) return -2;
  const p = AnyArr_get(args, base);
  if (!Str_is(p)) {
    const m = sbLen; sbLit("must be str, not "); sbStr(typeName(p)); raiseTypeError(sbTakeStr(m)); return -2;
  }
  const len = Str_get_len(self);
  let start: i32 = 0, stop: i32 = len;
  if (n > 1 && small_is_(AnyArr_get(args, base + 1))) { start = small_get_(AnyArr_get(args, base + 1)); if (start < 0) start += len; if (start < 0) start = 0; }
  if (n > 2 && small_is_(AnyArr_get(args, base + 2))) { stop = small_get_(AnyArr_get(args, base + 2)); if (stop < 0) stop += len; if (stop > len) stop = len; if (stop < 0) stop = 0; }
  if (start > len) return -1;
  const d = Str_get_data(self);
  const at = findBytes(d, Str_get_data(p), byteOffset(self, start), byteOffset(self, stop));
  return at < 0 ? -1 : cpIndex(self, at);
}
function m_find(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  const r = findImpl(self, args, base, n, kw, "find");
  return r == -2 ? null : mkInt(r);
}
function m_index(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  const r = findImpl(self, args, base, n, kw, "index");
  if (r == -2) return null;
  if (r == -1) return raiseValueError(strLit("substring not found"));
  return mkInt(r);
}
function m_count(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("count", n, kw, 1, 1)) return null;
  const p = AnyArr_get(args, base);
  if (!needStr(p, "must be str")) return null;
  const d = Str_get_data(self), pd = Str_get_data(p);
  const nb = Bytes_len(d), pn = Bytes_len(pd);
  if (pn == 0) return mkInt(Str_get_len(self) + 1);
  let off = 0, c = 0;
  while (true) { const at = findBytes(d, pd, off, nb); if (at < 0) break; c++; off = at + pn; }
  return mkInt(c);
}

function predicate(self: anyref, kind: i32): anyref {
  const len = Str_get_len(self);
  if (len == 0) return mkBool(false);
  let cased = false;
  for (let i = 0; i < len; i++) {
    const c = codepointAt(self, i);
    const digit = c >= 48 && c <= 57;
    const lower = c >= 97 && c <= 122, upper = c >= 65 && c <= 90;
    const alpha = lower || upper || (c >= 0xc0 && c != 0xd7 && c != 0xf7 && c < 0x2000);
    let ok = true;
    if (kind == 0) ok = digit;
    else if (kind == 1) ok = alpha;
    else if (kind == 2) ok = alpha || digit;
    else if (kind == 3) ok = isSpace(c);
    else if (kind == 4) { if (upper) return mkBool(false); if (lower) cased = true; }
    else if (kind == 5) { if (lower) return mkBool(false); if (upper) cased = true; }
    if (!ok) return mkBool(false);
  }
  if (kind >= 4) return mkBool(cased);
  return mkBool(true);
}
function m_isdigit(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isdigit", n, kw, 0, 0) ? predicate(self, 0) : null; }
function m_isalpha(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isalpha", n, kw, 0, 0) ? predicate(self, 1) : null; }
function m_isalnum(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isalnum", n, kw, 0, 0) ? predicate(self, 2) : null; }
function m_isspace(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isspace", n, kw, 0, 0) ? predicate(self, 3) : null; }
function m_islower(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref { return checkArgs("str.islower", n, kw, 0, 0) ? predicate(self, 4) : null; }
function m_isupper(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref { return checkArgs("str.isupper", n, kw, 0, 0) ? predicate(self, 5) : null; }

export function registerStrMethods(t: anyref): void {
  addMethod(t, "upper", m_upper);
  addMethod(t, "lower", m_lower);
  addMethod(t, "strip", m_strip);
  addMethod(t, "lstrip", m_lstrip);
  addMethod(t, "rstrip", m_rstrip);
  addMethod(t, "split", m_split);
  addMethod(t, "join", m_join);
  addMethod(t, "replace", m_replace);
  addMethod(t, "startswith", m_startswith);
  addMethod(t, "endswith", m_endswith);
  addMethod(t, "find", m_find);
  addMethod(t, "index", m_index);
  addMethod(t, "count", m_count);
  addMethod(t, "isdigit", m_isdigit);
  addMethod(t, "isalpha", m_isalpha);
  addMethod(t, "isalnum", m_isalnum);
  addMethod(t, "isspace", m_isspace);
  addMethod(t, "islower", m_islower);
  addMethod(t, "isupper", m_isupper);
}

// ---- interning ------------------------------------------------------------------------------
// Names (identifiers, attribute and keyword names) are interned so that dict lookups on them
// usually succeed on the identity check.
let internTable: anyref = null;
export function intern(s: anyref): anyref {
  if (is_null(internTable)) internTable = dictNew_();
  const h = strHash(s);
  const found = dictGetStr_(internTable, s, h);
  if (!is_null(found)) return found;
  dictSetH_(internTable, s, h, s);
  return s;
}
import { dictNew as dictNew_, dictGetStr as dictGetStr_, dictSetH as dictSetH_ } from "./dict";
