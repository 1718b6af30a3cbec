// set and frozenset: CPython's set table, so that iteration order (and repr) matches CPython's
// wherever the element hashes do (ints, floats, tuples of them…).
//
//   keys:   AnyArr, size a power of two; null = unused slot, DUMMY = deleted slot
//   hashes: I32Arr with two halves (lo, hi) of each slot's 64-bit hash; a dummy slot has hash -1
//   fill:   active + dummy slots; used: active slots; finger: where pop() resumes
// Probing: a run of LINEAR_PROBES consecutive slots, then the perturbed recurrence
// i = 5*i + 1 + (perturb >>= 5). The table grows (×4, ×2 past 50000 entries) when fill reaches
// 3/5 of its size. Set algebra follows the same iteration strategies as CPython's setobject.c
// (which operand is iterated, when tables are copied slot-for-slot) because they decide the
// order of the result.
import { sbFuncName } from "../rt/args";
import * as K from "../generated/kernel";
import {
  is_null, ref_eq, AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, I32Arr_new, I32Arr_get, I32Arr_set, Str_is,
  Set_is, Set_new, Set_get_keys, Set_get_hashes, Set_get_fill, Set_get_used, Set_get_finger, Set_get_frozen, Set_get_hash,
  Set_set_keys, Set_set_hashes, Set_set_fill, Set_set_used, Set_set_finger, Set_set_hash, Obj_get_cls, Dict_is, Tuple_get_items,
} from "../generated/kernel";
import {
  None, True, False, NotImplemented, T_set, T_frozenset, T_str, T_object, exc, clearExc, mkInt, mkBool, strLit, sbLen, sbLit, sbByte,
  sbTakeStr, typeOf,
} from "../rt/core";
import { raiseTypeError, raiseKeyError, raiseLit } from "../rt/errors";
import * as E from "./exceptions";
import { checkArgs, kwCount } from "../rt/args";
import { addMethod, isSubtype, newBuiltinType, K_FIXED } from "./type";
import { strEq, sbStr } from "./str";
import { dictNext, dictKeyAt, dictLen, dictUsed, dictLookup } from "./dict";
import { hashOf, eqBool, getIter, iterNext, reprInto, typeName, truthy } from "../ops";
import { OP_SUB, OP_AND, OP_OR, OP_XOR } from "./int";

const MINSIZE: i32 = 8;
const LINEAR_PROBES: i32 = 9;

let DUMMY: anyref = null;
export let T_set_iterator: anyref = null;

function isDummy(k: anyref): bool { return ref_eq(k, DUMMY); }
function hget(hs: anyref, i: i32): i64 { return (<i64>I32Arr_get(hs, 2 * i + 1) << 32) | <i64><u32>I32Arr_get(hs, 2 * i); }
function hset(hs: anyref, i: i32, h: i64): void { I32Arr_set(hs, 2 * i, <i32>h); I32Arr_set(hs, 2 * i + 1, <i32>(h >> 32)); }

export function isFrozenType(cls: anyref): bool { return isSubtype(cls, T_frozenset); }
export function setNew(cls: anyref): anyref {
  return Set_new(cls, AnyArr_new(MINSIZE), I32Arr_new(2 * MINSIZE), 0, 0, 0, isFrozenType(cls) ? 1 : 0, -1);
}
export function setLen(s: anyref): i32 { return Set_get_used(s); }
export function isAnySet(x: anyref): bool { return Set_is(x); }
function isExactStr(x: anyref): bool { return Str_is(x) && ref_eq(Obj_get_cls(x), T_str); }

// ---- the table ---------------------------------------------------------------------------------
/** Slot of key (its key is null when absent), or -1 on error. */
function lookkey(so: anyref, key: anyref, hash: i64): i32 {
  const keys = Set_get_keys(so), hs = Set_get_hashes(so);
  const mask = AnyArr_len(keys) - 1;
  let perturb = <u64>hash;
  let i = <i32>(<u64>hash & <u64>mask);
  const keyStr = isExactStr(key);
  while (true) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    while (true) {
      const k = AnyArr_get(keys, j);
      if (is_null(k)) return j;
      if (hget(hs, j) == hash) {
        if (ref_eq(k, key)) return j;
        if (keyStr && isExactStr(k)) { if (strEq(k, key)) return j; }
        else {
          const r = eqBool(k, key);
          if (r < 0) return -1;
          if (!ref_eq(keys, Set_get_keys(so)) || !ref_eq(AnyArr_get(keys, j), k)) return lookkey(so, key, hash);
          if (r > 0) return j;
        }
      }
      if (probes-- == 0) break;
      j++;
    }
    perturb >>= 5;
    i = <i32>((<u64>i * 5 + 1 + perturb) & <u64>mask);
  }
}

function insertClean(keys: anyref, hs: anyref, key: anyref, hash: i64): void {
  const mask = AnyArr_len(keys) - 1;
  let perturb = <u64>hash;
  let i = <i32>(<u64>hash & <u64>mask);
  while (true) {
    if (is_null(AnyArr_get(keys, i))) { AnyArr_set(keys, i, key); hset(hs, i, hash); return; }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (is_null(AnyArr_get(keys, i + j))) { AnyArr_set(keys, i + j, key); hset(hs, i + j, hash); return; }
      }
    }
    perturb >>= 5;
    i = <i32>((<u64>i * 5 + 1 + perturb) & <u64>mask);
  }
}

import { growCheck as growCheck_ } from "../rt/core";
function resize(so: anyref, minused: i32): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  const oldkeys = Set_get_keys(so), oldhs = Set_get_hashes(so);
  const oldsize = AnyArr_len(oldkeys);
  if (newsize == MINSIZE && oldsize == MINSIZE && Set_get_fill(so) == Set_get_used(so)) return;
  growCheck_(<i64>newsize << 4);
  const keys = AnyArr_new(newsize), hs = I32Arr_new(2 * newsize);
  for (let i = 0; i < oldsize; i++) {
    const k = AnyArr_get(oldkeys, i);
    if (!is_null(k) && !isDummy(k)) insertClean(keys, hs, k, hget(oldhs, i));
  }
  Set_set_keys(so, keys); Set_set_hashes(so, hs);
  Set_set_fill(so, Set_get_used(so));
}

/** Add key with a known hash: 0, or -1 on error. */
function addEntry(so: anyref, key: anyref, hash: i64): i32 {
  while (true) {
    const keys = Set_get_keys(so), hs = Set_get_hashes(so);
    const mask = AnyArr_len(keys) - 1;
    let perturb = <u64>hash;
    let i = <i32>(<u64>hash & <u64>mask);
    let freeslot = -1;
    const keyStr = isExactStr(key);
    let restart = false;
    let slot = -1;
    while (slot < 0 && !restart) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      while (true) {
        const k = AnyArr_get(keys, j);
        if (is_null(k)) { slot = j; break; }
        const h = hget(hs, j);
        if (h == hash) {
          if (ref_eq(k, key)) return 0;
          if (keyStr && isExactStr(k)) { if (strEq(k, key)) return 0; }
          else {
            const r = eqBool(k, key);
            if (r > 0) return 0;
            if (r < 0) return -1;
            if (!ref_eq(keys, Set_get_keys(so)) || !ref_eq(AnyArr_get(keys, j), k)) { restart = true; break; }
          }
        } else if (h == -1) freeslot = j;
        if (probes-- == 0) break;
        j++;
      }
      if (slot >= 0 || restart) break;
      perturb >>= 5;
      i = <i32>((<u64>i * 5 + 1 + perturb) & <u64>mask);
    }
    if (restart) continue;
    if (freeslot >= 0) {
      Set_set_used(so, Set_get_used(so) + 1);
      AnyArr_set(keys, freeslot, key); hset(hs, freeslot, hash);
      return 0;
    }
    const fill = Set_get_fill(so) + 1, used = Set_get_used(so) + 1;
    Set_set_fill(so, fill); Set_set_used(so, used);
    AnyArr_set(keys, slot, key); hset(hs, slot, hash);
    if (<i64>fill * 5 < <i64>mask * 3) return 0;
    resize(so, used > 50000 ? used * 2 : used * 4);
    return 0;
  }
  return 0;
}

/** Remove key: 1 found, 0 not found, -1 error. */
function discardEntry(so: anyref, key: anyref, hash: i64): i32 {
  const j = lookkey(so, key, hash);
  if (j < 0) return -1;
  const keys = Set_get_keys(so);
  if (is_null(AnyArr_get(keys, j))) return 0;
  AnyArr_set(keys, j, DUMMY);
  hset(Set_get_hashes(so), j, -1);
  Set_set_used(so, Set_get_used(so) - 1);
  return 1;
}
function containsEntry(so: anyref, key: anyref, hash: i64): i32 {
  const j = lookkey(so, key, hash);
  if (j < 0) return -1;
  return is_null(AnyArr_get(Set_get_keys(so), j)) ? 0 : 1;
}

/** The next active slot at or after pos, or -1. */
export function setNext(so: anyref, pos: i32): i32 {
  const keys = Set_get_keys(so);
  const n = AnyArr_len(keys);
  while (pos < n) { const k = AnyArr_get(keys, pos); if (!is_null(k) && !isDummy(k)) return pos; pos++; }
  return -1;
}
export function setKeyAt(so: anyref, i: i32): anyref { return AnyArr_get(Set_get_keys(so), i); }
function hashAt(so: anyref, i: i32): i64 { return hget(Set_get_hashes(so), i); }

function clearInternal(so: anyref): void {
  Set_set_keys(so, AnyArr_new(MINSIZE)); Set_set_hashes(so, I32Arr_new(2 * MINSIZE));
  Set_set_fill(so, 0); Set_set_used(so, 0); Set_set_hash(so, -1);
}

// ---- keys -----------------------------------------------------------------------------------------
function addKey(so: anyref, key: anyref): i32 {
  const h = hashOf(key);
  if (h == -1 && !is_null(exc)) return -1;
  return addEntry(so, key, h);
}
/** A set key as a hash; sets (unhashable) are looked up as frozensets, like CPython. */
let tmpKey: anyref = null;
function keyHash(key: anyref): i64 {
  const h = hashOf(key);
  if (h == -1 && !is_null(exc)) {
    if (Set_is(key) && isSubtype(typeOf(exc), E.TypeError)) {
      clearExc();
      const f = setNew(T_frozenset);
      if (merge(f, key) < 0) return -1;
      tmpKey = f;
      return frozensetHash(f);
    }
    return -1;
  }
  tmpKey = key;
  return h;
}
export function setAdd(s: anyref, v: anyref): i32 { return addKey(s, v); }
/**
 * The frozenset constant of a set display: CPython's compiler builds frozenset(items), then its
 * constant merging rebuilds it from that set's iteration order — both steps shape the table.
 */
export function frozensetOfItems(items: anyref): anyref {
  const f = setNew(T_frozenset);
  for (let i = 0; i < AnyArr_len(items); i++) if (addKey(f, AnyArr_get(items, i)) < 0) return null;
  const g = setNew(T_frozenset);
  let i = setNext(f, 0);
  while (i >= 0) { if (addEntry(g, setKeyAt(f, i), hashAt(f, i)) < 0) return null; i = setNext(f, i + 1); }
  return g;
}
/** key in s: 1, 0, -1 on error. */
export function setContains(s: anyref, key: anyref): i32 {
  const h = keyHash(key);
  if (h == -1 && !is_null(exc)) return -1;
  return containsEntry(s, tmpKey, h);
}
function discardKey(s: anyref, key: anyref): i32 {
  const h = keyHash(key);
  if (h == -1 && !is_null(exc)) return -1;
  return discardEntry(s, tmpKey, h);
}

// ---- bulk ---------------------------------------------------------------------------------------------
function merge(so: anyref, other: anyref): i32 {
  const oused = Set_get_used(other);
  if (ref_eq(so, other) || oused == 0) return 0;
  const mask = AnyArr_len(Set_get_keys(so)) - 1;
  if (<i64>(Set_get_fill(so) + oused) * 5 >= <i64>mask * 3) resize(so, (Set_get_used(so) + oused) * 2);
  const okeys = Set_get_keys(other), ohs = Set_get_hashes(other);
  const on = AnyArr_len(okeys);
  const keys = Set_get_keys(so), hs = Set_get_hashes(so);
  if (Set_get_fill(so) == 0 && AnyArr_len(keys) == on && Set_get_fill(other) == oused) {
    for (let i = 0; i < on; i++) {
      const k = AnyArr_get(okeys, i);
      if (!is_null(k)) { AnyArr_set(keys, i, k); hset(hs, i, hget(ohs, i)); }
    }
    Set_set_fill(so, Set_get_fill(other)); Set_set_used(so, oused);
    return 0;
  }
  if (Set_get_fill(so) == 0) {
    Set_set_fill(so, oused); Set_set_used(so, oused);
    for (let i = 0; i < on; i++) {
      const k = AnyArr_get(okeys, i);
      if (!is_null(k) && !isDummy(k)) insertClean(keys, hs, k, hget(ohs, i));
    }
    return 0;
  }
  for (let i = 0; i < on; i++) {
    const k = AnyArr_get(okeys, i);
    if (!is_null(k) && !isDummy(k)) { if (addEntry(so, k, hget(ohs, i)) < 0) return -1; }
  }
  return 0;
}

/** set_update_internal: add every element of an iterable. 0 or -1. */
export function setUpdate(so: anyref, other: anyref): i32 {
  if (Set_is(other)) return merge(so, other);
  if (Dict_is(other) && isExactDict(other)) {
    const n = dictLen(other);
    const mask = AnyArr_len(Set_get_keys(so)) - 1;
    if (<i64>(Set_get_fill(so) + n) * 5 >= <i64>mask * 3) resize(so, (Set_get_used(so) + n) * 2);
    let i = dictNext(other, 0);
    while (i >= 0) {
      const k = dictKeyAt(other, i);
      if (addEntry(so, k, dictHashAt(other, i)) < 0) return -1;
      i = dictNext(other, i + 1);
    }
    return 0;
  }
  const it = getIter(other);
  if (is_null(it)) return -1;
  while (true) {
    const v = iterNext(it);
    if (is_null(v)) return is_null(exc) ? 0 : -1;
    if (addKey(so, v) < 0) return -1;
  }
}
import { T_dict } from "../rt/core";
import { Dict_get_hashes } from "../generated/kernel";
function isExactDict(d: anyref): bool { return ref_eq(Obj_get_cls(d), T_dict); }
function dictHashAt(d: anyref, i: i32): i64 {
  // dicts cache 32-bit hashes; recompute the full hash (cheap and side-effect free for
  // builtin keys; user __hash__ results are < 2**31 in practice)
  const k = dictKeyAt(d, i);
  const h = hashOf(k);
  if (h == -1 && !is_null(exc)) { clearExc(); return <i64>I32Arr_get(Dict_get_hashes(d), i); }
  return h;
}

function baseType(cls: anyref): anyref {
  if (ref_eq(cls, T_set) || ref_eq(cls, T_frozenset)) return cls;
  return isSubtype(cls, T_set) ? T_set : T_frozenset;
}
/** make_new_set_basetype(type(so), iterable) */
function newBaseSet(so: anyref, iterable: anyref): anyref {
  const r = setNew(baseType(Obj_get_cls(so)));
  if (!is_null(iterable) && setUpdate(r, iterable) < 0) return null;
  return r;
}
export function setCopy(so: anyref): anyref { return newBaseSet(so, so); }

export function setIntersection(so: anyref, other: anyref): anyref { return intersection(so, other); }
/** In-place |= &= -= ^= of set a with any iterable b (the *_update methods): 0 or -1. */
export function setOpUpdate(a: anyref, b: anyref, o: i32): i32 {
  if (o == OP_OR) return setUpdate(a, b);
  if (o == OP_SUB) return differenceUpdate(a, b);
  if (o == OP_XOR) return symDiffUpdate(a, b);
  const t = intersection(a, b); if (is_null(t)) return -1; swapBodies(a, t); return 0;
}
function intersection(so: anyref, other: anyref): anyref {
  if (ref_eq(so, other)) return setCopy(so);
  const result = newBaseSet(so, null);
  if (Set_is(other)) {
    let a = so, b = other;
    if (Set_get_used(b) > Set_get_used(a)) { a = other; b = so; }
    let i = setNext(b, 0);
    while (i >= 0) {
      const k = setKeyAt(b, i), h = hashAt(b, i);
      const rv = containsEntry(a, k, h);
      if (rv < 0) return null;
      if (rv && addEntry(result, k, h) < 0) return null;
      i = setNext(b, i + 1);
    }
    return result;
  }
  const it = getIter(other);
  if (is_null(it)) return null;
  while (true) {
    const k = iterNext(it);
    if (is_null(k)) { if (!is_null(exc)) return null; break; }
    const h = hashOf(k);
    if (h == -1 && !is_null(exc)) return null;
    const rv = containsEntry(so, k, h);
    if (rv < 0) return null;
    if (rv && addEntry(result, k, h) < 0) return null;
  }
  return result;
}

function differenceUpdate(so: anyref, other: anyref): i32 {
  if (ref_eq(so, other)) { clearInternal(so); return 0; }
  if (Set_is(other)) {
    let o = other;
    if ((Set_get_used(other) >> 3) > Set_get_used(so)) { o = intersection(so, other); if (is_null(o)) return -1; }
    let i = setNext(o, 0);
    while (i >= 0) {
      if (discardEntry(so, setKeyAt(o, i), hashAt(o, i)) < 0) return -1;
      i = setNext(o, i + 1);
    }
  } else {
    const it = getIter(other);
    if (is_null(it)) return -1;
    while (true) {
      const k = iterNext(it);
      if (is_null(k)) { if (!is_null(exc)) return -1; break; }
      if (discardKey(so, k) < 0) return -1;
    }
  }
  const mask = AnyArr_len(Set_get_keys(so)) - 1;
  if (Set_get_fill(so) - Set_get_used(so) <= mask / 4) return 0;
  const used = Set_get_used(so);
  resize(so, used > 50000 ? used * 2 : used * 4);
  return 0;
}

function difference(so: anyref, other: anyref): anyref {
  let otherSize: i32;
  if (Set_is(other)) otherSize = Set_get_used(other);
  else if (Dict_is(other) && isExactDict(other)) otherSize = dictLen(other);
  else {
    const r = setCopy(so); if (is_null(r)) return null;
    return differenceUpdate(r, other) < 0 ? null : r;
  }
  if ((Set_get_used(so) >> 2) > otherSize) {
    const r = setCopy(so); if (is_null(r)) return null;
    return differenceUpdate(r, other) < 0 ? null : r;
  }
  const result = newBaseSet(so, null);
  let i = setNext(so, 0);
  while (i >= 0) {
    const k = setKeyAt(so, i), h = hashAt(so, i);
    let rv: i32;
    if (Set_is(other)) rv = containsEntry(other, k, h);
    else { const ix = dictLookup(other, k, <i32>h); if (ix == -2) return null; rv = ix >= 0 ? 1 : 0; }
    if (rv < 0) return null;
    if (!rv && addEntry(result, k, h) < 0) return null;
    i = setNext(so, i + 1);
  }
  return result;
}

function symDiffUpdate(so: anyref, other: anyref): i32 {
  if (ref_eq(so, other)) { clearInternal(so); return 0; }
  if (Dict_is(other) && isExactDict(other)) {
    let i = dictNext(other, 0);
    while (i >= 0) {
      const k = dictKeyAt(other, i);
      const h = dictHashAt(other, i);
      const rv = discardEntry(so, k, h);
      if (rv < 0) return -1;
      if (rv == 0 && addEntry(so, k, h) < 0) return -1;
      i = dictNext(other, i + 1);
    }
    return 0;
  }
  let o = other;
  if (!Set_is(other)) { o = newBaseSet(so, other); if (is_null(o)) return -1; }
  let i = setNext(o, 0);
  while (i >= 0) {
    const k = setKeyAt(o, i), h = hashAt(o, i);
    const rv = discardEntry(so, k, h);
    if (rv < 0) return -1;
    if (rv == 0 && addEntry(so, k, h) < 0) return -1;
    i = setNext(o, i + 1);
  }
  return 0;
}
function symDiff(so: anyref, other: anyref): anyref {
  const o = newBaseSet(so, other);
  if (is_null(o)) return null;
  if (symDiffUpdate(o, so) < 0) return null;
  return o;
}

/** 1, 0, -1 */
function issubset(so: anyref, other: anyref): i32 {
  if (!Set_is(other)) {
    const t = intersection(so, other);
    if (is_null(t)) return -1;
    return Set_get_used(t) == Set_get_used(so) ? 1 : 0;
  }
  if (Set_get_used(so) > Set_get_used(other)) return 0;
  let i = setNext(so, 0);
  while (i >= 0) {
    const rv = containsEntry(other, setKeyAt(so, i), hashAt(so, i));
    if (rv <= 0) return rv;
    i = setNext(so, i + 1);
  }
  return 1;
}
function issuperset(so: anyref, other: anyref): i32 {
  if (Set_is(other)) return issubset(other, so);
  const it = getIter(other);
  if (is_null(it)) return -1;
  while (true) {
    const k = iterNext(it);
    if (is_null(k)) return is_null(exc) ? 1 : -1;
    const rv = setContains(so, k);
    if (rv <= 0) return rv;
  }
}
function isdisjoint(so: anyref, other: anyref): i32 {
  if (ref_eq(so, other)) return Set_get_used(so) == 0 ? 1 : 0;
  if (Set_is(other)) {
    let a = so, b = other;
    if (Set_get_used(b) > Set_get_used(a)) { a = other; b = so; }
    let i = setNext(b, 0);
    while (i >= 0) {
      const rv = containsEntry(a, setKeyAt(b, i), hashAt(b, i));
      if (rv < 0) return -1;
      if (rv) return 0;
      i = setNext(b, i + 1);
    }
    return 1;
  }
  const it = getIter(other);
  if (is_null(it)) return -1;
  while (true) {
    const k = iterNext(it);
    if (is_null(k)) return is_null(exc) ? 1 : -1;
    const rv = setContains(so, k);
    if (rv < 0) return -1;
    if (rv) return 0;
  }
}

// ---- protocol ------------------------------------------------------------------------------------------
function shuffleBits(h: u64): u64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167; }
export function frozensetHash(so: anyref): i64 {
  const cached = Set_get_hash(so);
  if (cached != -1) return cached;
  const keys = Set_get_keys(so), hs = Set_get_hashes(so);
  const size = AnyArr_len(keys);
  let hash: u64 = 0;
  for (let i = 0; i < size; i++) hash ^= shuffleBits(<u64>hget(hs, i));
  if (((size - Set_get_fill(so)) & 1) != 0) hash ^= shuffleBits(0);
  if (((Set_get_fill(so) - Set_get_used(so)) & 1) != 0) hash ^= shuffleBits(<u64>-1);
  hash ^= (<u64>Set_get_used(so) + 1) * 1927868237;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069 + 907133923;
  if (hash == <u64>-1) hash = 590923713;
  Set_set_hash(so, <i64>hash);
  return <i64>hash;
}
/** hash() of a set object: frozensets hash, sets raise. */
export function setHashOf(so: anyref): i64 {
  if (Set_get_frozen(so) != 0) return frozensetHash(so);
  const m = sbLen; sbLit("unhashable type: '"); sbStr(typeName(so)); sbByte(39);
  raiseTypeError(sbTakeStr(m));
  return -1;
}

export function setReprInto(so: anyref): bool {
  const cls = Obj_get_cls(so);
  const exact = ref_eq(cls, T_set);
  if (Set_get_used(so) == 0) { sbStr(K.Type_get_name(cls)); sbLit("()"); return true; }
  if (!reprEnter_(so)) { sbStr(K.Type_get_name(cls)); sbLit("(...)"); return true; }
  if (!exact) { sbStr(K.Type_get_name(cls)); sbByte(40); }
  sbByte(123);
  let i = setNext(so, 0);
  let first = true;
  while (i >= 0) {
    if (!first) sbLit(", ");
    first = false;
    if (!reprInto(setKeyAt(so, i))) { reprLeave_(); return false; }
    i = setNext(so, i + 1);
  }
  sbByte(125);
  if (!exact) sbByte(41);
  reprLeave_();
  return true;
}
import { reprEnter as reprEnter_, reprLeave as reprLeave_ } from "./views";

export function setIter(so: anyref): anyref {
  return K.Wrap_new(T_set_iterator, so, null, null, <i64>Set_get_used(so) << 32);
}
export function setIterNext(it: anyref): anyref {
  const so = K.Wrap_get_a(it);
  if (is_null(so)) return null;
  const n = K.Wrap_get_n(it);
  const expect = <i32>(n >> 32);
  if (expect != Set_get_used(so)) {
    K.Wrap_set_n(it, (<i64>-1 << 32) | (n & 0xffffffff));
    return raiseLit(E.RuntimeError, "Set changed size during iteration");
  }
  const i = setNext(so, <i32>(n & 0xffffffff));
  if (i < 0) { K.Wrap_set_a(it, null); return null; }
  K.Wrap_set_n(it, (n & <i64>0xffffffff00000000) | <i64>(i + 1));
  return setKeyAt(so, i);
}
export function setIterLen(it: anyref): i32 {
  const so = K.Wrap_get_a(it);
  if (is_null(so)) return 0;
  let c = 0;
  let i = setNext(so, <i32>(K.Wrap_get_n(it) & 0xffffffff));
  while (i >= 0) { c++; i = setNext(so, i + 1); }
  return c;
}

const SWAP: StaticArray<i32> = [4, 5, 2, 3, 0, 1];
/** Rich comparison when a or b is a set; NotImplemented otherwise. */
export function setCompare(a: anyref, b: anyref, op: i32): anyref {
  if (!Set_is(a)) { if (Set_is(b)) return setCompare(b, a, SWAP[op]); return NotImplemented; }
  if (!Set_is(b)) return NotImplemented;
  let r: i32;
  switch (op) {
    case 2: case 3: {
      if (Set_get_used(a) != Set_get_used(b)) r = 0;
      else if (Set_get_hash(a) != -1 && Set_get_hash(b) != -1 && Set_get_hash(a) != Set_get_hash(b)) r = 0;
      else r = issubset(a, b);
      if (r < 0) return null;
      return mkBool(op == 2 ? r != 0 : r == 0);
    }
    case 1: r = issubset(a, b); break;
    case 5: r = issuperset(a, b); break;
    case 0: r = Set_get_used(a) >= Set_get_used(b) ? 0 : issubset(a, b); break;
    default: r = Set_get_used(a) <= Set_get_used(b) ? 0 : issuperset(a, b); break;
  }
  if (r < 0) return null;
  return mkBool(r != 0);
}

/** a op b for | & - ^ when both are sets; NotImplemented otherwise. */
export function setBinop(a: anyref, b: anyref, o: i32): anyref {
  if (!Set_is(a) || !Set_is(b)) return NotImplemented;
  if (o == OP_OR) {
    const r = setCopy(a);
    if (is_null(r) || ref_eq(a, b)) return r;
    return setUpdate(r, b) < 0 ? null : r;
  }
  if (o == OP_AND) return intersection(a, b);
  if (o == OP_SUB) return difference(a, b);
  if (o == OP_XOR) return symDiff(a, b);
  return NotImplemented;
}
/** In-place a op= b for a set a (frozensets rebind instead). */
export function setInplace(a: anyref, b: anyref, o: i32): anyref {
  if (!Set_is(a) || Set_get_frozen(a) != 0 || !Set_is(b)) return NotImplemented;
  if (o == OP_OR) return setUpdate(a, b) < 0 ? null : a;
  if (o == OP_AND) { const t = intersection(a, b); if (is_null(t)) return null; swapBodies(a, t); return a; }
  if (o == OP_SUB) return differenceUpdate(a, b) < 0 ? null : a;
  if (o == OP_XOR) return symDiffUpdate(a, b) < 0 ? null : a;
  return NotImplemented;
}
function swapBodies(a: anyref, t: anyref): void {
  Set_set_keys(a, Set_get_keys(t)); Set_set_hashes(a, Set_get_hashes(t));
  Set_set_fill(a, Set_get_fill(t)); Set_set_used(a, Set_get_used(t)); Set_set_hash(a, -1);
}

// ---- methods ---------------------------------------------------------------------------------------------
function m_add(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("set.add", n, kw, 1, 1)) return null;
  return addKey(self, AnyArr_get(a, b)) < 0 ? null : None;
}
function m_discard(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("set.discard", n, kw, 1, 1)) return null;
  return discardKey(self, AnyArr_get(a, b)) < 0 ? null : None;
}
function m_remove(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("set.remove", n, kw, 1, 1)) return null;
  const k = AnyArr_get(a, b);
  const r = discardKey(self, k);
  if (r < 0) return null;
  if (r == 0) return raiseKeyError(k);
  return None;
}
function m_pop(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("set.pop", n, kw, 0, 0)) return null;
  if (Set_get_used(self) == 0) return raiseLit(E.KeyError, "pop from an empty set");
  const keys = Set_get_keys(self);
  const mask = AnyArr_len(keys) - 1;
  let i = Set_get_finger(self) & mask;
  while (true) {
    const k = AnyArr_get(keys, i);
    if (!is_null(k) && !isDummy(k)) break;
    i++;
    if (i > mask) i = 0;
  }
  const key = AnyArr_get(keys, i);
  AnyArr_set(keys, i, DUMMY);
  hset(Set_get_hashes(self), i, -1);
  Set_set_used(self, Set_get_used(self) - 1);
  Set_set_finger(self, i + 1);
  return key;
}
function m_clear(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("set.clear", n, kw, 0, 0)) return null;
  clearInternal(self);
  return None;
}
function m_copy(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs(Set_get_frozen(self) ? "frozenset.copy" : "set.copy", n, kw, 0, 0)) return null;
  if (ref_eq(Obj_get_cls(self), T_frozenset)) return self;
  return setCopy(self);
}
function noKw(name: string, kw: anyref): bool {
  if (kwCount(kw) == 0) return true;
  const m = sbLen; sbFuncName(name); sbLit("() takes no keyword arguments");
  raiseTypeError(sbTakeStr(m));
  return false;
}
function m_update(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!noKw("set.update", kw)) return null;
  for (let i = 0; i < n; i++) if (setUpdate(self, AnyArr_get(a, b + i)) < 0) return null;
  return None;
}
function m_union(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!noKw(Set_get_frozen(self) ? "frozenset.union" : "set.union", kw)) return null;
  const r = setCopy(self);
  if (is_null(r)) return null;
  for (let i = 0; i < n; i++) { const o = AnyArr_get(a, b + i); if (ref_eq(o, self)) continue; if (setUpdate(r, o) < 0) return null; }
  return r;
}
function intersectionMulti(self: anyref, a: anyref, b: i32, n: i32): anyref {
  if (n == 0) return setCopy(self);
  let r = self;
  for (let i = 0; i < n; i++) { r = intersection(r, AnyArr_get(a, b + i)); if (is_null(r)) return null; }
  return r;
}
function m_intersection(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!noKw(Set_get_frozen(self) ? "frozenset.intersection" : "set.intersection", kw)) return null;
  return intersectionMulti(self, a, b, n);
}
function m_intersection_update(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!noKw("set.intersection_update", kw)) return null;
  const t = intersectionMulti(self, a, b, n);
  if (is_null(t)) return null;
  swapBodies(self, t);
  return None;
}
function m_difference(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!noKw(Set_get_frozen(self) ? "frozenset.difference" : "set.difference", kw)) return null;
  if (n == 0) return setCopy(self);
  const r = difference(self, AnyArr_get(a, b));
  if (is_null(r)) return null;
  for (let i = 1; i < n; i++) if (differenceUpdate(r, AnyArr_get(a, b + i)) < 0) return null;
  return r;
}
function m_difference_update(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!noKw("set.difference_update", kw)) return null;
  for (let i = 0; i < n; i++) if (differenceUpdate(self, AnyArr_get(a, b + i)) < 0) return null;
  return None;
}
function m_symmetric_difference(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs(Set_get_frozen(self) ? "frozenset.symmetric_difference" : "set.symmetric_difference", n, kw, 1, 1)) return null;
  return symDiff(self, AnyArr_get(a, b));
}
function m_symmetric_difference_update(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("set.symmetric_difference_update", n, kw, 1, 1)) return null;
  return symDiffUpdate(self, AnyArr_get(a, b)) < 0 ? null : None;
}
function boolRes(r: i32): anyref { return r < 0 ? null : mkBool(r != 0); }
function m_issubset(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs(Set_get_frozen(self) ? "frozenset.issubset" : "set.issubset", n, kw, 1, 1)) return null;
  return boolRes(issubset(self, AnyArr_get(a, b)));
}
function m_issuperset(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs(Set_get_frozen(self) ? "frozenset.issuperset" : "set.issuperset", n, kw, 1, 1)) return null;
  return boolRes(issuperset(self, AnyArr_get(a, b)));
}
function m_isdisjoint(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs(Set_get_frozen(self) ? "frozenset.isdisjoint" : "set.isdisjoint", n, kw, 1, 1)) return null;
  return boolRes(isdisjoint(self, AnyArr_get(a, b)));
}
function m_contains(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__contains__", n, kw, 1, 1)) return null;
  return boolRes(setContains(self, AnyArr_get(a, b)));
}
function m_len(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__len__", n, kw, 0, 0)) return null;
  return mkInt(Set_get_used(self));
}

// ---- constructors -----------------------------------------------------------------------------------------
function ctorArgs(name: string, n: i32, kw: anyref): bool {
  if (kwCount(kw) > 0) { const m = sbLen; sbFuncName(name); sbLit("() takes no keyword arguments"); raiseTypeError(sbTakeStr(m)); return false; }
  if (n <= 1) return true;
  const m = sbLen; sbLit(name); sbLit(" expected at most 1 argument, got "); sbI64_(n); raiseTypeError(sbTakeStr(m));
  return false;
}
import { sbI64 as sbI64_ } from "../rt/core";
export function t_set(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!ctorArgs("set", n, kw)) return null;
  const s = setNew(cls);
  if (n >= 1 && setUpdate(s, AnyArr_get(a, b)) < 0) return null;
  return s;
}
export function t_frozenset(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!ctorArgs("frozenset", n, kw)) return null;
  if (n >= 1 && ref_eq(cls, T_frozenset)) {
    const x = AnyArr_get(a, b);
    if (Set_is(x) && ref_eq(Obj_get_cls(x), T_frozenset)) return x;
  }
  const s = setNew(cls);
  if (n >= 1 && setUpdate(s, AnyArr_get(a, b)) < 0) return null;
  return s;
}

export function registerSetMethods(): void {
  DUMMY = K.Obj_new(T_object);
  T_set_iterator = newBuiltinType("set_iterator", T_object, K_FIXED);
  const st = T_set, ft = T_frozenset;
  addMethod(st, "add", m_add); addMethod(st, "discard", m_discard); addMethod(st, "remove", m_remove);
  addMethod(st, "pop", m_pop); addMethod(st, "clear", m_clear); addMethod(st, "update", m_update);
  addMethod(st, "intersection_update", m_intersection_update); addMethod(st, "difference_update", m_difference_update);
  addMethod(st, "symmetric_difference_update", m_symmetric_difference_update);
  for (let k = 0; k < 2; k++) {
    const t = k == 0 ? st : ft;
    addMethod(t, "copy", m_copy); addMethod(t, "union", m_union); addMethod(t, "intersection", m_intersection);
    addMethod(t, "difference", m_difference); addMethod(t, "symmetric_difference", m_symmetric_difference);
    addMethod(t, "issubset", m_issubset); addMethod(t, "issuperset", m_issuperset); addMethod(t, "isdisjoint", m_isdisjoint);
    addMethod(t, "__contains__", m_contains); addMethod(t, "__len__", m_len);
  }
}
