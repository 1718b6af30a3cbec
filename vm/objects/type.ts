// type: Python classes. A Type struct holds its name, bases, MRO (a tuple, self first), its
// namespace dict and `kind`, the builtin layout its instances use (an instance of a subclass of
// list is a List struct whose cls is the subclass). Attribute lookup on a class walks the MRO.
import {
  Type_new, Type_get_mro, Type_get_dict, Type_get_kind, Type_get_name, Type_get_bases, Type_is, Tuple_new,
  Tuple_get_items, AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, Builtin_new, ref_eq, is_null, Type_set_mro,
  Type_get_flags, Type_set_flags, I32Arr_new, I32Arr_get, I32Arr_set, Builtin_set_owner,
} from "../generated/kernel";
import { T_type, T_tuple, T_builtin, T_object, strLit, sbLen, sbLit, sbTakeStr, None } from "../rt/core";
import { dictNew, dictGetStr, dictSet } from "./dict";
import { strHash, intern, sbStr } from "./str";
import { raiseTypeError } from "../rt/errors";

// Layout kinds: which struct the instances of a class (and of its subclasses) are.
export const K_OBJECT: i32 = 0;   // Inst (user classes)
export const K_INT: i32 = 1;
export const K_BOOL: i32 = 2;
export const K_FLOAT: i32 = 3;
export const K_STR: i32 = 4;
export const K_TUPLE: i32 = 5;
export const K_LIST: i32 = 6;
export const K_DICT: i32 = 7;
export const K_SET: i32 = 8;
export const K_FROZENSET: i32 = 9;
export const K_EXC: i32 = 10;
export const K_TYPE: i32 = 11;
export const K_BYTES: i32 = 12;
export const K_COMPLEX: i32 = 13;
export const K_FIXED: i32 = 99;   // not subclassable (function, NoneType, range, …)

// Type flags
export const TF_HEAP: i32 = 1;       // created by a class statement (attributes settable)
export const TF_ABSTRACT: i32 = 2;
export const TF_SLOTS: i32 = 4;      // every user class on the MRO has __slots__ (no __dict__)

export type Native = (self: anyref, args: anyref, base: i32, n: i32, kw: anyref) => anyref;

export function tupleOf(items: anyref): anyref { return Tuple_new(T_tuple, items, 0); }
export function tuple1(a: anyref): anyref { const x = AnyArr_new(1); AnyArr_set(x, 0, a); return tupleOf(x); }

/** A builtin type with one base (or none, for object). Its MRO is [self] + base's MRO. */
export function newBuiltinType(name: string, base: anyref, kind: i32): anyref {
  const bases = is_null(base) ? tupleOf(AnyArr_new(0)) : tuple1(base);
  const nm = intern(strLit(name));
  const t = Type_new(T_type, nm, nm, bases, null, dictNew(), kind, 0, null, null);
  Type_set_mro(t, linearMro(t, base));
  return t;
}

function linearMro(t: anyref, base: anyref): anyref {
  if (is_null(base)) return tuple1(t);
  const bm = Tuple_get_items(Type_get_mro(base));
  const n = AnyArr_len(bm);
  const a = AnyArr_new(n + 1);
  AnyArr_set(a, 0, t);
  for (let i = 0; i < n; i++) AnyArr_set(a, i + 1, AnyArr_get(bm, i));
  return tupleOf(a);
}

/** C3 linearization of t with the given bases tuple; null + TypeError if inconsistent. */
export function computeMro(t: anyref, bases: anyref): anyref {
  const b = Tuple_get_items(bases);
  const nb = AnyArr_len(b);
  if (nb == 1) return linearMro(t, AnyArr_get(b, 0));
  // seqs: the MROs of each base, then the list of bases; heads tracked by index arrays
  const nseq = nb + 1;
  const seqs = AnyArr_new(nseq);
  let total = 1;
  for (let i = 0; i < nb; i++) { const m = Tuple_get_items(Type_get_mro(AnyArr_get(b, i))); AnyArr_set(seqs, i, m); total += AnyArr_len(m); }
  AnyArr_set(seqs, nb, b);
  const idx = memory.data(256 * 4);      // scratch: head index per sequence (max 255 bases)
  for (let i = 0; i < nseq; i++) store<i32>(idx + <usize>(i << 2), 0);
  const out = AnyArr_new(total);
  AnyArr_set(out, 0, t);
  let n = 1;
  while (true) {
    let anyLeft = false;
    let cand: anyref = null;
    for (let i = 0; i < nseq; i++) {
      const s = AnyArr_get(seqs, i);
      const h = load<i32>(idx + <usize>(i << 2));
      if (h >= AnyArr_len(s)) continue;
      anyLeft = true;
      const c = AnyArr_get(s, h);
      // c must not appear in the tail of any sequence
      let inTail = false;
      for (let j = 0; j < nseq && !inTail; j++) {
        const s2 = AnyArr_get(seqs, j);
        const h2 = load<i32>(idx + <usize>(j << 2));
        for (let k = h2 + 1; k < AnyArr_len(s2); k++) if (ref_eq(AnyArr_get(s2, k), c)) { inTail = true; break; }
      }
      if (!inTail) { cand = c; break; }
    }
    if (!anyLeft) break;
    if (is_null(cand)) {
      const m = sbLen; sbLit("Cannot create a consistent method resolution\norder (MRO) for bases");
      // CPython's set_mro_error names the heads still left to merge, each once
      const seen = AnyArr_new(nseq); let ns = 0;
      for (let i = 0; i < nseq; i++) {
        const s = AnyArr_get(seqs, i);
        const h = load<i32>(idx + <usize>(i << 2));
        if (h >= AnyArr_len(s)) continue;
        const c = AnyArr_get(s, h);
        let dup = false;
        for (let j = 0; j < ns; j++) if (ref_eq(AnyArr_get(seen, j), c)) { dup = true; break; }
        if (dup) continue;
        AnyArr_set(seen, ns, c);
        sbLit(ns ? ", " : " "); sbStr(Type_get_name(c)); ns++;
      }
      raiseTypeError(sbTakeStr(m));
      return null;
    }
    AnyArr_set(out, n++, cand);
    for (let i = 0; i < nseq; i++) {
      const s = AnyArr_get(seqs, i);
      const h = load<i32>(idx + <usize>(i << 2));
      if (h < AnyArr_len(s) && ref_eq(AnyArr_get(s, h), cand)) store<i32>(idx + <usize>(i << 2), h + 1);
    }
  }
  const res = AnyArr_new(n);
  for (let i = 0; i < n; i++) AnyArr_set(res, i, AnyArr_get(out, i));
  return tupleOf(res);
}

// ---- the type attribute cache ------------------------------------------------------------------
// A direct-mapped cache of typeLookup results keyed by (class, name) identity, like CPython's
// method cache. Any change to any class namespace bumps `typeEpoch`, which invalidates every
// entry at once (class namespaces rarely change after creation). Every mutation path of a type
// dict must call invalidateTypeCache(): setattr/delattr on classes, addMethod/addAttr.
// `cls.__dict__` is handed out as a copy so that it cannot be mutated behind the cache's back.
const CACHE_SIZE: i32 = 4096;
let cacheTypes: anyref = null;
let cacheNames: anyref = null;
let cacheVals: anyref = null;
let cacheEpochs: anyref = null;
/** Changes whenever any class namespace changes (the inline caches of vm/icache.ts check it too). */
export let typeEpoch: i32 = 1;
export function invalidateTypeCache(): void { typeEpoch++; }

/** Look name up along cls's MRO (cached); null if absent (no exception set). */
export function typeLookup(cls: anyref, name: anyref): anyref {
  if (is_null(cacheTypes)) {
    cacheTypes = AnyArr_new(CACHE_SIZE); cacheNames = AnyArr_new(CACHE_SIZE);
    cacheVals = AnyArr_new(CACHE_SIZE); cacheEpochs = I32Arr_new(CACHE_SIZE);
  }
  const idx = (strHash(name) ^ (strHash(Type_get_name(cls)) * -1640531535)) & (CACHE_SIZE - 1);
  if (I32Arr_get(cacheEpochs, idx) == typeEpoch && ref_eq(AnyArr_get(cacheTypes, idx), cls) && ref_eq(AnyArr_get(cacheNames, idx), name)) {
    return AnyArr_get(cacheVals, idx);
  }
  const v = typeLookupSlow(cls, name);
  AnyArr_set(cacheTypes, idx, cls); AnyArr_set(cacheNames, idx, name); AnyArr_set(cacheVals, idx, v);
  I32Arr_set(cacheEpochs, idx, typeEpoch);
  return v;
}

function typeLookupSlow(cls: anyref, name: anyref): anyref {
  const mro = Tuple_get_items(Type_get_mro(cls));
  const h = strHash(name);
  const n = AnyArr_len(mro);
  for (let i = 0; i < n; i++) {
    const v = dictGetStr(Type_get_dict(AnyArr_get(mro, i)), name, h);
    if (!is_null(v)) return v;
  }
  return null;
}

export function isSubtype(a: anyref, b: anyref): bool {
  if (ref_eq(a, b)) return true;
  const mro = Tuple_get_items(Type_get_mro(a));
  const n = AnyArr_len(mro);
  for (let i = 1; i < n; i++) if (ref_eq(AnyArr_get(mro, i), b)) return true;
  return false;
}

export function addMethod(t: anyref, name: string, fn: Native): void {
  invalidateTypeCache();
  const nm = intern(strLit(name));
  const b = Builtin_new(T_builtin, changetype<i32>(fn), nm, null);
  if (name != "__new__") Builtin_set_owner(b, t);   // the receiver must be an instance of t when called unbound (not for __new__, whose first argument is a type)
  dictSet(Type_get_dict(t), nm, b);
}
export function addAttr(t: anyref, name: string, v: anyref): void {
  invalidateTypeCache();
  dictSet(Type_get_dict(t), intern(strLit(name)), v);
}
export function newBuiltinFn(name: string, fn: Native, self: anyref): anyref {
  return Builtin_new(T_builtin, changetype<i32>(fn), intern(strLit(name)), self);
}

export function typeKind(t: anyref): i32 { return Type_get_kind(t); }
