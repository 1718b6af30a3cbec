// "Did you mean: 'x'?" after an uncaught NameError/AttributeError in the printed traceback: CPython
// 3.11's Python/suggestions.c (the same Levenshtein costs and limits), computed when the error
// report is written. AttributeError: the names of dir(obj); NameError: the code's local variable
// names, then the main module's globals, then the builtins.
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, AnyArr_len, AnyArr_new, AnyArr_set } from "../generated/kernel";
import * as C from "../rt/core";
import * as E from "../objects/exceptions";
import { isSubtype } from "../objects/type";
import { dictGet, dictNext, dictKeyAt } from "../objects/dict";
import { intern, strEq } from "../objects/str";
import { b_dir } from "./dir";
import { builtinsDict } from "./builtins";

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: i32, b: i32): i32 {
  if ((a & 31) != (b & 31)) return MOVE_COST;
  if (a == b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a == b ? CASE_COST : MOVE_COST;
}

const buffer = new StaticArray<i32>(MAX_STRING_SIZE);

/** Levenshtein distance between the UTF-8 bytes of two strs, or maxCost + 1 when above maxCost. */
function distance(sa: anyref, sb: anyref, maxCost: i32): i32 {
  let a = K.Str_get_data(sa), b = K.Str_get_data(sb);
  let aOff = 0, bOff = 0, aSize = K.Bytes_len(a), bSize = K.Bytes_len(b);
  // trim common prefixes and suffixes
  while (aSize > 0 && bSize > 0 && K.Bytes_get(a, aOff) == K.Bytes_get(b, bOff)) { aOff++; bOff++; aSize--; bSize--; }
  while (aSize > 0 && bSize > 0 && K.Bytes_get(a, aOff + aSize - 1) == K.Bytes_get(b, bOff + bSize - 1)) { aSize--; bSize--; }
  if (aSize == 0 || bSize == 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  if (bSize < aSize) { const t = a; a = b; b = t; const to = aOff; aOff = bOff; bOff = to; const ts = aSize; aSize = bSize; bSize = ts; }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  for (let i = 0; i < aSize; i++) unchecked(buffer[i] = (i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = K.Bytes_get(b, bOff + bi);
    let dist = bi * MOVE_COST;
    result = dist;
    let minimum = i32.MAX_VALUE;
    for (let ai = 0; ai < aSize; ai++) {
      const substitute = dist + substitutionCost(code, K.Bytes_get(a, aOff + ai));
      dist = unchecked(buffer[ai]);
      const insertDelete = min(result, dist) + MOVE_COST;
      result = min(insertDelete, substitute);
      unchecked(buffer[ai] = result);
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The closest candidate to name (an AnyArr of strs, n of them), or null. */
function closest(cands: anyref, n: i32, name: anyref): anyref {
  if (n >= MAX_CANDIDATE_ITEMS) return null;
  let best: anyref = null;
  let bestDist = i32.MAX_VALUE;
  const nameSize = K.Bytes_len(K.Str_get_data(name));
  for (let i = 0; i < n; i++) {
    const item = AnyArr_get(cands, i);
    if (!K.Str_is(item) || strEq(item, name)) continue;
    let maxDist = (nameSize + K.Bytes_len(K.Str_get_data(item)) + 3) * MOVE_COST / 6;
    if (bestDist - 1 < maxDist) maxDist = bestDist - 1;
    const d = distance(name, item, maxDist);
    if (d > maxDist) continue;
    if (is_null(best) || d < bestDist) { best = item; bestDist = d; }
  }
  return best;
}

function dictKeys(d: anyref): anyref {
  let n = 0;
  let i = dictNext(d, 0);
  while (i >= 0) { n++; i = dictNext(d, i + 1); }
  const a = AnyArr_new(n);
  let k = 0;
  i = dictNext(d, 0);
  while (i >= 0) { AnyArr_set(a, k++, dictKeyAt(d, i)); i = dictNext(d, i + 1); }
  return a;
}

/** The suggestion for an uncaught exception e, or null. Never leaves an exception set. */
export function suggestionFor(e: anyref, mainGlobals: anyref): anyref {
  if (C.fatal != 0 || !K.Exc_is(e)) return null;
  const cls = K.Obj_get_cls(e);
  const d = K.Exc_get_dict(e);
  if (is_null(d)) return null;
  const name = dictGet(d, intern(C.strLit("name")));
  if (is_null(name) || !K.Str_is(name)) return null;
  if (isSubtype(cls, E.AttributeError)) {
    const obj = dictGet(d, intern(C.strLit("obj")));
    if (is_null(obj)) return null;
    const args = AnyArr_new(1); AnyArr_set(args, 0, obj);
    const saved = C.exc;
    const lst = b_dir(null, args, 0, 1, null);
    if (is_null(lst) || !K.List_is(lst)) { if (C.fatal == 0) { C.clearExc(); if (!is_null(saved)) C.setExc(saved); } return null; }
    return closest(K.List_get_items(lst), K.List_get_len(lst), name);
  }
  if (isSubtype(cls, E.NameError) && !ref_eq(cls, E.UnboundLocalError)) {
    let tb = K.Exc_get_tb(e);
    if (is_null(tb)) return null;
    while (!is_null(K.Traceback_get_next(tb))) tb = K.Traceback_get_next(tb);
    const code = K.Traceback_get_code(tb);
    const vn = K.Code_get_varnames(code);
    let r = closest(vn, min(K.Code_get_nlocals(code), AnyArr_len(vn)), name);
    if (!is_null(r)) return r;
    if (!is_null(mainGlobals)) { const g = dictKeys(mainGlobals); r = closest(g, AnyArr_len(g), name); if (!is_null(r)) return r; }
    const bk = dictKeys(builtinsDict);
    return closest(bk, AnyArr_len(bk), name);
  }
  return null;
}
