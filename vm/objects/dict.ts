// dict: a compact, insertion-ordered hash table (the layout CPython has used since 3.6).
//
//   index:  I32Arr, size a power of two; each slot is EMPTY (-1), DUMMY (-2) or an entry number
//   keys/vals/hashes: entry arrays in insertion order; a deleted entry keeps a null key
//   used:   entries written so far (live + deleted); count: live entries
// Probing follows CPython's recurrence (i = 5*i + 1 + perturb; perturb >>= 5) so that every slot
// is reachable. The table is rebuilt (compacting deleted entries) when `used` reaches 2/3 of
// the index size. `version` changes on every mutation so iterators can detect "dictionary changed
// size during iteration".
import {
  Dict_new, Dict_get_keys, Dict_get_vals, Dict_get_hashes, Dict_get_index, Dict_get_used, Dict_get_count,
  Dict_set_keys, Dict_set_vals, Dict_set_hashes, Dict_set_index, Dict_set_used, Dict_set_count,
  Dict_get_version, Dict_set_version, AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, I32Arr_new,
  I32Arr_get, I32Arr_set, I32Arr_len, I32Arr_fill, is_null, ref_eq, Str_is,
} from "../generated/kernel";
import { T_dict, exc } from "../rt/core";
import { hashOf, eqBool } from "../ops";
import { strEq } from "./str";

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
export const LOOKUP_ERROR: i32 = -2;

export function dictNew(cls: anyref = T_dict, capHint: i32 = 0): anyref {
  let size = 8;
  while (size * 2 < capHint * 3) size <<= 1;
  const index = I32Arr_new(size);
  I32Arr_fill(index, 0, EMPTY, size);
  const cap = (size * 2) / 3;
  return Dict_new(cls, AnyArr_new(cap), AnyArr_new(cap), I32Arr_new(cap), index, 0, 0, 0, null);
}

export function dictLen(d: anyref): i32 { return Dict_get_count(d); }

/** Entry number of key, -1 if absent, LOOKUP_ERROR (-2) if comparing raised. */
export function dictLookup(d: anyref, key: anyref, h: i32): i32 {
  const index = Dict_get_index(d);
  const mask = I32Arr_len(index) - 1;
  const keys = Dict_get_keys(d);
  const hashes = Dict_get_hashes(d);
  let i = h & mask;
  let perturb = <u32>h;
  const keyIsStr = Str_is(key);
  while (true) {
    const ix = I32Arr_get(index, i);
    if (ix == EMPTY) return -1;
    if (ix >= 0) {
      const k = AnyArr_get(keys, ix);
      if (ref_eq(k, key)) return ix;
      if (I32Arr_get(hashes, ix) == h) {
        if (keyIsStr && Str_is(k)) { if (strEq(k, key)) return ix; }
        else {
          const version = Dict_get_version(d);
          const r = eqBool(k, key);
          if (r < 0) return LOOKUP_ERROR;
          // A user __eq__ may have mutated the table: restart (CPython does the same).
          if (Dict_get_version(d) != version) return dictLookup(d, key, h);
          if (r) return ix;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + 1 + <i32>perturb) & mask;
  }
}

/** The value for key, or null with exc unset when absent (null with exc set on error). */
export function dictGet(d: anyref, key: anyref): anyref {
  const h = hashOf(key);
  if (h == -1 && !is_null(exc)) return null;
  const ix = dictLookup(d, key, <i32>h);
  if (ix < 0) return null;
  return AnyArr_get(Dict_get_vals(d), ix);
}

/** Fast path for str keys whose hash is known (globals, attributes). */
export function dictGetStr(d: anyref, key: anyref, h: i32): anyref {
  const ix = dictLookup(d, key, h);
  if (ix < 0) return null;
  return AnyArr_get(Dict_get_vals(d), ix);
}

function findSlot(index: anyref, h: i32): i32 {
  const mask = I32Arr_len(index) - 1;
  let i = h & mask;
  let perturb = <u32>h;
  while (I32Arr_get(index, i) >= 0) {
    perturb >>= 5;
    i = (i * 5 + 1 + <i32>perturb) & mask;
  }
  return i;
}

import { growCheck as growCheck_ } from "../rt/core";
function resize(d: anyref, minCount: i32): void {
  let size = 8;
  while (size * 2 <= minCount * 3) size <<= 1;
  const keys = Dict_get_keys(d), vals = Dict_get_vals(d), hashes = Dict_get_hashes(d);
  const used = Dict_get_used(d);
  const cap = (size * 2) / 3;
  growCheck_(<i64>cap * 20 + <i64>size * 4);
  const nk = AnyArr_new(cap), nv = AnyArr_new(cap), nh = I32Arr_new(cap);
  const index = I32Arr_new(size);
  I32Arr_fill(index, 0, EMPTY, size);
  let j = 0;
  for (let i = 0; i < used; i++) {
    const k = AnyArr_get(keys, i);
    if (is_null(k)) continue;
    const h = I32Arr_get(hashes, i);
    AnyArr_set(nk, j, k); AnyArr_set(nv, j, AnyArr_get(vals, i)); I32Arr_set(nh, j, h);
    I32Arr_set(index, findSlot(index, h), j);
    j++;
  }
  Dict_set_keys(d, nk); Dict_set_vals(d, nv); Dict_set_hashes(d, nh); Dict_set_index(d, index);
  Dict_set_used(d, j);
}

/** d[key] = val with a precomputed hash. Returns 0, or -1 on error. */
export function dictSetH(d: anyref, key: anyref, h: i32, val: anyref): i32 {
  const ix = dictLookup(d, key, h);
  if (ix == LOOKUP_ERROR) return -1;
  if (ix >= 0) { AnyArr_set(Dict_get_vals(d), ix, val); return 0; }
  let used = Dict_get_used(d);
  if (used >= AnyArr_len(Dict_get_keys(d))) { resize(d, Dict_get_count(d) + 1); used = Dict_get_used(d); }
  const index = Dict_get_index(d);
  AnyArr_set(Dict_get_keys(d), used, key);
  AnyArr_set(Dict_get_vals(d), used, val);
  I32Arr_set(Dict_get_hashes(d), used, h);
  I32Arr_set(index, findSlotForInsert(index, h), used);
  Dict_set_used(d, used + 1);
  Dict_set_count(d, Dict_get_count(d) + 1);
  Dict_set_version(d, Dict_get_version(d) + 1);
  return 0;
}

function findSlotForInsert(index: anyref, h: i32): i32 {
  // reuse a DUMMY slot on the probe path if there is one
  const mask = I32Arr_len(index) - 1;
  let i = h & mask;
  let perturb = <u32>h;
  while (true) {
    const ix = I32Arr_get(index, i);
    if (ix == EMPTY || ix == DUMMY) return i;
    perturb >>= 5;
    i = (i * 5 + 1 + <i32>perturb) & mask;
  }
}

export function dictSet(d: anyref, key: anyref, val: anyref): i32 {
  const h = hashOf(key);
  if (h == -1 && !is_null(exc)) return -1;
  return dictSetH(d, key, <i32>h, val);
}

/** Remove key. Returns 1 if removed, 0 if absent, -1 on error. */
export function dictDel(d: anyref, key: anyref): i32 {
  const h = hashOf(key);
  if (h == -1 && !is_null(exc)) return -1;
  const ix = dictLookup(d, key, <i32>h);
  if (ix == LOOKUP_ERROR) return -1;
  if (ix < 0) return 0;
  // find the index slot pointing at ix and mark it DUMMY
  const index = Dict_get_index(d);
  const mask = I32Arr_len(index) - 1;
  let i = <i32>h & mask;
  let perturb = <u32><i32>h;
  while (I32Arr_get(index, i) != ix) { perturb >>= 5; i = (i * 5 + 1 + <i32>perturb) & mask; }
  I32Arr_set(index, i, DUMMY);
  AnyArr_set(Dict_get_keys(d), ix, null);
  AnyArr_set(Dict_get_vals(d), ix, null);
  Dict_set_count(d, Dict_get_count(d) - 1);
  Dict_set_version(d, Dict_get_version(d) + 1);
  return 1;
}

export function dictClear(d: anyref): void {
  const index = I32Arr_new(8);
  I32Arr_fill(index, 0, EMPTY, 8);
  Dict_set_index(d, index);
  Dict_set_keys(d, AnyArr_new(5)); Dict_set_vals(d, AnyArr_new(5)); Dict_set_hashes(d, I32Arr_new(5));
  Dict_set_used(d, 0); Dict_set_count(d, 0);
  Dict_set_version(d, Dict_get_version(d) + 1);
}

/** Iteration: entry positions run 0..used; skip entries whose key is null. */
export function dictUsed(d: anyref): i32 { return Dict_get_used(d); }
export function dictKeyAt(d: anyref, i: i32): anyref { return AnyArr_get(Dict_get_keys(d), i); }
export function dictValAt(d: anyref, i: i32): anyref { return AnyArr_get(Dict_get_vals(d), i); }
export function dictSetValAt(d: anyref, i: i32, v: anyref): void { AnyArr_set(Dict_get_vals(d), i, v); }
/** Next live entry at or after i, or -1. */
export function dictNext(d: anyref, i: i32): i32 {
  const used = Dict_get_used(d);
  const keys = Dict_get_keys(d);
  while (i < used) { if (!is_null(AnyArr_get(keys, i))) return i; i++; }
  return -1;
}

export function dictCopy(src: anyref, cls: anyref = T_dict): anyref {
  const d = dictNew(cls, Dict_get_count(src));
  let i = dictNext(src, 0);
  while (i >= 0) {
    dictSetH(d, dictKeyAt(src, i), I32Arr_get(Dict_get_hashes(src), i), dictValAt(src, i));
    i = dictNext(src, i + 1);
  }
  return d;
}

/** Merge src into dst (dict.update with a dict). Returns 0 or -1. */
export function dictMerge(dst: anyref, src: anyref): i32 {
  let i = dictNext(src, 0);
  while (i >= 0) {
    if (dictSetH(dst, dictKeyAt(src, i), I32Arr_get(Dict_get_hashes(src), i), dictValAt(src, i)) < 0) return -1;
    i = dictNext(src, i + 1);
  }
  return 0;
}
