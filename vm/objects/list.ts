// list: a growable array of references. `items` has spare capacity; `len` is the logical length.
// Growth follows CPython's over-allocation pattern (new = n + n/8 + 6, rounded) so appends are
// amortized O(1) without doubling memory.
import {
  List_new, List_get_items, List_get_len, List_set_items, List_set_len, List_is, AnyArr_new, AnyArr_get, AnyArr_set,
  AnyArr_len, AnyArr_copy, AnyArr_fill, small_is, small_get, is_null, ref_eq,
} from "../generated/kernel";
import { T_list, None, mkInt, sbLen, sbLit, sbTakeStr, strLit, exc, sbI64 } from "../rt/core";
import { raiseIndexError, raiseValueError, raiseTypeError, raiseLit } from "../rt/errors";
import { checkArgs, argOr, kwCount } from "../rt/args";
import { addMethod } from "./type";
import { eqBool, iterableToArray, indexValue, ssizeValue, clampedIndexValue, typeName } from "../ops";
import { sortArray } from "./sort";
import { sbStr } from "./str";
import * as E from "./exceptions";
import { Tuple_get_items } from "../generated/kernel";

export function listNew(cap: i32): anyref { return List_new(T_list, AnyArr_new(cap < 4 ? 4 : cap), 0); }
/** A list that adopts `items` (an AnyArr of exactly n items) without copying. */
export function listFromArr(items: anyref, n: i32): anyref { return List_new(T_list, items, n); }
export function listLen(l: anyref): i32 { return List_get_len(l); }
export function listItem(l: anyref, i: i32): anyref { return AnyArr_get(List_get_items(l), i); }

import { growCheck as growCheck_ } from "../rt/core";
function grow(l: anyref, need: i32): void {
  const items = List_get_items(l);
  const cap = AnyArr_len(items);
  if (need <= cap) return;
  let nc = need + (need >> 3) + (need < 9 ? 3 : 6);
  growCheck_(<i64>nc << 3);
  const ni = AnyArr_new(nc);
  AnyArr_copy(ni, 0, items, 0, List_get_len(l));
  List_set_items(l, ni);
}

export function listAppend(l: anyref, v: anyref): void {
  const n = List_get_len(l);
  let items = List_get_items(l);
  if (n == AnyArr_len(items)) { grow(l, n + 1); items = List_get_items(l); }
  AnyArr_set(items, n, v);
  List_set_len(l, n + 1);
}

export function listExtendArr(l: anyref, src: anyref, n: i32): void {
  const len = List_get_len(l);
  grow(l, len + n);
  AnyArr_copy(List_get_items(l), len, src, 0, n);
  List_set_len(l, len + n);
}

/** A copy of the items as an exactly-sized AnyArr. */
export function listToArr(l: anyref): anyref {
  const n = List_get_len(l);
  const a = AnyArr_new(n);
  AnyArr_copy(a, 0, List_get_items(l), 0, n);
  return a;
}

export function listGetItem(l: anyref, i: i64): anyref {
  const n = <i64>List_get_len(l);
  if (i < 0) i += n;
  if (<u64>i >= <u64>n) return raiseIndexError("list index out of range");
  return AnyArr_get(List_get_items(l), <i32>i);
}
export function listSetItem(l: anyref, i: i64, v: anyref): i32 {
  const n = <i64>List_get_len(l);
  if (i < 0) i += n;
  if (<u64>i >= <u64>n) { raiseIndexError("list assignment index out of range"); return -1; }
  AnyArr_set(List_get_items(l), <i32>i, v);
  return 0;
}
export function listDelRange(l: anyref, i: i32, j: i32): void {
  const n = List_get_len(l);
  const items = List_get_items(l);
  AnyArr_copy(items, i, items, j, n - j);
  AnyArr_fill(items, n - (j - i), null, j - i);
  List_set_len(l, n - (j - i));
}
export function listInsert(l: anyref, i: i32, v: anyref): void {
  const n = List_get_len(l);
  grow(l, n + 1);
  const items = List_get_items(l);
  AnyArr_copy(items, i + 1, items, i, n - i);
  AnyArr_set(items, i, v);
  List_set_len(l, n + 1);
}

// ---- methods ---------------------------------------------------------------------------------
function m_append(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("list.append", n, kw, 1, 1)) return null;
  listAppend(self, AnyArr_get(args, base));
  return None;
}
function m_extend(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("list.extend", n, kw, 1, 1)) return null;
  const a = iterableToArray(AnyArr_get(args, base));
  if (is_null(a)) return null;
  listExtendArr(self, a, AnyArr_len(a));
  return None;
}
function m_pop(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkPositional_("pop", n, kw, 0, 1)) return null;
  const len = List_get_len(self);
  let i: i64 = len - 1;
  if (n == 1) { const ix = ssizeValue(AnyArr_get(args, base)); if (!is_null(exc)) return null; i = ix; if (i < 0) i += len; }
  if (len == 0) return raiseIndexError("pop from empty list");
  if (i < 0 || i >= len) return raiseIndexError("pop index out of range");
  const v = AnyArr_get(List_get_items(self), <i32>i);
  listDelRange(self, <i32>i, <i32>i + 1);
  return v;
}
function m_insert(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkPositional_("insert", n, kw, 2, 2)) return null;
  let i = ssizeValue(AnyArr_get(args, base));
  if (!is_null(exc)) return null;
  const len = <i64>List_get_len(self);
  if (i < 0) { i += len; if (i < 0) i = 0; }
  if (i > len) i = len;
  listInsert(self, <i32>i, AnyArr_get(args, base + 1));
  return None;
}
function findIndex(self: anyref, v: anyref, start: i32, stop: i32 = i32.MAX_VALUE): i32 {
  for (let i = start; i < List_get_len(self) && i < stop; i++) {
    const r = eqBool(AnyArr_get(List_get_items(self), i), v);
    if (r < 0) return -2;
    if (r) return i;
  }
  return -1;
}
function m_index(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkPositional_("index", n, kw, 1, 3)) return null;
  let start: i32 = 0;
  if (n > 1) { let s = clampedIndexValue(AnyArr_get(args, base + 1)); if (!is_null(exc)) return null; const len = <i64>List_get_len(self); if (s < 0) s += len; start = s < 0 ? 0 : s > len ? <i32>len : <i32>s; }
  let stop: i32 = i32.MAX_VALUE;
  if (n > 2) { let e = clampedIndexValue(AnyArr_get(args, base + 2)); if (!is_null(exc)) return null; const len = <i64>List_get_len(self); if (e < 0) e += len; stop = e < 0 ? 0 : e > len ? <i32>len : <i32>e; }
  const i = findIndex(self, AnyArr_get(args, base), start, stop);
  if (i == -2) return null;
  if (i < 0) {
    const m = sbLen; reprInto_(AnyArr_get(args, base)); sbLit(" is not in list");
    return raiseValueError(sbTakeStr(m));
  }
  return mkInt(i);
}
import { reprInto as reprInto_ } from "../ops";
function m_count(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("list.count", n, kw, 1, 1)) return null;
  let c = 0;
  for (let i = 0; i < List_get_len(self); i++) {
    const r = eqBool(AnyArr_get(List_get_items(self), i), AnyArr_get(args, base));
    if (r < 0) return null;
    c += r;
  }
  return mkInt(c);
}
function m_remove(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("list.remove", n, kw, 1, 1)) return null;
  const i = findIndex(self, AnyArr_get(args, base), 0);
  if (i == -2) return null;
  if (i < 0) return raiseValueError(strLit("list.remove(x): x not in list"));
  listDelRange(self, i, i + 1);
  return None;
}
function m_reverse(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("list.reverse", n, kw, 0, 0)) return null;
  const items = List_get_items(self);
  let i = 0, j = List_get_len(self) - 1;
  while (i < j) { const t = AnyArr_get(items, i); AnyArr_set(items, i, AnyArr_get(items, j)); AnyArr_set(items, j, t); i++; j--; }
  return None;
}
function m_clear(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("list.clear", n, kw, 0, 0)) return null;
  List_set_items(self, AnyArr_new(4)); List_set_len(self, 0);
  return None;
}
function m_copy(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("list.copy", n, kw, 0, 0)) return null;
  const a = listToArr(self);
  return listFromArr(a, AnyArr_len(a));
}
/** list.sort(*, key=None, reverse=False) */
function m_sort(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw);
  if (n > 2) { const m = sbLen; sbLit("sort() takes at most 2 arguments ("); sbI64(n); sbLit(" given)"); return raiseTypeError(sbTakeStr(m)); }
  if (n - nkw > 0) return raiseTypeError(strLit("sort() takes no positional arguments"));
  let key: anyref = None, reverse: anyref = null;
  for (let i = 0; i < nkw; i++) {
    const name = AnyArr_get(Tuple_get_items(kw), i);
    const v = AnyArr_get(args, base + n - nkw + i);
    if (strEqLit_(name, "key")) key = v;
    else if (strEqLit_(name, "reverse")) reverse = v;
    else {
      const m = sbLen; sbLit("'"); sbStr(name); sbLit("' is an invalid keyword argument for sort()");
      return raiseTypeError(sbTakeStr(m));
    }
  }
  const len = List_get_len(self);
  const items = List_get_items(self);
  // Sort a detached copy so that a key/compare function mutating the list is detected.
  const work = AnyArr_new(len);
  AnyArr_copy(work, 0, items, 0, len);
  List_set_items(self, AnyArr_new(4)); List_set_len(self, 0);
  let rev = 0;
  if (!is_null(reverse)) { const rv = indexValue(reverse); rev = !is_null(exc) ? -1 : rv != 0 ? 1 : 0; }   // an int, as clinic's converter
  if (rev < 0) { List_set_items(self, items); List_set_len(self, len); return null; }
  const ok = sortArray(work, len, ref_eq(key, None) ? null : key, rev != 0);
  const modified = List_get_len(self) != 0;
  List_set_items(self, work); List_set_len(self, len);
  if (!ok) return null;
  if (modified) return raiseValueError(strLit("list modified during sort"));
  return None;
}
import { strEqLit as strEqLit_ } from "./str";
import { truthy as truthy_ } from "../ops";

function m_init(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("list", n, kw, 0, 1)) return null;
  List_set_items(self, AnyArr_new(4)); List_set_len(self, 0);
  if (n == 1) {
    const a = iterableToArray(AnyArr_get(args, base));
    if (is_null(a)) return null;
    listExtendArr(self, a, AnyArr_len(a));
  }
  return None;
}

export function registerListMethods(t: anyref): void {
  addMethod(t, "__init__", m_init);
  addMethod(t, "append", m_append);
  addMethod(t, "extend", m_extend);
  addMethod(t, "pop", m_pop);
  addMethod(t, "insert", m_insert);
  addMethod(t, "index", m_index);
  addMethod(t, "count", m_count);
  addMethod(t, "remove", m_remove);
  addMethod(t, "reverse", m_reverse);
  addMethod(t, "clear", m_clear);
  addMethod(t, "copy", m_copy);
  addMethod(t, "sort", m_sort);
}

import { checkPositional as checkPositional_ } from "./dictmethods";
