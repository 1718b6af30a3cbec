// bytes (immutable, BytesObj: data is exactly the payload) and bytearray (ByteArray: data has
// spare capacity, len is the logical length). The string builder doubles as the byte buffer:
// producers append raw bytes to it and takeBytes(mark) turns [mark, sbLen) into a Bytes array.
import * as K from "../generated/kernel";
import {
  is_null, ref_eq, small_is, small_get, Str_is, BytesObj_is, ByteArray_is, BytesObj_new, BytesObj_get_data, BytesObj_get_hash,
  BytesObj_set_hash, ByteArray_new, ByteArray_get_data, ByteArray_get_len, ByteArray_set_data, ByteArray_set_len, Bytes_new,
  Bytes_get, Bytes_set, Bytes_len, Bytes_copy, Bytes_from_mem, AnyArr_get, AnyArr_len, AnyArr_new, AnyArr_set, Obj_get_cls, Tuple_is,
  Tuple_get_items, Wrap_new, Wrap_is, Wrap_get_a, Wrap_get_n, Wrap_set_a, Wrap_set_n, List_is,
} from "../generated/kernel";
import {
  None, True, False, NotImplemented, T_bytes, T_bytearray, T_object, T_int, exc, clearExc, mkInt, mkBool, isSmallOrInt, intVal, strLit,
  sbLen, sbPtr, sbByte, sbLit, sbI64, sbTakeStr, sbTruncate, sbReserve, sbBytes, sbCodepoint, typeOf, EmptyStr,
} from "../rt/core";
import { raiseTypeError, raiseValueError, raiseWith, raiseIndexError, raiseLit, raiseMemoryError } from "../rt/errors";
import * as E from "./exceptions";
import * as N from "../rt/names";
import { checkArgs, kwCount, checkKwArgs } from "../rt/args";
import { sliceIndex } from "./strmethods";
import { addMethod, newBuiltinType, K_FIXED, tupleOf, isSubtype } from "./type";
import { sbStr, strEqLit, findBytes } from "./str";
import { listNew, listAppend } from "./list";
import {
  typeName, indexValue, iterableToArray, lenOf, getIter, iterNext, resolveSlice, sliceStart, sliceStep, sliceCount, userDunder,
} from "../ops";
import { OP_ADD, OP_MUL, OP_MOD } from "./int";
import { codecId, errorsId, encodeStr, codecFallback } from "./strmethods";
import { addClassMethod } from "./dictmethods";
import { callObject1 } from "../interp";
import { dictSet } from "./dict";
import { builtinsDict } from "../builtins/builtins";
import { siphash13 as siphash13_ } from "./str";
import { Bytes_to_mem as Bytes_to_mem_ } from "../generated/kernel";

export let T_bytes_iterator: anyref = null;

// ---- basics ---------------------------------------------------------------------------------------
import { reserve as reserve_, chargeSteps as chargeSteps_ } from "../rt/core";
export function isBytesLike(x: anyref): bool { return BytesObj_is(x) || ByteArray_is(x); }
export function bdata(x: anyref): anyref { return BytesObj_is(x) ? BytesObj_get_data(x) : ByteArray_get_data(x); }
export function blen(x: anyref): i32 { return BytesObj_is(x) ? Bytes_len(BytesObj_get_data(x)) : ByteArray_get_len(x); }
export function newBytes(data: anyref): anyref { return BytesObj_new(T_bytes, data, 0); }
function newByteArray(data: anyref, n: i32): anyref { return ByteArray_new(T_bytearray, data, n); }
/** Append bytes [off, off+n) of x's payload to the builder. */
function sbFrom(x: anyref, off: i32, n: i32): void { if (n > 0) sbBytes(bdata(x), off, n); }
/** The builder range [mark, sbLen) as a Bytes array; truncates back to mark. */
function takeData(mark: i32): anyref {
  const n = sbLen - mark;
  const d = Bytes_from_mem(sbPtr + <usize>mark, n);
  sbTruncate(mark);
  return d;
}
/** A result of the same kind (bytes/bytearray) as `like`, from the builder range. */
export function takeLike(like: anyref, mark: i32): anyref {
  const n = sbLen - mark;
  const d = takeData(mark);
  return ByteArray_is(like) ? newByteArray(d, n) : newBytes(d);
}
function copyOf(x: anyref, asArray: bool): anyref {
  const n = blen(x);
  const d = Bytes_new(n);
  Bytes_copy(d, 0, bdata(x), 0, n);
  return asArray ? newByteArray(d, n) : newBytes(d);
}
export function byteAt(x: anyref, i: i32): i32 { return Bytes_get(bdata(x), i); }

function hex2(v: i32): void { const h = v >> 4, l = v & 15; sbByte(h < 10 ? 48 + h : 87 + h); sbByte(l < 10 ? 48 + l : 87 + l); }

// ---- protocol ------------------------------------------------------------------------------------------
export function bytesReprInto(x: anyref): bool {
  const arr = ByteArray_is(x);
  if (arr) { sbStr(K.Type_get_name(Obj_get_cls(x))); sbByte(40); }
  else if (!ref_eq(Obj_get_cls(x), T_bytes)) { /* subclass: CPython shows b'...' */ }
  const n = blen(x);
  let sq = false, dq = false;
  for (let i = 0; i < n; i++) { const c = byteAt(x, i); if (c == 39) sq = true; else if (c == 34) dq = true; }
  const q = sq && !dq ? 34 : 39;
  sbByte(98); sbByte(q);
  for (let i = 0; i < n; i++) {
    const c = byteAt(x, i);
    if (c == q || c == 92) { sbByte(92); sbByte(c); }
    else if (c == 9) sbLit("\\t");
    else if (c == 10) sbLit("\\n");
    else if (c == 13) sbLit("\\r");
    else if (c < 32 || c >= 127) { sbLit("\\x"); hex2(c); }
    else sbByte(c);
  }
  sbByte(q);
  if (arr) sbByte(41);
  return true;
}

export function bytesHash(x: anyref): i64 {
  if (ByteArray_is(x)) {
    const m = sbLen; sbLit("unhashable type: '"); sbStr(typeName(x)); sbByte(39);
    raiseTypeError(sbTakeStr(m));
    return -1;
  }
  let h = BytesObj_get_hash(x);
  if (h != 0) return h;
  const d = BytesObj_get_data(x);
  const n = Bytes_len(d);
  if (n == 0) return 0;
  sbReserve(n);
  Bytes_to_mem_(d, 0, sbPtr + <usize>sbLen, n);
  h = siphash13_(sbPtr + <usize>sbLen, n);   // same as hash() of the latin-1 str, like CPython
  if (h == -1) h = -2;
  BytesObj_set_hash(x, h);
  return h;
}

function cmpBytes(a: anyref, b: anyref): i32 {
  const da = bdata(a), db = bdata(b);
  const na = blen(a), nb = blen(b);
  const n = na < nb ? na : nb;
  for (let i = 0; i < n; i++) { const x = Bytes_get(da, i), y = Bytes_get(db, i); if (x != y) return x < y ? -1 : 1; }
  return na == nb ? 0 : na < nb ? -1 : 1;
}
export function bytesCompare(a: anyref, b: anyref, op: i32): anyref {
  if (!isBytesLike(a) || !isBytesLike(b)) return NotImplemented;
  const c = cmpBytes(a, b);
  switch (op) {
    case 0: return mkBool(c < 0);
    case 1: return mkBool(c <= 0);
    case 2: return mkBool(c == 0);
    case 3: return mkBool(c != 0);
    case 4: return mkBool(c > 0);
    default: return mkBool(c >= 0);
  }
}

function repeat(x: anyref, k: i64, asArray: bool): anyref {
  const n = blen(x);
  if (k < 0 || n == 0) k = 0;
  if (k > 0 && k > <i64>0x40000000 / <i64>n) return raiseMemoryError();
  if (!reserve_(<i64>n * k * 2 + 64) || !chargeSteps_((<i64>n * k) >> 6)) return null;
  const m = sbLen;
  for (let i: i64 = 0; i < k; i++) sbFrom(x, 0, n);
  const total = sbLen - m;
  const d = takeData(m);
  return asArray ? newByteArray(d, total) : newBytes(d);
}
export function bytesBinop(a: anyref, b: anyref, o: i32): anyref {
  if (o == OP_ADD && isBytesLike(a)) {
    if (!isBytesLike(b)) {
      const m = sbLen; sbLit("can't concat "); sbStr(typeName(b)); sbLit(" to "); sbStr(typeName(a));
      return raiseTypeError(sbTakeStr(m));
    }
    const m = sbLen; sbFrom(a, 0, blen(a)); sbFrom(b, 0, blen(b));
    return takeLike(a, m);
  }
  if (o == OP_MUL) {
    if (isBytesLike(a) && isSmallOrInt(b)) return repeat(a, intVal(b), ByteArray_is(a));
    if (isBytesLike(b) && isSmallOrInt(a)) return repeat(b, intVal(a), ByteArray_is(b));
  }
  if (o == OP_MOD && isBytesLike(a)) return bytesPercent(a, b);
  return NotImplemented;
}
export function bytesInplace(a: anyref, b: anyref, o: i32): anyref {
  if (o == OP_ADD) {
    if (!isBytesLike(b)) {
      const m = sbLen; sbLit("can't concat "); sbStr(typeName(b)); sbLit(" to "); sbStr(typeName(a));
      return raiseTypeError(sbTakeStr(m));
    }
    appendRange(a, bdata(b), 0, blen(b));
    return a;
  }
  if (o == OP_MUL && isSmallOrInt(b)) {
    const r = repeat(a, intVal(b), true);
    if (is_null(r)) return null;
    ByteArray_set_data(a, ByteArray_get_data(r)); ByteArray_set_len(a, ByteArray_get_len(r));
    return a;
  }
  return NotImplemented;
}

// bytearray storage
function grow(a: anyref, need: i32): void {
  const d = ByteArray_get_data(a);
  if (need <= Bytes_len(d)) return;
  const nd = Bytes_new(need + (need >> 3) + 8);
  Bytes_copy(nd, 0, d, 0, ByteArray_get_len(a));
  ByteArray_set_data(a, nd);
}
function appendRange(a: anyref, src: anyref, off: i32, n: i32): void {
  const len = ByteArray_get_len(a);
  // src may alias a's own data: copy through a fresh array when growing
  const tmp = Bytes_new(n);
  Bytes_copy(tmp, 0, src, off, n);
  grow(a, len + n);
  Bytes_copy(ByteArray_get_data(a), len, tmp, 0, n);
  ByteArray_set_len(a, len + n);
}
function appendByte(a: anyref, v: i32): void {
  const len = ByteArray_get_len(a);
  grow(a, len + 1);
  Bytes_set(ByteArray_get_data(a), len, v);
  ByteArray_set_len(a, len + 1);
}

export function bytesLen(x: anyref): i64 { return blen(x); }

/** x in c: 1, 0, -1. */
export function bytesContains(c: anyref, x: anyref): i32 {
  if (isSmallOrInt(x)) {
    const v = intVal(x);
    if (v < 0 || v > 255) { raiseValueError(strLit("byte must be in range(0, 256)")); return -1; }
    const n = blen(c);
    for (let i = 0; i < n; i++) if (byteAt(c, i) == <i32>v) return 1;
    return 0;
  }
  if (K.BigInt_is(x)) { raiseValueError(strLit("byte must be in range(0, 256)")); return -1; }
  if (isBytesLike(x)) return findIn(c, bdata(x), blen(x), 0, blen(c), false) >= 0 ? 1 : 0;
  const m = sbLen; sbLit("a bytes-like object is required, not '"); sbStr(typeName(x)); sbByte(39);
  raiseTypeError(sbTakeStr(m));
  return -1;
}

export function bytesIter(x: anyref): anyref { return Wrap_new(T_bytes_iterator, x, null, null, 0); }
export function isBytesIter(x: anyref): bool { return Wrap_is(x) && ref_eq(Obj_get_cls(x), T_bytes_iterator); }
export function bytesIterNext(it: anyref): anyref {
  const x = Wrap_get_a(it);
  if (is_null(x)) return null;
  const i = <i32>Wrap_get_n(it);
  if (i >= blen(x)) { Wrap_set_a(it, null); return null; }
  Wrap_set_n(it, i + 1);
  return mkInt(byteAt(x, i));
}

export function bytesGetItem(x: anyref, key: anyref): anyref {
  const n = blen(x);
  if (K.Slice_is(key)) {
    if (!resolveSlice(key, n)) return null;
    const m = sbLen;
    if (sliceStep == 1) sbFrom(x, <i32>sliceStart, <i32>sliceCount);
    else { let j = sliceStart; for (let k: i64 = 0; k < sliceCount; k++) { sbByte(byteAt(x, <i32>j)); j += sliceStep; } }
    return takeLike(x, m);
  }
  if (K.BigInt_is(key)) return raiseIndexError("cannot fit 'int' into an index-sized integer");
  if (isSmallOrInt(key) || !is_null(userDunder(key, N.N_index))) {
    let i = indexValue(key);
    if (!is_null(exc)) return null;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raiseIndexError(ByteArray_is(x) ? "bytearray index out of range" : "index out of range");
    return mkInt(byteAt(x, <i32>i));
  }
  const m = sbLen; if (ByteArray_is(x)) sbStr(typeName(x)); else sbLit("byte"); sbLit(" indices must be integers or slices, not "); sbStr(typeName(key));
  return raiseTypeError(sbTakeStr(m));
}
/** del bytearray[key] (index or slice). */
export function bytearrayDelItem(x: anyref, key: anyref): i32 {
  const n = ByteArray_get_len(x);
  let start: i64 = 0, step: i64 = 1, count: i64 = 0;
  if (K.Slice_is(key)) {
    if (!resolveSlice(key, n)) return -1;
    start = sliceStart; step = sliceStep; count = sliceCount;
  } else if (isSmallOrInt(key) || K.BigInt_is(key) || !is_null(userDunder(key, N.N_index))) {
    if (K.BigInt_is(key)) { raiseIndexError("cannot fit 'int' into an index-sized integer"); return -1; }
    let i = indexValue(key);
    if (!is_null(exc)) return -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) { raiseIndexError("bytearray index out of range"); return -1; }
    start = i; count = 1;
  } else {
    const m = sbLen; sbLit("bytearray indices must be integers or slices, not "); sbStr(typeName(key));
    raiseTypeError(sbTakeStr(m)); return -1;
  }
  if (count == 0) return 0;
  const m = sbLen;
  for (let i = 0; i < n; i++) {
    const d = <i64>i - start;
    const sel = step > 0 ? (d >= 0 && d % step == 0 && d / step < count) : (d <= 0 && (-d) % (-step) == 0 && (-d) / (-step) < count);
    if (!sel) sbByte(byteAt(x, i));
  }
  const total = sbLen - m;
  ByteArray_set_data(x, takeData(m)); ByteArray_set_len(x, total);
  return 0;
}
function byteValue(v: anyref): i32 {
  const x = indexValue(v);
  if (!is_null(exc)) return -1;
  if (x < 0 || x > 255) { raiseValueError(strLit("byte must be in range(0, 256)")); return -1; }
  return <i32>x;
}
export function bytesSetItem(x: anyref, key: anyref, v: anyref): i32 {
  const n = ByteArray_get_len(x);
  if (K.Slice_is(key)) {
    // bytearray_ass_subscript: numbers and strs are refused before any conversion
    if (isSmallOrInt(v) || K.BigInt_is(v) || K.Float_is(v) || K.Complex_is(v) || Str_is(v)) {
      raiseTypeError(strLit("can assign only bytes, buffers, or iterables of ints in range(0, 256)")); return -1;
    }
    const src = bytesFromAny(v, true);
    if (is_null(src)) return -1;
    if (!resolveSlice(key, n)) return -1;
    const sd = bdata(src), sn = blen(src);
    if (sliceStep == 1) {
      const start = <i32>sliceStart;
      const stop = start + <i32>sliceCount;
      const m = sbLen;
      sbFrom(x, 0, start); sbBytes(sd, 0, sn); sbFrom(x, stop, n - stop);
      const total = sbLen - m;
      ByteArray_set_data(x, takeData(m)); ByteArray_set_len(x, total);
      return 0;
    }
    if (sn == 0) return bytearrayDelItem(x, key);
    if (<i64>sn != sliceCount) {
      const m = sbLen; sbLit("attempt to assign bytes of size "); sbI64(sn); sbLit(" to extended slice of size "); sbI64(sliceCount);
      raiseValueError(sbTakeStr(m)); return -1;
    }
    let j = sliceStart;
    for (let k = 0; k < sn; k++) { Bytes_set(ByteArray_get_data(x), <i32>j, Bytes_get(sd, k)); j += sliceStep; }
    return 0;
  }
  if (K.BigInt_is(key)) { raiseIndexError("cannot fit 'int' into an index-sized integer"); return -1; }
  if (!isSmallOrInt(key) && is_null(userDunder(key, N.N_index))) {
    const m = sbLen; sbLit("bytearray indices must be integers or slices, not "); sbStr(typeName(key));
    raiseTypeError(sbTakeStr(m)); return -1;
  }
  let i = indexValue(key);
  if (!is_null(exc)) return -1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) { raiseIndexError("bytearray index out of range"); return -1; }
  const b = byteValue(v);
  if (b < 0) return -1;
  Bytes_set(ByteArray_get_data(x), <i32>i, b);
  return 0;
}

// ---- construction ---------------------------------------------------------------------------------------
/** bytes(x) semantics for a single argument; null + exc on error. */
function bytesFromAny(x: anyref, asArray: bool): anyref {
  if (isBytesLike(x)) return copyOf(x, asArray);
  if (K.BigInt_is(x)) return raiseWith(E.OverflowError, strLit("cannot fit 'int' into an index-sized integer"));
  if (isSmallOrInt(x)) {
    const v = intVal(x);
    if (v < 0) return raiseValueError(strLit("negative count"));
    if (v > 0x40000000) return raiseMemoryError();
    if (!reserve_(v + 64) || !chargeSteps_(v >> 8)) return null;
    const d = Bytes_new(<i32>v);
    return asArray ? newByteArray(d, <i32>v) : newBytes(d);
  }
  if (Str_is(x)) return raiseTypeError(strLit("string argument without an encoding"));
  if (!asArray) {
    const bm = userDunder(x, strLit_("__bytes__"));
    if (!is_null(bm)) {
      const r = callObject1(bm, x);
      if (is_null(r)) return null;
      if (!BytesObj_is(r)) { const m = sbLen; sbLit("__bytes__ returned non-bytes (type "); sbStr(typeName(r)); sbByte(41); return raiseTypeError(sbTakeStr(m)); }
      return r;
    }
  }
  if (K.Float_is(x) || K.Complex_is(x)) return cannotConvert(x, asArray);
  if (!is_null(userDunder(x, N.N_index))) { const v = indexValue(x); if (!is_null(exc)) return null; return bytesFromAny(mkInt(v), asArray); }
  const it0 = getIter(x);
  if (is_null(it0)) { if (isSubtype(typeOf(exc), E.TypeError)) { clearExc(); return cannotConvert(x, asArray); } return null; }
  const items = iterableToArray(it0);
  if (is_null(items)) return null;
  const m = sbLen;
  for (let i = 0; i < AnyArr_len(items); i++) {
    const it = AnyArr_get(items, i);
    if (!isSmallOrInt(it) && is_null(userDunder(it, N.N_index))) {
      sbTruncate(m);
      const mm = sbLen; sbByte(39); sbStr(typeName(it)); sbLit("' object cannot be interpreted as an integer");
      return raiseTypeError(sbTakeStr(mm));
    }
    const v = indexValue(it);
    if (!is_null(exc)) { sbTruncate(m); return null; }
    if (v < 0 || v > 255) { sbTruncate(m); return raiseValueError(strLit(asArray ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)")); }
    sbByte(<i32>v);
  }
  const n = sbLen - m;
  const d = takeData(m);
  return asArray ? newByteArray(d, n) : newBytes(d);
}
import { strLit as strLit_ } from "../rt/core";
function cannotConvert(x: anyref, asArray: bool): anyref {
  const m = sbLen; sbLit("cannot convert '"); sbStr(typeName(x)); sbLit("' object to "); sbLit(asArray ? "bytearray" : "bytes");
  return raiseTypeError(sbTakeStr(m));
}

function ctorImpl(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref, asArray: bool): anyref {
  const name = asArray ? "bytearray" : "bytes";
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos > 3) { const m = sbLen; sbLit(name); sbLit("() takes at most 3 arguments ("); sbI64(npos); sbLit(" given)"); return raiseTypeError(sbTakeStr(m)); }
  let src: anyref = npos > 0 ? AnyArr_get(a, b) : null;
  let enc: anyref = npos > 1 ? AnyArr_get(a, b + 1) : null;
  let errs: anyref = npos > 2 ? AnyArr_get(a, b + 2) : null;
  for (let i = 0; i < nkw; i++) {
    const k = AnyArr_get(Tuple_get_items(kw), i), v = AnyArr_get(a, b + npos + i);
    if (strEqLit(k, "source")) src = v; else if (strEqLit(k, "encoding")) enc = v; else if (strEqLit(k, "errors")) errs = v;
    else { const m = sbLen; sbByte(39); sbStr(k); sbLit("' is an invalid keyword argument for "); sbLit(name); sbLit("()"); return raiseTypeError(sbTakeStr(m)); }
  }
  let r: anyref;
  if (is_null(src)) {
    if (!is_null(enc) || !is_null(errs)) return raiseTypeError(strLit(!is_null(enc) ? "encoding without a string argument" : "errors without a string argument"));
    r = asArray ? newByteArray(Bytes_new(0), 0) : newBytes(Bytes_new(0));
  } else if (!is_null(enc) || !is_null(errs)) {
    if (!Str_is(src)) return raiseTypeError(strLit(!is_null(enc) ? "encoding without a string argument" : "errors without a string argument"));
    let codec = 0;
    if (!is_null(enc)) {
      if (!Str_is(enc)) { const m = sbLen; sbLit(name); sbLit("() argument 'encoding' must be str, not "); sbStr(typeName(enc)); return raiseTypeError(sbTakeStr(m)); }
      codec = codecId(enc);
    }
    const e = errorsId(errs);
    if (e < 0) return null;
    r = codec < 0 ? codecFallback(src, enc, errs, true) : encodeStr(src, codec, e);
    if (is_null(r)) return null;
    if (asArray) r = copyOf(r, true);
  } else {
    r = bytesFromAny(src, asArray);
    if (is_null(r)) return null;
    if (!asArray && BytesObj_is(src) && ref_eq(Obj_get_cls(src), T_bytes) && ref_eq(cls, T_bytes)) return src;
  }
  if (!ref_eq(cls, asArray ? T_bytearray : T_bytes)) {
    r = asArray ? ByteArray_new(cls, ByteArray_get_data(r), ByteArray_get_len(r)) : BytesObj_new(cls, BytesObj_get_data(r), 0);
  }
  return r;
}
function t_bytes(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return ctorImpl(cls, a, b, n, kw, false); }
function t_bytearray(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return ctorImpl(cls, a, b, n, kw, true); }

// ---- decode -------------------------------------------------------------------------------------------------
import { setUnicodeErrorAttrs as setUnicodeErrorAttrs_ } from "./excattrs";
import { T_bytes as T_bytes_ } from "../rt/core";
function decodeError(codec: string, d: anyref, start: i32, end: i32, reason: string): anyref {
  const m = sbLen; sbByte(39); sbLit(codec); sbLit("' codec can't decode ");
  if (end - start == 1) { sbLit("byte 0x"); hex2(Bytes_get(d, start)); sbLit(" in position "); sbI64(start); }
  else { sbLit("bytes in position "); sbI64(start); sbByte(45); sbI64(end - 1); }
  sbLit(": "); sbLit(reason);
  raiseWith(E.UnicodeDecodeError, sbTakeStr(m));
  setUnicodeErrorAttrs_(codec, K.BytesObj_new(T_bytes_, d, 0), start, end, strLit(reason));
  return null;
}
/** Decode bytes [0, n) of d into a str. */
export function decodeBytes(d: anyref, n: i32, codec: i32, errors: i32): anyref {
  const m = sbLen;
  let i = 0;
  while (i < n) {
    const b0 = Bytes_get(d, i);
    if (b0 < 0x80) { sbByte(b0); i++; continue; }
    if (codec == 2) { sbCodepoint(b0); i++; continue; }
    let errEnd = i + 1;
    let reason = "ordinal not in range(128)";
    let ok = false;
    if (codec == 0) {
      let len = 0, lo = 0x80, hi = 0xbf;
      if (b0 >= 0xc2 && b0 <= 0xdf) len = 2;
      else if (b0 >= 0xe0 && b0 <= 0xef) { len = 3; if (b0 == 0xe0) lo = 0xa0; else if (b0 == 0xed) hi = 0x9f; }
      else if (b0 >= 0xf0 && b0 <= 0xf4) { len = 4; if (b0 == 0xf0) lo = 0x90; else if (b0 == 0xf4) hi = 0x8f; }
      if (len == 0) reason = "invalid start byte";
      else {
        ok = true;
        for (let k = 1; k < len; k++) {
          if (i + k >= n) { ok = false; reason = "unexpected end of data"; errEnd = n; break; }
          const c = Bytes_get(d, i + k);
          const l2 = k == 1 ? lo : 0x80, h2 = k == 1 ? hi : 0xbf;
          if (c < l2 || c > h2) { ok = false; reason = "invalid continuation byte"; errEnd = i + k; break; }
        }
        if (ok) { sbBytes(d, i, len); i += len; continue; }
      }
    }
    if (errors == 0) { sbTruncate(m); return decodeError(codec == 0 ? "utf-8" : "ascii", d, i, errEnd, reason); }
    if (errors == 2) sbCodepoint(0xfffd);
    else if (errors == 3) { for (let k = i; k < errEnd; k++) { sbLit("\\x"); hex2(Bytes_get(d, k)); } }
    i = errEnd;
  }
  return sbTakeStr(m);
}
function m_decode(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw); const npos = n - nkw;
  if (npos > 2) { const m = sbLen; sbLit("decode() takes at most 2 arguments ("); sbI64(npos); sbLit(" given)"); return raiseTypeError(sbTakeStr(m)); }
  let enc: anyref = npos > 0 ? AnyArr_get(a, b) : null, errs: anyref = npos > 1 ? AnyArr_get(a, b + 1) : null;
  for (let i = 0; i < nkw; i++) {
    const k = AnyArr_get(Tuple_get_items(kw), i), v = AnyArr_get(a, b + npos + i);
    if (strEqLit(k, "encoding")) enc = v; else if (strEqLit(k, "errors")) errs = v;
    else { const m = sbLen; sbByte(39); sbStr(k); sbLit("' is an invalid keyword argument for decode()"); return raiseTypeError(sbTakeStr(m)); }
  }
  if (blen(self) == 0 && (is_null(enc) || Str_is(enc))) return EmptyStr;
  let codec = 0;
  if (!is_null(enc)) {
    if (!Str_is(enc)) { const m = sbLen; sbLit("decode() argument 'encoding' must be str, not "); if (ref_eq(enc, None)) sbLit("None"); else sbStr(typeName(enc)); return raiseTypeError(sbTakeStr(m)); }
    codec = codecId(enc); if (codec < 0) return codecFallback(self, enc, errs, false);
  }
  const e = errorsId(errs);
  if (e < 0) return null;
  return decodeBytes(bdata(self), blen(self), codec, e);
}

// ---- hex ------------------------------------------------------------------------------------------------
function m_hex(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw); const npos = n - nkw;
  if (!checkKwArgs("hex", a, b, n, kw, 2, "sep", "bytes_per_sep")) return null;
  let sep: anyref = npos > 0 ? AnyArr_get(a, b) : null, per: anyref = npos > 1 ? AnyArr_get(a, b + 1) : null;
  for (let i = 0; i < nkw; i++) {
    const k = AnyArr_get(Tuple_get_items(kw), i), v = AnyArr_get(a, b + npos + i);
    if (strEqLit(k, "sep")) sep = v; else if (strEqLit(k, "bytes_per_sep")) per = v;
  }
  let group: i64 = 1;
  if (!is_null(per)) { group = indexValue(per); if (!is_null(exc)) return null; }
  let sepc = -1;
  if (!is_null(sep)) {
    if (!Str_is(sep) && !BytesObj_is(sep)) {
      // CPython takes len(sep) first, then insists on str or bytes
      const sl = lenOf(sep); if (sl < 0) return null;
      if (sl != 1) return raiseValueError(strLit("sep must be length 1."));
      return raiseTypeError(strLit("sep must be str or bytes."));
    }
    if (Str_is(sep)) { if (K.Str_get_len(sep) != 1) return raiseValueError(strLit("sep must be length 1.")); sepc = Bytes_get(K.Str_get_data(sep), 0); }
    else if (isBytesLike(sep)) { if (blen(sep) != 1) return raiseValueError(strLit("sep must be length 1.")); sepc = byteAt(sep, 0); }
    else return raiseTypeError(strLit("sep must be str or bytes."));
    if (sepc >= 128) return raiseValueError(strLit("sep must be ASCII."));
  }
  const len = blen(self);
  const m = sbLen;
  const g = group < 0 ? -group : group;
  for (let i = 0; i < len; i++) {
    if (sepc >= 0 && i > 0 && g > 0) {
      // group from the right for positive counts, from the left for negative ones
      if (group > 0 ? ((len - i) % <i32>g == 0) : (i % <i32>g == 0)) sbByte(sepc);
    }
    hex2(byteAt(self, i));
  }
  return sbTakeStr(m);
}
function hexVal(c: i32): i32 { if (c >= 48 && c <= 57) return c - 48; c |= 32; if (c >= 97 && c <= 102) return c - 87; return -1; }
function m_fromhex(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs(K.Type_is(cls) && isSubtype(cls, T_bytearray) ? "bytearray.fromhex" : "bytes.fromhex", n, kw, 1, 1)) return null;
  const s = AnyArr_get(a, b);
  if (!Str_is(s)) { const m = sbLen; sbLit("fromhex() argument must be str, not "); if (ref_eq(s, None)) sbLit("None"); else sbStr(typeName(s)); return raiseTypeError(sbTakeStr(m)); }
  const d = K.Str_get_data(s);
  const nb = Bytes_len(d);
  const m = sbLen;
  let i = 0;
  while (i < nb) {
    const c = Bytes_get(d, i);
    if (c == 32 || (c >= 9 && c <= 13)) { i++; continue; }
    const h = hexVal(c);
    const l = i + 1 < nb ? hexVal(Bytes_get(d, i + 1)) : -1;
    if (h < 0 || l < 0) {
      sbTruncate(m);
      const mm = sbLen; sbLit("non-hexadecimal number found in fromhex() arg at position "); sbI64(h < 0 ? i : i + 1);
      return raiseValueError(sbTakeStr(mm));
    }
    sbByte((h << 4) | l);
    i += 2;
  }
  const asArray = K.Type_is(cls) && isSubtype(cls, T_bytearray);
  const r = takeLike(asArray ? newByteArray(Bytes_new(0), 0) : newBytes(Bytes_new(0)), m);
  if (K.Type_is(cls) && !ref_eq(cls, T_bytes) && !ref_eq(cls, T_bytearray)) return callObject1(cls, r);
  return r;
}

// ---- search and transform methods (shared by bytes and bytearray) ------------------------------------------
/** The bytes-like argument, or an int 0..255 as a one-byte needle when allowInt. Sets gNeedle/gNeedleLen. */
let gNeedle: anyref = null;
let gNeedleLen: i32 = 0;
let oneByte: anyref = null;
function needle(x: anyref, allowInt: bool, what: string): bool {
  if (isBytesLike(x)) { gNeedle = bdata(x); gNeedleLen = blen(x); return true; }
  if (allowInt && (isSmallOrInt(x) || !is_null(userDunder(x, N.N_index)))) {
    const v = byteValue(x); if (v < 0) return false;
    if (is_null(oneByte)) oneByte = Bytes_new(1);
    Bytes_set(oneByte, 0, v); gNeedle = oneByte; gNeedleLen = 1;
    return true;
  }
  const m = sbLen;
  if (what.length > 0) { sbLit(what); }
  else if (allowInt) { sbLit("argument should be integer or bytes-like object, not '"); sbStr(typeName(x)); sbByte(39); }
  else { sbLit("a bytes-like object is required, not '"); sbStr(typeName(x)); sbByte(39); }
  raiseTypeError(sbTakeStr(m));
  return false;
}
function findIn(x: anyref, nd: anyref, nn: i32, from: i32, to: i32, rev: bool): i32 {
  const d = bdata(x);
  if (nn == 0) return rev ? to : (from <= to ? from : -1);
  if (!rev) {
    for (let i = from; i + nn <= to; i++) {
      let j = 0; while (j < nn && Bytes_get(d, i + j) == Bytes_get(nd, j)) j++;
      if (j == nn) return i;
    }
    return -1;
  }
  for (let i = to - nn; i >= from; i--) {
    let j = 0; while (j < nn && Bytes_get(d, i + j) == Bytes_get(nd, j)) j++;
    if (j == nn) return i;
  }
  return -1;
}
let gStart: i64 = 0, gEnd: i64 = 0;
function startEnd(a: anyref, b: i32, n: i32, first: i32, len: i64): bool {
  gStart = 0; gEnd = len;
  if (n > first) { const x = AnyArr_get(a, b + first); if (!ref_eq(x, None)) { gStart = sliceIndex(x); if (!is_null(exc)) return false; } }
  if (n > first + 1) { const x = AnyArr_get(a, b + first + 1); if (!ref_eq(x, None)) { gEnd = sliceIndex(x); if (!is_null(exc)) return false; } }
  if (gEnd > len) gEnd = len; else if (gEnd < 0) { gEnd += len; if (gEnd < 0) gEnd = 0; }
  if (gStart < 0) { gStart += len; if (gStart < 0) gStart = 0; }
  return true;
}
function findCore(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, name: string, rev: bool): i64 {
  if (!checkArgs(name, n, kw, 1, 3, true)) return -2;
  if (!needle(AnyArr_get(a, b), true, "")) return -2;
  const len = <i64>blen(self);
  if (!startEnd(a, b, n, 1, len)) return -2;
  if (gStart > len || gEnd - gStart < <i64>gNeedleLen) return -1;
  return findIn(self, gNeedle, gNeedleLen, <i32>gStart, <i32>gEnd, rev);
}
function m_find(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const r = findCore(self, a, b, n, kw, "find", false); return r == -2 ? null : mkInt(r); }
function m_rfind(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { const r = findCore(self, a, b, n, kw, "rfind", true); return r == -2 ? null : mkInt(r); }
function m_index(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const r = findCore(self, a, b, n, kw, "index", false);
  if (r == -2) return null;
  if (r < 0) return raiseValueError(strLit("subsection not found"));
  return mkInt(r);
}
function m_rindex(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const r = findCore(self, a, b, n, kw, "rindex", true);
  if (r == -2) return null;
  if (r < 0) return raiseValueError(strLit("subsection not found"));
  return mkInt(r);
}
function m_count(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("count", n, kw, 1, 3, true)) return null;
  if (!needle(AnyArr_get(a, b), true, "")) return null;
  const len = <i64>blen(self);
  if (!startEnd(a, b, n, 1, len)) return null;
  if (gStart > len) return mkInt(0);
  if (gNeedleLen == 0) return mkInt(gEnd >= gStart ? gEnd - gStart + 1 : 0);
  let c = 0, off = <i32>gStart;
  while (true) { const at = findIn(self, gNeedle, gNeedleLen, off, <i32>gEnd, false); if (at < 0) break; c++; off = at + gNeedleLen; }
  return mkInt(c);
}
function affixImpl(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, ends: bool): anyref {
  if (!checkArgs(ends ? "endswith" : "startswith", n, kw, 1, 3, true)) return null;
  const p = AnyArr_get(a, b);
  const len = <i64>blen(self);
  if (!startEnd(a, b, n, 1, len)) return null;
  const cnt = Tuple_is(p) ? AnyArr_len(Tuple_get_items(p)) : 1;
  for (let k = 0; k < cnt; k++) {
    const q = Tuple_is(p) ? AnyArr_get(Tuple_get_items(p), k) : p;
    if (!isBytesLike(q)) {
      const m = sbLen;
      if (Tuple_is(p)) { sbLit("a bytes-like object is required, not '"); sbStr(typeName(q)); sbByte(39); }
      else { sbLit(ends ? "endswith" : "startswith"); sbLit(" first arg must be bytes or a tuple of bytes, not "); sbStr(typeName(q)); }
      return raiseTypeError(sbTakeStr(m));
    }
    const ql = <i64>blen(q);
    if (gStart > len || gEnd - gStart < ql) continue;
    const off = ends ? gEnd - ql : gStart;
    let ok = true;
    for (let i: i64 = 0; i < ql; i++) if (byteAt(self, <i32>(off + i)) != byteAt(q, <i32>i)) { ok = false; break; }
    if (ok) return True;
  }
  return False;
}
function m_startswith(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return affixImpl(self, a, b, n, kw, false); }
function m_endswith(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return affixImpl(self, a, b, n, kw, true); }

export function isWs(c: i32): bool { return c == 32 || (c >= 9 && c <= 13); }
function stripImpl(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, left: bool, right: bool, name: string): anyref {
  if (!checkArgs(name, n, kw, 0, 1)) return null;
  const chars = n > 0 ? AnyArr_get(a, b) : None;
  const useChars = !ref_eq(chars, None);
  if (useChars && !needle(chars, false, "")) return null;
  const len = blen(self);
  let i = 0, j = len;
  if (left) while (i < j && stripMatch(byteAt(self, i), useChars)) i++;
  if (right) while (j > i && stripMatch(byteAt(self, j - 1), useChars)) j--;
  const m = sbLen; sbFrom(self, i, j - i);
  return takeLike(self, m);
}
function stripMatch(c: i32, useChars: bool): bool {
  if (!useChars) return isWs(c);
  for (let k = 0; k < gNeedleLen; k++) if (Bytes_get(gNeedle, k) == c) return true;
  return false;
}
function m_strip(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return stripImpl(self, a, b, n, kw, true, true, "strip"); }
function m_lstrip(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return stripImpl(self, a, b, n, kw, true, false, "lstrip"); }
function m_rstrip(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return stripImpl(self, a, b, n, kw, false, true, "rstrip"); }

function sub(self: anyref, from: i32, to: i32): anyref { const m = sbLen; sbFrom(self, from, to - from); return takeLike(self, m); }
function m_split(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return splitImpl(self, a, b, n, kw, false); }
function m_rsplit(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return splitImpl(self, a, b, n, kw, true); }
function splitImpl(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, rev: bool): anyref {
  const nkw = kwCount(kw); const npos = n - nkw;
  if (!checkKwArgs(rev ? "rsplit" : "split", a, b, n, kw, 2, "sep", "maxsplit")) return null;
  let sep: anyref = npos > 0 ? AnyArr_get(a, b) : None, ms: anyref = npos > 1 ? AnyArr_get(a, b + 1) : null;
  for (let i = 0; i < nkw; i++) {
    const k = AnyArr_get(Tuple_get_items(kw), i), v = AnyArr_get(a, b + npos + i);
    if (strEqLit(k, "sep")) sep = v; else if (strEqLit(k, "maxsplit")) ms = v;
  }
  let maxsplit: i64 = -1;
  if (!is_null(ms)) { maxsplit = indexValue(ms); if (!is_null(exc)) return null; }
  if (maxsplit < 0) maxsplit = i64.MAX_VALUE;
  const out = listNew(0);
  const len = blen(self);
  if (ref_eq(sep, None)) {
    if (!rev) {
      let i = 0; let k: i64 = 0;
      while (true) {
        while (i < len && isWs(byteAt(self, i))) i++;
        if (i >= len) break;
        if (k >= maxsplit) { listAppend(out, sub(self, i, len)); break; }
        const s = i; while (i < len && !isWs(byteAt(self, i))) i++;
        listAppend(out, sub(self, s, i)); k++;
      }
      return out;
    }
    let j = len; let k: i64 = 0;
    const tmp = listNew(0);
    while (true) {
      while (j > 0 && isWs(byteAt(self, j - 1))) j--;
      if (j <= 0) break;
      if (k >= maxsplit) { listAppend(tmp, sub(self, 0, j)); break; }
      const e = j; while (j > 0 && !isWs(byteAt(self, j - 1))) j--;
      listAppend(tmp, sub(self, j, e)); k++;
    }
    for (let q = K.List_get_len(tmp) - 1; q >= 0; q--) listAppend(out, AnyArr_get(K.List_get_items(tmp), q));
    return out;
  }
  if (!needle(sep, false, "")) return null;
  const nd = gNeedle, nn = gNeedleLen;
  if (nn == 0) return raiseValueError(strLit("empty separator"));
  if (!rev) {
    let off = 0; let k: i64 = 0;
    while (k < maxsplit) { const at = findIn(self, nd, nn, off, len, false); if (at < 0) break; listAppend(out, sub(self, off, at)); off = at + nn; k++; }
    listAppend(out, sub(self, off, len));
    return out;
  }
  let end = len; let k: i64 = 0;
  const tmp = listNew(0);
  while (k < maxsplit) { const at = findIn(self, nd, nn, 0, end, true); if (at < 0) break; listAppend(tmp, sub(self, at + nn, end)); end = at; k++; }
  listAppend(tmp, sub(self, 0, end));
  for (let q = K.List_get_len(tmp) - 1; q >= 0; q--) listAppend(out, AnyArr_get(K.List_get_items(tmp), q));
  return out;
}
function m_join(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("join", n, kw, 1, 1)) return null;
  if (!isIterable(AnyArr_get(a, b))) return raiseTypeError(strLit("can only join an iterable"));
  const items = iterableToArray(AnyArr_get(a, b));
  if (is_null(items)) return null;
  const m = sbLen;
  for (let i = 0; i < AnyArr_len(items); i++) {
    const it = AnyArr_get(items, i);
    if (!isBytesLike(it)) {
      sbTruncate(m);
      const mm = sbLen; sbLit("sequence item "); sbI64(i); sbLit(": expected a bytes-like object, "); sbStr(typeName(it)); sbLit(" found");
      return raiseTypeError(sbTakeStr(mm));
    }
    if (i > 0) sbFrom(self, 0, blen(self));
    sbFrom(it, 0, blen(it));
  }
  return takeLike(self, m);
}
function m_replace(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("replace", n, kw, 2, 3)) return null;
  const old = AnyArr_get(a, b), nw = AnyArr_get(a, b + 1);
  if (!needle(old, false, "")) return null;
  const od = gNeedle, on = gNeedleLen;
  if (!isBytesLike(nw)) { needle(nw, false, ""); return null; }
  let count: i64 = -1;
  if (n > 2) { count = indexValue(AnyArr_get(a, b + 2)); if (!is_null(exc)) return null; }
  const len = blen(self);
  const m = sbLen;
  if (on == 0) {
    let k: i64 = 0;
    for (let i = 0; i <= len; i++) {
      if (count < 0 || k < count) { sbFrom(nw, 0, blen(nw)); k++; }
      if (i < len) sbByte(byteAt(self, i));
    }
    return takeLike(self, m);
  }
  let off = 0; let k: i64 = 0;
  while (count < 0 || k < count) {
    const at = findIn(self, od, on, off, len, false);
    if (at < 0) break;
    sbFrom(self, off, at - off); sbFrom(nw, 0, blen(nw)); off = at + on; k++;
  }
  sbFrom(self, off, len - off);
  return takeLike(self, m);
}
function caseImpl(self: anyref, mode: i32): anyref {
  const len = blen(self);
  const m = sbLen;
  let prevCased = false;
  for (let i = 0; i < len; i++) {
    let c = byteAt(self, i);
    const up = c >= 65 && c <= 90, lo = c >= 97 && c <= 122;
    if (mode == 0) { if (lo) c -= 32; }
    else if (mode == 1) { if (up) c += 32; }
    else if (mode == 2) { if (lo) c -= 32; else if (up) c += 32; }
    else if (mode == 3) { if (i == 0) { if (lo) c -= 32; } else if (up) c += 32; }
    else { if (prevCased) { if (up) c += 32; } else if (lo) c -= 32; prevCased = up || lo; }
    sbByte(c);
  }
  return takeLike(self, m);
}
function m_upper(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "upper"), n, kw, 0, 0) ? caseImpl(self, 0) : null; }
function m_lower(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "lower"), n, kw, 0, 0) ? caseImpl(self, 1) : null; }
function m_swapcase(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "swapcase"), n, kw, 0, 0) ? caseImpl(self, 2) : null; }
function m_capitalize(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "capitalize"), n, kw, 0, 0) ? caseImpl(self, 3) : null; }
function m_title(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "title"), n, kw, 0, 0) ? caseImpl(self, 4) : null; }
function pred(self: anyref, kind: i32): anyref {
  const len = blen(self);
  if (len == 0) return mkBool(kind == 6);
  let cased = false;
  for (let i = 0; i < len; i++) {
    const c = byteAt(self, i);
    const up = c >= 65 && c <= 90, lo = c >= 97 && c <= 122, dg = c >= 48 && c <= 57;
    if (kind == 0 && !dg) return False;
    if (kind == 1 && !(up || lo)) return False;
    if (kind == 2 && !(up || lo || dg)) return False;
    if (kind == 3 && !isWs(c)) return False;
    if (kind == 4) { if (up) return False; if (lo) cased = true; }
    if (kind == 5) { if (lo) return False; if (up) cased = true; }
    if (kind == 6 && c >= 128) return False;
  }
  if (kind == 4 || kind == 5) return mkBool(cased);
  return True;
}
function m_isdigit(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "isdigit"), n, kw, 0, 0) ? pred(self, 0) : null; }
function m_isalpha(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "isalpha"), n, kw, 0, 0) ? pred(self, 1) : null; }
function m_isalnum(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "isalnum"), n, kw, 0, 0) ? pred(self, 2) : null; }
function m_isspace(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "isspace"), n, kw, 0, 0) ? pred(self, 3) : null; }
function m_islower(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "islower"), n, kw, 0, 0) ? pred(self, 4) : null; }
function m_isupper(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "isupper"), n, kw, 0, 0) ? pred(self, 5) : null; }
function m_isascii(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs(bq(self, "isascii"), n, kw, 0, 0) ? pred(self, 6) : null; }

function partitionImpl(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, rev: bool): anyref {
  if (!checkArgs(rev ? "rpartition" : "partition", n, kw, 1, 1)) return null;
  const sep = AnyArr_get(a, b);
  if (!needle(sep, false, "")) return null;
  if (gNeedleLen == 0) return raiseValueError(strLit("empty separator"));
  const len = blen(self);
  const at = findIn(self, gNeedle, gNeedleLen, 0, len, rev);
  const t = AnyArr_new(3);
  const empty = sub(self, 0, 0);
  if (at < 0) {
    if (rev) { AnyArr_set(t, 0, empty); AnyArr_set(t, 1, sub(self, 0, 0)); AnyArr_set(t, 2, sub(self, 0, len)); }
    else { AnyArr_set(t, 0, sub(self, 0, len)); AnyArr_set(t, 1, empty); AnyArr_set(t, 2, sub(self, 0, 0)); }
  } else {
    AnyArr_set(t, 0, sub(self, 0, at)); if (BytesObj_is(self)) AnyArr_set(t, 1, sep); else { const m = sbLen; sbFrom(sep, 0, blen(sep)); AnyArr_set(t, 1, takeLike(self, m)); } AnyArr_set(t, 2, sub(self, at + gNeedleLen, len));
  }
  return tupleOf(t);
}
function m_partition(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return partitionImpl(self, a, b, n, kw, false); }
function m_rpartition(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return partitionImpl(self, a, b, n, kw, true); }
function m_removeprefix(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("removeprefix", n, kw, 1, 1)) return null;
  if (!needle(AnyArr_get(a, b), false, "")) return null;
  const len = blen(self);
  if (gNeedleLen <= len) { let ok = true; for (let i = 0; i < gNeedleLen; i++) if (byteAt(self, i) != Bytes_get(gNeedle, i)) { ok = false; break; } if (ok) return sub(self, gNeedleLen, len); }
  return sub(self, 0, len);
}
function m_removesuffix(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("removesuffix", n, kw, 1, 1)) return null;
  if (!needle(AnyArr_get(a, b), false, "")) return null;
  const len = blen(self);
  if (gNeedleLen > 0 && gNeedleLen <= len) { let ok = true; for (let i = 0; i < gNeedleLen; i++) if (byteAt(self, len - gNeedleLen + i) != Bytes_get(gNeedle, i)) { ok = false; break; } if (ok) return sub(self, 0, len - gNeedleLen); }
  return sub(self, 0, len);
}
function padImpl(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, name: string, mode: i32): anyref {
  if (!checkArgs(name, n, kw, 1, 2)) return null;
  const w = indexValue(AnyArr_get(a, b));
  if (!is_null(exc)) return null;
  let fill = 32;
  if (n > 1) { const f = AnyArr_get(a, b + 1); if (!isBytesLike(f) || blen(f) != 1) { const m = sbLen; sbLit(name); sbLit("() argument 2 must be a byte string of length 1, not "); sbStr(typeName(f)); return raiseTypeError(sbTakeStr(m)); } fill = byteAt(f, 0); }
  const len = <i64>blen(self);
  if (w <= len) return sub(self, 0, <i32>len);
  const total = w - len;
  const left = mode == 0 ? 0 : mode == 1 ? total : total / 2 + (total & w & 1);
  const m = sbLen;
  for (let i: i64 = 0; i < left; i++) sbByte(fill);
  sbFrom(self, 0, <i32>len);
  for (let i: i64 = 0; i < total - left; i++) sbByte(fill);
  return takeLike(self, m);
}
function m_center(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return padImpl(self, a, b, n, kw, "center", 2); }
function m_ljust(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return padImpl(self, a, b, n, kw, "ljust", 0); }
function m_rjust(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return padImpl(self, a, b, n, kw, "rjust", 1); }
function m_splitlines(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  let keep = false;
  const nkw = kwCount(kw); const npos = n - nkw;
  if (!checkKwArgs("splitlines", a, b, n, kw, 1, "keepends", "")) return null;
  let kv: anyref = npos > 0 ? AnyArr_get(a, b) : null;
  for (let i = 0; i < nkw; i++) if (strEqLit(AnyArr_get(Tuple_get_items(kw), i), "keepends")) kv = AnyArr_get(a, b + npos + i);
  if (!is_null(kv)) { const v = indexValue(kv); if (!is_null(exc)) return null; keep = v != 0; }
  const out = listNew(0);
  const len = blen(self);
  let i = 0;
  while (i < len) {
    const s = i;
    let eol = len, next = len;
    while (i < len) {
      const c = byteAt(self, i);
      if (c == 10 || c == 13) { eol = i; next = i + 1; if (c == 13 && next < len && byteAt(self, next) == 10) next++; break; }
      i++;
    }
    listAppend(out, sub(self, s, keep ? next : eol));
    i = next;
  }
  return out;
}

// bytearray mutators
function m_append(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("bytearray.append", n, kw, 1, 1)) return null;
  const v = byteValue(AnyArr_get(a, b)); if (v < 0) return null;
  appendByte(self, v); return None;
}
function m_extend(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("bytearray.extend", n, kw, 1, 1)) return null;
  const x = AnyArr_get(a, b);
  if (Str_is(x)) { if (K.Str_get_len(x) == 0) return None; return raiseTypeError(strLit("'str' object cannot be interpreted as an integer")); }   // 3.11 iterates the str
  if (!isBytesLike(x) && !isIterable(x)) { const m = sbLen; sbLit("can't extend bytearray with "); sbStr(typeName(x)); return raiseTypeError(sbTakeStr(m)); }
  const src = bytesFromAny(x, false);
  if (is_null(src)) return null;
  appendRange(self, bdata(src), 0, blen(src)); return None;
}
function m_pop(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("pop", n, kw, 0, 1)) return null;
  const len = ByteArray_get_len(self);
  let i: i64 = len - 1;
  if (n == 1) { i = indexValue(AnyArr_get(a, b)); if (!is_null(exc)) return null; if (i < 0) i += len; }
  if (len == 0) return raiseIndexError("pop from empty bytearray");
  if (i < 0 || i >= len) return raiseIndexError("pop index out of range");
  const v = byteAt(self, <i32>i);
  const d = ByteArray_get_data(self);
  Bytes_copy(d, <i32>i, d, <i32>i + 1, len - <i32>i - 1);
  ByteArray_set_len(self, len - 1);
  return mkInt(v);
}
function m_insert(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("insert", n, kw, 2, 2)) return null;
  let i = indexValue(AnyArr_get(a, b)); if (!is_null(exc)) return null;
  const v = byteValue(AnyArr_get(a, b + 1)); if (v < 0) return null;
  const len = ByteArray_get_len(self);
  if (i < 0) { i += len; if (i < 0) i = 0; }
  if (i > len) i = len;
  grow(self, len + 1);
  const d = ByteArray_get_data(self);
  Bytes_copy(d, <i32>i + 1, d, <i32>i, len - <i32>i);
  Bytes_set(d, <i32>i, v);
  ByteArray_set_len(self, len + 1);
  return None;
}
function m_remove(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("bytearray.remove", n, kw, 1, 1)) return null;
  const v = byteValue(AnyArr_get(a, b)); if (v < 0) return null;
  const len = ByteArray_get_len(self);
  for (let i = 0; i < len; i++) if (byteAt(self, i) == v) {
    const d = ByteArray_get_data(self);
    Bytes_copy(d, i, d, i + 1, len - i - 1);
    ByteArray_set_len(self, len - 1);
    return None;
  }
  return raiseValueError(strLit("value not found in bytearray"));
}
function m_clear(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("bytearray.clear", n, kw, 0, 0)) return null;
  ByteArray_set_data(self, Bytes_new(0)); ByteArray_set_len(self, 0); return None;
}
function m_copy(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("bytearray.copy", n, kw, 0, 0) ? copyOf(self, true) : null; }
function m_reverse(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("bytearray.reverse", n, kw, 0, 0)) return null;
  const d = ByteArray_get_data(self);
  let i = 0, j = ByteArray_get_len(self) - 1;
  while (i < j) { const t = Bytes_get(d, i); Bytes_set(d, i, Bytes_get(d, j)); Bytes_set(d, j, t); i++; j--; }
  return None;
}

// ---- printf-style % for bytes -------------------------------------------------------------------------
function bytesPercent(fmt: anyref, args: anyref): anyref {
  const items = Tuple_is(args) ? Tuple_get_items(args) : null;
  const nargs = is_null(items) ? 1 : AnyArr_len(items);
  let ai = 0;
  const len = blen(fmt);
  const m = sbLen;
  let i = 0;
  while (i < len) {
    const c = byteAt(fmt, i++);
    if (c != 37) { sbByte(c); continue; }
    if (i >= len) { sbTruncate(m); return raiseValueError(strLit("incomplete format")); }
    let t = byteAt(fmt, i++);
    // %(key)s: the value comes from the mapping argument
    let keyed: anyref = null;
    if (t == 40) {
      let depth = 1; const ks = i;
      while (i < len && depth > 0) { const d = byteAt(fmt, i); if (d == 40) depth++; else if (d == 41) depth--; i++; }
      if (depth > 0) { sbTruncate(m); return raiseValueError(strLit("incomplete format key")); }
      if (!is_null(items) || (!K.Dict_is(args) && is_null(userDunder(args, N.N_getitem)))) { sbTruncate(m); return raiseTypeError(strLit("format requires a mapping")); }
      const kd = K.Bytes_new(i - 1 - ks);
      for (let q = ks; q < i - 1; q++) K.Bytes_set(kd, q - ks, byteAt(fmt, q));
      const mark = sbLen;
      keyed = getItem_(args, newBytes(kd));
      sbTruncate(mark);
      if (is_null(keyed)) { sbTruncate(m); return null; }
      if (i >= len) { sbTruncate(m); return raiseValueError(strLit("incomplete format")); }
      t = byteAt(fmt, i++);
    }
    // flags/width are accepted for the common numeric cases through str formatting
    const specStart = i - 1;
    while ((t == 45 || t == 43 || t == 32 || t == 35 || t == 48 || (t >= 48 && t <= 57) || t == 46) && i < len) t = byteAt(fmt, i++);
    if (t == 37) { sbByte(37); continue; }
    if (is_null(keyed) && ai >= nargs) { sbTruncate(m); return raiseTypeError(strLit("not enough arguments for format string")); }
    const v = !is_null(keyed) ? keyed : is_null(items) ? args : AnyArr_get(items, ai);
    if (is_null(keyed)) ai++;
    if (t == 115 || t == 98) {
      if (isBytesLike(v)) sbFrom(v, 0, blen(v));
      else {
        const bm = userDunder(v, strLit_("__bytes__"));
        if (!is_null(bm)) { const r = callObject1(bm, v); if (is_null(r)) { sbTruncate(m); return null; } sbFrom(r, 0, blen(r)); }
        else { sbTruncate(m); const mm = sbLen; sbLit("%b requires a bytes-like object, or an object that implements __bytes__, not '"); sbStr(typeName(v)); sbByte(39); return raiseTypeError(sbTakeStr(mm)); }
      }
    } else if (t == 99) {
      if (isSmallOrInt(v)) { const x = intVal(v); if (x < 0 || x > 255) { sbTruncate(m); return raiseLit(E.OverflowError, "%c arg not in range(256)"); } sbByte(<i32>x); }
      else if (isBytesLike(v) && blen(v) == 1) sbByte(byteAt(v, 0));
      else { sbTruncate(m); return raiseTypeError(strLit("%c requires an integer in range(256) or a single byte")); }
    } else {
      // numbers and %r/%a: format through str % and encode as ASCII
      const sm = sbLen;
      sbByte(37);
      for (let k = specStart; k < i; k++) sbByte(byteAt(fmt, k));
      if (t == 114) { sbTruncate(sbLen - 1); sbByte(97); }
      const f = sbTakeStr(sm);
      const r = strPercent_(f, v);
      if (is_null(r)) { sbTruncate(m); return null; }
      sbStr(r);
    }
  }
  // CPython treats a non-tuple argument with __getitem__ (dict, list, range, ...; not str/bytes/bytearray) as a mapping
  const asMap = is_null(items) && (K.Dict_is(args) || List_is(args) || K.Range_is(args) ||
    (!K.Str_is(args) && !isBytesLike(args) && !is_null(userDunder(args, N.N_getitem))));
  if (ai < nargs && !asMap) { sbTruncate(m); return raiseTypeError(strLit("not all arguments converted during bytes formatting")); }
  return takeLike(fmt, m);
}
import { strPercent as strPercent_ } from "../builtins/format";

export function registerBytes(): void {
  T_bytes_iterator = newBuiltinType("bytes_iterator", T_object, K_FIXED);
  K.Type_set_slots(T_bytes, K.Builtin_new(C_T_builtin, changetype<i32>(t_bytes), K.Type_get_name(T_bytes), null));
  K.Type_set_slots(T_bytearray, K.Builtin_new(C_T_builtin, changetype<i32>(t_bytearray), K.Type_get_name(T_bytearray), null));
  dictSet(builtinsDict, K.Type_get_name(T_bytes), T_bytes);
  dictSet(builtinsDict, K.Type_get_name(T_bytearray), T_bytearray);
  for (let k = 0; k < 2; k++) {
    const t = k == 0 ? T_bytes : T_bytearray;
    addMethod(t, "decode", m_decode); addMethod(t, "hex", m_hex); addClassMethod(t, "fromhex", m_fromhex);
    addMethod(t, "find", m_find); addMethod(t, "rfind", m_rfind); addMethod(t, "index", m_index); addMethod(t, "rindex", m_rindex);
    addMethod(t, "count", m_count); addMethod(t, "startswith", m_startswith); addMethod(t, "endswith", m_endswith);
    addMethod(t, "strip", m_strip); addMethod(t, "lstrip", m_lstrip); addMethod(t, "rstrip", m_rstrip);
    addMethod(t, "split", m_split); addMethod(t, "rsplit", m_rsplit); addMethod(t, "join", m_join); addMethod(t, "replace", m_replace);
    addMethod(t, "upper", m_upper); addMethod(t, "lower", m_lower); addMethod(t, "swapcase", m_swapcase);
    addMethod(t, "capitalize", m_capitalize); addMethod(t, "title", m_title);
    addMethod(t, "isdigit", m_isdigit); addMethod(t, "isalpha", m_isalpha); addMethod(t, "isalnum", m_isalnum);
    addMethod(t, "isspace", m_isspace); addMethod(t, "islower", m_islower); addMethod(t, "isupper", m_isupper); addMethod(t, "isascii", m_isascii);
    addMethod(t, "partition", m_partition); addMethod(t, "rpartition", m_rpartition);
    addMethod(t, "removeprefix", m_removeprefix); addMethod(t, "removesuffix", m_removesuffix);
    addMethod(t, "center", m_center); addMethod(t, "ljust", m_ljust); addMethod(t, "rjust", m_rjust);
    addMethod(t, "splitlines", m_splitlines);
    registerBytesMore(t);
  }
  const ba = T_bytearray;
  addMethod(ba, "append", m_append); addMethod(ba, "extend", m_extend); addMethod(ba, "pop", m_pop); addMethod(ba, "insert", m_insert);
  addMethod(ba, "remove", m_remove); addMethod(ba, "clear", m_clear); addMethod(ba, "copy", m_copy); addMethod(ba, "reverse", m_reverse);
}
import { T_builtin as C_T_builtin } from "../rt/core";
import { getItem as getItem_ } from "../ops";
import { registerBytesMore } from "./bytesmore";

/** Is x iterable? Probes getIter without leaving an exception behind. */
function isIterable(x: anyref): bool { const it = getIter(x); if (is_null(it)) { clearExc(); return false; } return true; }
/** "bytes.upper" / "bytearray.upper": METH_NOARGS errors name the qualified method. */
function bq(self: anyref, name: string): string { return (K.ByteArray_is(self) ? "bytearray." : "bytes.") + name; }
