// bytes/bytearray methods beyond search and split (bytes.ts owns the type): expandtabs,
// istitle, zfill, translate, maketrans. Behaviour and messages follow CPython 3.11's
// bytes_methods.c / bytesobject.c (ASCII-only case rules, tab columns reset at \n and \r).
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, Tuple_get_items, Bytes_new, Bytes_set, Bytes_get } from "../generated/kernel";
import { None, True, False, exc, mkBool, sbLen, sbByte, sbLit, sbI64, sbTakeStr, strLit, T_bytes } from "../rt/core";
import { raiseTypeError, raiseValueError, raiseWith } from "../rt/errors";
import * as E from "./exceptions";
import { checkArgs, kwCount, checkKwArgs } from "../rt/args";
import { addMethod } from "./type";
import { addStaticMethod } from "./dictmethods";
import { sbStr, strEqLit } from "./str";
import { typeName, indexValue } from "../ops";
import { bdata, blen, byteAt, takeLike, isBytesLike, newBytes } from "./bytes";

/** An int argument that must fit a C int (clinic's `int` converter). */
function cInt(x: anyref): i64 {
  if (K.BigInt_is(x)) { raiseWith(E.OverflowError, strLit("Python int too large to convert to C int")); return 0; }
  const v = indexValue(x);
  if (is_null(exc) && (v > 2147483647 || v < -2147483648)) raiseWith(E.OverflowError, strLit("Python int too large to convert to C int"));
  return v;
}
function bytesLikeArg(x: anyref): bool {
  if (isBytesLike(x)) return true;
  const m = sbLen; sbLit("a bytes-like object is required, not '"); sbStr(typeName(x)); sbByte(39);
  raiseTypeError(sbTakeStr(m));
  return false;
}

function m_expandtabs(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkKwArgs("expandtabs", a, b, n, kw, 1, "tabsize", "")) return null;
  let size: i64 = 8;
  if (n > 0) { size = cInt(AnyArr_get(a, b + n - 1)); if (!is_null(exc)) return null; }
  const len = blen(self);
  const m = sbLen;
  let col: i64 = 0;
  for (let i = 0; i < len; i++) {
    const c = byteAt(self, i);
    if (c == 9) {
      if (size > 0) { const pad = size - col % size; for (let k: i64 = 0; k < pad; k++) sbByte(32); col += pad; }
    } else {
      sbByte(c);
      col = c == 10 || c == 13 ? 0 : col + 1;
    }
  }
  return takeLike(self, m);
}

function m_istitle(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("istitle", n, kw, 0, 0)) return null;
  // title case: uppercase only after an uncased byte, lowercase only after a cased one
  let cased = false, prevCased = false;
  for (let i = 0; i < blen(self); i++) {
    const c = byteAt(self, i);
    const up = c >= 65 && c <= 90, lo = c >= 97 && c <= 122;
    if (up) { if (prevCased) return False; prevCased = true; cased = true; }
    else if (lo) { if (!prevCased) return False; prevCased = true; cased = true; }
    else prevCased = false;
  }
  return mkBool(cased);
}

function m_zfill(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("zfill", n, kw, 1, 1)) return null;
  const w = indexValue(AnyArr_get(a, b));
  if (!is_null(exc)) return null;
  const len = <i64>blen(self);
  const m = sbLen;
  if (w <= len) { for (let i = 0; i < <i32>len; i++) sbByte(byteAt(self, i)); return takeLike(self, m); }
  const sign = len > 0 && (byteAt(self, 0) == 43 || byteAt(self, 0) == 45);
  if (sign) sbByte(byteAt(self, 0));
  for (let i: i64 = 0; i < w - len; i++) sbByte(48);
  for (let i = sign ? 1 : 0; i < <i32>len; i++) sbByte(byteAt(self, i));
  return takeLike(self, m);
}

function m_translate(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw), npos = n - nkw;
  if (npos < 1) {
    const m = sbLen; sbLit("translate() takes at least 1 positional argument ("); sbI64(npos); sbLit(" given)");
    return raiseTypeError(sbTakeStr(m));
  }
  if (!checkKwArgs("translate", a, b, n, kw, 2, "delete", "")) return null;
  if (nkw > 0 && npos > 1) return raiseTypeError(strLit("argument for translate() given by name ('delete') and position (2)"));
  const table = AnyArr_get(a, b);
  const del: anyref = n > 1 ? AnyArr_get(a, b + 1) : null;
  if (!ref_eq(table, None)) {
    if (!bytesLikeArg(table)) return null;
    if (blen(table) != 256) return raiseValueError(strLit("translation table must be 256 characters long"));
  }
  const drop = Bytes_new(256);
  if (!is_null(del)) {
    if (!bytesLikeArg(del)) return null;
    for (let i = 0; i < blen(del); i++) Bytes_set(drop, byteAt(del, i), 1);
  }
  const m = sbLen;
  for (let i = 0; i < blen(self); i++) {
    const c = byteAt(self, i);
    if (Bytes_get(drop, c) != 0) continue;
    sbByte(ref_eq(table, None) ? c : byteAt(table, c));
  }
  return takeLike(self, m);
}

function m_maketrans_b(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return maketrans(a, b, n, kw, "bytes.maketrans() takes no keyword arguments"); }
function m_maketrans_ba(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return maketrans(a, b, n, kw, "bytearray.maketrans() takes no keyword arguments"); }
function maketrans(a: anyref, b: i32, n: i32, kw: anyref, noKw: string): anyref {
  if (kwCount(kw) > 0) return raiseTypeError(strLit(noKw));
  if (n != 2) { const m = sbLen; sbLit("maketrans expected 2 arguments, got "); sbI64(n); return raiseTypeError(sbTakeStr(m)); }
  const frm = AnyArr_get(a, b), to = AnyArr_get(a, b + 1);
  if (!bytesLikeArg(frm) || !bytesLikeArg(to)) return null;
  if (blen(frm) != blen(to)) return raiseValueError(strLit("maketrans arguments must have same length"));
  const d = Bytes_new(256);
  for (let i = 0; i < 256; i++) Bytes_set(d, i, i);
  for (let i = 0; i < blen(frm); i++) Bytes_set(d, byteAt(frm, i), byteAt(to, i));
  return newBytes(d);
}

export function registerBytesMore(t: anyref): void {
  addMethod(t, "expandtabs", m_expandtabs); addMethod(t, "istitle", m_istitle); addMethod(t, "zfill", m_zfill);
  addMethod(t, "translate", m_translate); addStaticMethod(t, "maketrans", ref_eq(t, T_bytes) ? m_maketrans_b : m_maketrans_ba);
}
