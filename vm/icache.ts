// Inline caches. Each code object gets, on first use, an array with one slot per instruction word
// (Code.cache); a slot holds an IC struct (vm/schema.mjs) whose fields an instruction interprets
// as it likes. A cache entry never changes what an instruction does, only how fast it finds the
// answer: every entry is validated against the current state before it is trusted.
//
// Dict entries are found again by position: a dict's `keys` array changes identity only when the
// table is rebuilt, and `keys[ix] === name` proves that entry ix is still the name's (a key
// appears at most once; deleting an entry nulls its key). Values are read from `vals[ix]` at
// each hit, so assignments to existing names need no invalidation.
import * as K from "./generated/kernel";
import { is_null, ref_eq, AnyArr_get, AnyArr_set, AnyArr_new, AnyArr_len } from "./generated/kernel";
import { strHash } from "./objects/str";
import { dictLookup, dictSetH } from "./objects/dict";
import { builtinsDict } from "./builtins/builtins";

// The slow paths of all cached instructions go through one function, so that the optimizer keeps
// them out of the dispatch loop (it inlines a function called from one place only).
const MISS_GLOBAL: i32 = 0;
const MISS_ATTR: i32 = 1;
const MISS_STORE_ATTR: i32 = 2;
const MISS_METHOD: i32 = 3;
const MISS_STORE_NAME: i32 = 4;
/** The uncached operation, filling the cache when it can; STORE_ATTR returns None (ok) or null. */
function icMiss(kind: i32, code: anyref, pc: i32, x: anyref, name: anyref, v: anyref): anyref {
  if (kind == MISS_GLOBAL) return loadGlobalMiss(code, pc, x, name);
  if (kind == MISS_ATTR) return loadAttrMiss(code, pc, x, name);
  if (kind == MISS_STORE_ATTR) return storeAttrMiss(code, pc, x, name, v) < 0 ? null : None;
  if (kind == MISS_STORE_NAME) { storeNameMiss(code, pc, x, name, v); return None; }
  return loadMethodMiss(code, pc, x, name);
}

/** The IC of instruction pc of code, created empty on first use. */
export function icAt(code: anyref, pc: i32): anyref {
  let cache = K.Code_get_cache(code);
  if (is_null(cache)) { cache = AnyArr_new(K.Code_get_nwords(code)); K.Code_set_cache(code, cache); }
  let ic = AnyArr_get(cache, pc);
  if (is_null(ic)) { ic = K.IC_new(null, null, 0, 0, 0); AnyArr_set(cache, pc, ic); }
  return ic;
}

/**
 * The IC to fill for a class-keyed entry of `kind` at a site that may see several classes
 * (a loop over objects of different classes calling e.step()): up to POLY entries are chained
 * from the site's IC; a different kind of entry, a stale epoch or a full chain starts over.
 */
const POLY: i32 = 4;
function icForClass(code: anyref, pc: i32, kind: i32): anyref {
  const head = icAt(code, pc);
  if (K.IC_get_k(head) != kind || K.IC_get_j(head) != typeEpoch) { K.IC_set_next(head, null); return head; }
  let n = 1;
  let last = head;
  while (!is_null(K.IC_get_next(last))) { last = K.IC_get_next(last); n++; }
  if (n >= POLY) { K.IC_set_next(head, null); return head; }
  const ic = K.IC_new(null, null, 0, 0, 0);
  K.IC_set_next(last, ic);
  return ic;
}

// ---- LOAD_GLOBAL ----------------------------------------------------------------------------
// k = 1: found in globals: a = the globals' keys array, i = entry.
// k = 2: found in builtins: a = the globals dict, j = its version (no name added or removed since
//        the miss), b = the builtins' keys array, i = entry.
// k = 0: empty.

/** The value of global `name` for a frame with globals g, or null (not found: caller raises). */
export function loadGlobal(code: anyref, pc: i32, g: anyref, name: anyref): anyref {
  const cache = K.Code_get_cache(code);
  if (!is_null(cache)) {
    const ic = AnyArr_get(cache, pc);
    if (!is_null(ic)) {
      const k = K.IC_get_k(ic);
      if (k == 1) {
        const keys = K.Dict_get_keys(g);
        const i = K.IC_get_i(ic);
        if (ref_eq(keys, K.IC_get_a(ic)) && ref_eq(AnyArr_get(keys, i), name)) return AnyArr_get(K.Dict_get_vals(g), i);
      } else if (k == 2) {
        const keys = K.Dict_get_keys(builtinsDict);
        const i = K.IC_get_i(ic);
        if (ref_eq(g, K.IC_get_a(ic)) && K.Dict_get_version(g) == K.IC_get_j(ic) && ref_eq(keys, K.IC_get_b(ic)) && ref_eq(AnyArr_get(keys, i), name)) {
          return AnyArr_get(K.Dict_get_vals(builtinsDict), i);
        }
      }
    }
  }
  return icMiss(MISS_GLOBAL, code, pc, g, name, null);
}

function loadGlobalMiss(code: anyref, pc: i32, g: anyref, name: anyref): anyref {
  const h = strHash(name);
  const ic = icAt(code, pc);
  let ix = dictLookup(g, name, h);
  if (ix >= 0) {
    K.IC_set_k(ic, 1); K.IC_set_a(ic, K.Dict_get_keys(g)); K.IC_set_i(ic, ix);
    return AnyArr_get(K.Dict_get_vals(g), ix);
  }
  ix = dictLookup(builtinsDict, name, h);
  if (ix >= 0) {
    K.IC_set_k(ic, 2); K.IC_set_a(ic, g); K.IC_set_j(ic, K.Dict_get_version(g));
    K.IC_set_b(ic, K.Dict_get_keys(builtinsDict)); K.IC_set_i(ic, ix);
    return AnyArr_get(K.Dict_get_vals(builtinsDict), ix);
  }
  K.IC_set_k(ic, 0);
  return null;
}

// ---- STORE_NAME / STORE_GLOBAL -------------------------------------------------------------
// k = 1: a = the dict's keys array, i = the name's entry (as LOAD_GLOBAL's k = 1).

/** d[name] = v for a namespace dict (module globals, class body locals). */
export function storeName(code: anyref, pc: i32, d: anyref, name: anyref, v: anyref): void {
  const cache = K.Code_get_cache(code);
  if (!is_null(cache)) {
    const ic = AnyArr_get(cache, pc);
    if (!is_null(ic) && K.IC_get_k(ic) == 1) {
      const keys = K.Dict_get_keys(d);
      const i = K.IC_get_i(ic);
      if (ref_eq(keys, K.IC_get_a(ic)) && ref_eq(AnyArr_get(keys, i), name)) { AnyArr_set(K.Dict_get_vals(d), i, v); return; }
    }
  }
  icMiss(MISS_STORE_NAME, code, pc, d, name, v);
}
function storeNameMiss(code: anyref, pc: i32, d: anyref, name: anyref, v: anyref): void {
  const h = strHash(name);
  dictSetH(d, name, h, v);
  const ix = dictLookup(d, name, h);
  if (ix < 0) return;
  const ic = icAt(code, pc);
  K.IC_set_k(ic, 1); K.IC_set_a(ic, K.Dict_get_keys(d)); K.IC_set_i(ic, ix);
}

// ---- attributes --------------------------------------------------------------------------------
// Entries keyed by the object's class are valid while `typeEpoch` (vm/objects/type.ts: bumped by
// any change to any class namespace) is unchanged, since what they assume is decided by the
// class: no __getattribute__/__setattr__ override, no data descriptor of that name.
const A_INST: i32 = 1;     // LOAD_ATTR/STORE_ATTR: entry i of the instance dict; a = class, j = epoch
const A_MODULE: i32 = 2;   // LOAD_ATTR: entry i of a module dict; a = its keys array
const A_CLASS: i32 = 3;    // LOAD_ATTR on a class: plain class attribute b (no descriptor); a = the class, j = epoch
const A_METHOD: i32 = 4;   // LOAD_METHOD: b = function or native method of class a at epoch j; i = 1 when the instance may have a dict

/** LOAD_ATTR: getattr(obj, name), or null with the exception set. */
export function loadAttr(code: anyref, pc: i32, obj: anyref, name: anyref): anyref {
  const cache = K.Code_get_cache(code);
  if (!is_null(cache)) {
    let ic = AnyArr_get(cache, pc);
    while (!is_null(ic)) {
      const k = K.IC_get_k(ic);
      if (k == A_INST) {
        if (K.Inst_is(obj) && ref_eq(K.Obj_get_cls(obj), K.IC_get_a(ic)) && K.IC_get_j(ic) == typeEpoch) {
          const d = K.Inst_get_dict(obj);
          if (!is_null(d)) {
            const keys = K.Dict_get_keys(d);
            const i = K.IC_get_i(ic);
            if (i < AnyArr_len(keys) && ref_eq(AnyArr_get(keys, i), name)) return AnyArr_get(K.Dict_get_vals(d), i);
          }
        }
      } else if (k == A_MODULE) {
        if (K.Module_is(obj)) {
          const d = K.Module_get_dict(obj);
          const keys = K.Dict_get_keys(d);
          const i = K.IC_get_i(ic);
          if (ref_eq(keys, K.IC_get_a(ic)) && ref_eq(AnyArr_get(keys, i), name)) return AnyArr_get(K.Dict_get_vals(d), i);
        }
      } else if (k == A_CLASS) {
        if (ref_eq(obj, K.IC_get_a(ic)) && K.IC_get_j(ic) == typeEpoch) return K.IC_get_b(ic);
      }
      ic = K.IC_get_next(ic);
    }
  }
  return icMiss(MISS_ATTR, code, pc, obj, name, null);
}

/** The class's own behaviour allows caching attribute reads of `name` from its instances' dicts. */
function plainInstanceRead(cls: anyref, name: anyref): bool {
  if ((K.Type_get_flags(cls) & TF_HEAP) == 0) return false;
  const ga = typeLookup(cls, N.N_getattribute);
  if (!is_null(ga) && K.Func_is(ga)) return false;
  const descr = typeLookup(cls, name);
  return is_null(descr) || !isDataDescr(descr);
}

function loadAttrMiss(code: anyref, pc: i32, obj: anyref, name: anyref): anyref {
  const epoch = typeEpoch;
  const v = getAttr(obj, name);
  if (is_null(v) || epoch != typeEpoch) return v;
  if (K.Inst_is(obj)) {
    const d = K.Inst_get_dict(obj);
    const cls = K.Obj_get_cls(obj);
    if (is_null(d) || !plainInstanceRead(cls, name)) return v;
    const ix = dictLookup(d, name, strHash(name));
    if (ix < 0 || !ref_eq(AnyArr_get(K.Dict_get_vals(d), ix), v)) return v;
    const ic = icForClass(code, pc, A_INST);
    K.IC_set_k(ic, A_INST); K.IC_set_a(ic, cls); K.IC_set_j(ic, epoch); K.IC_set_i(ic, ix);
  } else if (K.Module_is(obj)) {
    const d = K.Module_get_dict(obj);
    const ix = dictLookup(d, name, strHash(name));
    if (ix < 0) return v;
    const ic = icAt(code, pc);
    K.IC_set_k(ic, A_MODULE); K.IC_set_a(ic, K.Dict_get_keys(d)); K.IC_set_i(ic, ix);
  } else if (K.Type_is(obj)) {
    // a plain class attribute (what typeLookup finds, returned as is): not a dunder name (those
    // may be special attributes), not a descriptor that binds or computes
    if (isDunder(name) || !ref_eq(typeLookup(obj, name), v)) return v;
    if (!small_is(v) && !K.Func_is(v) && !K.Builtin_is(v) && !K.Type_is(v) && (K.Prop_is(v) || !is_null(userDunder(v, N.N_get)))) return v;
    const ic = icAt(code, pc);
    K.IC_set_k(ic, A_CLASS); K.IC_set_a(ic, obj); K.IC_set_j(ic, epoch); K.IC_set_b(ic, v);
  }
  return v;
}
function isDunder(name: anyref): bool {
  const d = K.Str_get_data(name);
  return K.Bytes_len(d) > 2 && K.Bytes_get(d, 0) == 95 && K.Bytes_get(d, 1) == 95;
}

/** STORE_ATTR: setattr(obj, name, v); 0 or -1 with the exception set. */
export function storeAttr(code: anyref, pc: i32, obj: anyref, name: anyref, v: anyref): i32 {
  const cache = K.Code_get_cache(code);
  if (!is_null(cache)) {
    let ic = AnyArr_get(cache, pc);
    if (K.Inst_is(obj)) while (!is_null(ic)) {
      if (K.IC_get_k(ic) == A_INST && ref_eq(K.Obj_get_cls(obj), K.IC_get_a(ic)) && K.IC_get_j(ic) == typeEpoch) {
        const d = K.Inst_get_dict(obj);
        if (!is_null(d)) {
          const keys = K.Dict_get_keys(d);
          const i = K.IC_get_i(ic);
          if (i < AnyArr_len(keys) && ref_eq(AnyArr_get(keys, i), name)) { AnyArr_set(K.Dict_get_vals(d), i, v); return 0; }
        }
        break;
      }
      ic = K.IC_get_next(ic);
    }
  }
  return is_null(icMiss(MISS_STORE_ATTR, code, pc, obj, name, v)) ? -1 : 0;
}
function storeAttrMiss(code: anyref, pc: i32, obj: anyref, name: anyref, v: anyref): i32 {
  const epoch = typeEpoch;
  if (setAttr(obj, name, v) < 0) return -1;
  if (epoch != typeEpoch || !K.Inst_is(obj)) return 0;
  // cache a plain store into the instance dict: no __setattr__, no data descriptor
  const cls = K.Obj_get_cls(obj);
  if ((K.Type_get_flags(cls) & TF_HEAP) == 0) return 0;
  const sa = typeLookup(cls, N.N_setattr);
  if (!is_null(sa) && K.Func_is(sa)) return 0;
  const descr = typeLookup(cls, name);
  if (!is_null(descr) && isDataDescr(descr)) return 0;
  const d = K.Inst_get_dict(obj);
  if (is_null(d)) return 0;
  const ix = dictLookup(d, name, strHash(name));
  if (ix < 0) return 0;
  const ic = icForClass(code, pc, A_INST);
  K.IC_set_k(ic, A_INST); K.IC_set_a(ic, cls); K.IC_set_j(ic, epoch); K.IC_set_i(ic, ix);
  return 0;
}

/** LOAD_METHOD's result flag: true when loadMethodIC returned a function to call with obj as self. */
export let icMethodSelf: bool = false;

/** LOAD_METHOD: like attrs.loadMethod (sets icMethodSelf instead of methodSelf). */
export function loadMethodIC(code: anyref, pc: i32, obj: anyref, name: anyref): anyref {
  const cache = K.Code_get_cache(code);
  if (!is_null(cache)) {
    let ic = AnyArr_get(cache, pc);
    const cls = typeOf(obj);
    while (!is_null(ic)) {
      if (K.IC_get_k(ic) == A_METHOD && ref_eq(cls, K.IC_get_a(ic)) && K.IC_get_j(ic) == typeEpoch) {
        // the instance's own dict must not have the name
        let shadowed = false;
        if (K.IC_get_i(ic) != 0) {
          const d = K.Inst_is(obj) ? K.Inst_get_dict(obj) : instanceDict(obj, false);
          if (!is_null(d) && K.Dict_get_count(d) > 0) shadowed = dictLookup(d, name, strHash(name)) != -1;
        }
        if (!shadowed) { icMethodSelf = true; return K.IC_get_b(ic); }
        break;
      }
      ic = K.IC_get_next(ic);
    }
  }
  return icMiss(MISS_METHOD, code, pc, obj, name, null);
}
function loadMethodMiss(code: anyref, pc: i32, obj: anyref, name: anyref): anyref {
  const epoch = typeEpoch;
  const m = loadMethod(obj, name);
  icMethodSelf = methodSelf;
  if (is_null(m) || !methodSelf || epoch != typeEpoch) return m;
  // attrs.loadMethod found a function on the class: that depends only on the class (and epoch)
  const cls = typeOf(obj);
  const ic = icForClass(code, pc, A_METHOD);
  K.IC_set_k(ic, A_METHOD); K.IC_set_a(ic, cls); K.IC_set_j(ic, epoch); K.IC_set_b(ic, m);
  K.IC_set_i(ic, K.Inst_is(obj) || (K.Type_get_flags(cls) & TF_HEAP) != 0 || K.Exc_is(obj) || K.Func_is(obj) ? 1 : 0);
  return m;
}

import { typeEpoch, typeLookup, TF_HEAP } from "./objects/type";
import { getAttr, setAttr, loadMethod, methodSelf, isDataDescr, instanceDict } from "./attrs";
import { userDunder } from "./ops";
import { typeOf, None } from "./rt/core";
import * as N from "./rt/names";
import { small_is } from "./generated/kernel";
