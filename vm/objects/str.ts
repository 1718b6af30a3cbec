// str: immutable text stored as UTF-8 bytes (a WasmGC Bytes array) plus its length in code
// points. ASCII strings (len == byte length) index in O(1); others scan from the start
// (an index cache can come later). The hash is computed lazily and cached in the object
// (0 = not yet computed). Hashing is FNV-1a over the UTF-8 bytes: deterministic on purpose
// (no hash randomization), so runs are reproducible.
import {
  Str_new, Str_is, Str_get_data, Str_get_len, Str_get_hash, Str_set_hash, Bytes_get, Bytes_len, Bytes_new,
  Bytes_copy, Bytes_set, Bytes_compare, Str_get_pre, Str_set_pre, Str_get_buf, Str_set_buf, Str_get_nb, Str_set_nb, StrBuf_new, StrBuf_get_data, StrBuf_set_data,
  StrBuf_get_used, StrBuf_set_used, AnyArr_new, AnyArr_get, AnyArr_set, is_null, ref_eq, small_new, Tuple_is, Tuple_get_items, AnyArr_len,
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
  if (Str_get_pre(a) != Str_get_pre(b)) return false;
  const da = Str_get_data(a), db = Str_get_data(b);
  if (Bytes_len(da) != Bytes_len(db)) return false;
  const ha = Str_get_hash(a), hb = Str_get_hash(b);
  if (ha != 0 && hb != 0 && ha != hb) return false;
  return Bytes_compare(da, db) == 0;
}

/** Equality with an AS literal (ASCII), for keyword and attribute names in the VM. */
export function strEqLit(a: anyref, lit: string): bool {
  const d = Str_get_data(a);
  const n = lit.length;
  if (Bytes_len(d) != n) return false;
  for (let i = 0; i < n; i++) if (Bytes_get(d, i) != <i32>lit.charCodeAt(i)) return false;
  return true;
}

/** The low 32 bits of hash(s) (what dicts index by). */
export function strHash(s: anyref): i32 { return <i32>strHash64(s); }

/**
 * hash(s) as CPython 3.11 computes it with PYTHONHASHSEED=0 (the setting the conformance goldens
 * are recorded with): SipHash-1-3 with a zero key over the string's PEP 393 form (1, 2 or 4 bytes
 * per code point, little-endian), so set iteration order of strings matches CPython's too.
 */
export function strHash64(s: anyref): i64 {
  let h = Str_get_hash(s);
  if (h != 0) return h;
  const d = Str_get_data(s);
  const nb = Bytes_len(d);
  if (nb == 0) return 0;
  const n = Str_get_len(s);
  if (n == nb) {
    sbReserve_(nb);
    const p = sbPtr_ + <usize>sbLen;
    Bytes_to_mem_(d, 0, p, nb);
    h = siphash13(p, nb);
  } else {
    let maxc = 0;
    let off = 0;
    while (off < nb) { const c = decodeAt(d, off); if (c > maxc) maxc = c; off += utf8SeqLen(Bytes_get(d, off)); }
    const w = maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4;
    sbReserve_(n * w);
    const p = sbPtr_ + <usize>sbLen;
    off = 0;
    let q = p;
    while (off < nb) {
      const c = decodeAt(d, off); off += utf8SeqLen(Bytes_get(d, off));
      if (w == 1) store<u8>(q, <u8>c); else if (w == 2) store<u16>(q, <u16>c); else store<u32>(q, <u32>c);
      q += <usize>w;
    }
    h = siphash13(p, n * w);
  }
  if (h == -1) h = -2;
  Str_set_hash(s, h);
  return h;
}
import { sbReserve as sbReserve_, sbPtr as sbPtr_, reserve as reserve_, chargeSteps as chargeSteps_ } from "../rt/core";
import { Bytes_to_mem as Bytes_to_mem_ } from "../generated/kernel";

// @ts-ignore: decorator
@inline function rotl(x: u64, b: u64): u64 { return (x << b) | (x >> (64 - b)); }
/** SipHash-1-3 with k0 = k1 = 0 over linear memory [p, p+n), as CPython's siphash13. */
export function siphash13(p: usize, n: i32): i64 {
  let v0: u64 = 0x736f6d6570736575, v1: u64 = 0x646f72616e646f6d, v2: u64 = 0x6c7967656e657261, v3: u64 = 0x7465646279746573;
  let b: u64 = <u64>n << 56;
  let i = 0;
  while (n - i >= 8) {
    const mi = load<u64>(p + <usize>i);
    i += 8;
    v3 ^= mi;
    v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
    v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
    v0 ^= mi;
  }
  let t: u64 = 0;
  for (let k = 0; k < n - i; k++) t |= <u64>load<u8>(p + <usize>(i + k)) << (<u64>k * 8);
  b |= t;
  v3 ^= b;
  v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
  v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
  v0 ^= b;
  v2 ^= 0xff;
  for (let r = 0; r < 3; r++) {
    v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
    v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
  }
  return <i64>((v0 ^ v1) ^ (v2 ^ v3));
}

export function strCompare(a: anyref, b: anyref): i32 {
  // the first 8 bytes (zero-padded) usually decide; UTF-8 byte order is code point order
  const pa = <u64>Str_get_pre(a), pb = <u64>Str_get_pre(b);
  if (pa != pb) return pa < pb ? -1 : 1;
  const c = Bytes_compare(Str_get_data(a), Str_get_data(b));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
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

/**
 * `a += b` for two strs: amortized O(len(b)) when repeated, like CPython's in-place resize of a
 * refcount-1 str. The result shares an over-allocated append buffer (StrBuf) with `a` when `a` is
 * the newest str of that buffer (Go's append); its own `data` stays null until something reads it
 * (Str_get_data copies then). Small results are plain concatenations.
 */
export function strAppend(a: anyref, b: anyref): anyref {
  const la = Str_get_len(a), lb = Str_get_len(b);
  if (la == 0) return b;
  if (lb == 0) return a;
  const db = Str_get_data(b);
  const nbB = Bytes_len(db);
  const buf = Str_get_buf(a);
  if (!is_null(buf)) {
    const na = Str_get_nb(a);
    if (StrBuf_get_used(buf) == na) {
      let d = StrBuf_get_data(buf);
      const total = na + nbB;
      if (nbB > (1 << 16) && !chargeSteps_(nbB >> 6)) return null;
      if (total > Bytes_len(d)) {
        const cap = <i64>total + (total >> 1);
        if (cap > (1 << 16) && !reserve_(cap)) return null;
        const nd = Bytes_new(<i32>cap);
        Bytes_copy(nd, 0, d, 0, na);
        StrBuf_set_data(buf, nd);
        d = nd;
      }
      Bytes_copy(d, na, db, 0, nbB);
      StrBuf_set_used(buf, total);
      return strInBuf(buf, total, la + lb);
    }
  }
  const da = Str_get_data(a);
  const na = Bytes_len(da);
  const total = na + nbB;
  if (total < 256) return strConcat(a, b);
  const cap = <i64>total + (total >> 1);
  if (cap > (1 << 16) && (!reserve_(cap) || !chargeSteps_(<i64>total >> 6))) return null;
  const d = Bytes_new(<i32>cap);
  Bytes_copy(d, 0, da, 0, na);
  Bytes_copy(d, na, db, 0, nbB);
  return strInBuf(StrBuf_new(d, total), total, la + lb);
}
function strInBuf(buf: anyref, nb: i32, len: i32): anyref {
  const s = Str_new(T_str, null, len, 0);
  Str_set_buf(s, buf);
  Str_set_nb(s, nb);
  // the prefix that Str_new computes from data (here the buffer's first bytes)
  const d = StrBuf_get_data(buf);
  const n = nb < 8 ? nb : 8;
  let p: u64 = 0;
  for (let i = 0; i < n; i++) p = (p << 8) | <u64>Bytes_get(d, i);
  Str_set_pre(s, <i64>(p << (<u64>(8 - n) << 3)));
  return s;
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
    else if (c < 0x7f ? c >= 0x20 : isPrintableCp_(c)) sbCodepoint(c);
    else if (c < 0x100) { sbLit("\\x"); hex(c, 2); }
    else if (c < 0x10000) { sbLit("\\u"); hex(c, 4); }
    else { sbLit("\\U"); hex(c, 8); }
  }
  sbByte(q);
}
import { isPrintableCp as isPrintableCp_ } from "./unicode";
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
export function cpIndex(s: anyref, off: i32): i32 {
  if (strIsAscii(s)) return off;
  const d = Str_get_data(s);
  let c = 0;
  for (let i = 0; i < off; i++) if ((Bytes_get(d, i) & 0xc0) != 0x80) c++;
  return c;
}

// ---- methods ------------------------------------------------------------------------------------
// (vm/objects/strmethods.ts)
import { registerStrMethods2 } from "./strmethods";
export function registerStrMethods(t: anyref): void { registerStrMethods2(t); }

/** A str from the byte range [from, to) of a UTF-8 Bytes array. */
export function bytesSub(d: anyref, from: i32, to: i32): anyref {
  const m = sbLen; sbBytes(d, from, to - from); return sbTakeStr(m);
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
