// Dict views (dict_keys / dict_values / dict_items) and the dict iterators, forward and reversed.
// A view is a `Wrap` whose `a` is the dict; an iterator is a `Wrap` with a = dict (null when
// exhausted) and n = entry position (low 32 bits) | expected size (high 32 bits), so that a
// dict changing size during iteration raises RuntimeError as in CPython.
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, AnyArr_copy, Wrap_new, Wrap_is, Wrap_get_a, Wrap_get_n, Wrap_set_a, Wrap_set_n, Obj_get_cls, Dict_is } from "../generated/kernel";
import { None, NotImplemented, T_object, T_set, exc, mkInt, mkBool, sbLen, sbLit, sbByte, sbTakeStr, strLit } from "../rt/core";
import { raiseLit, raiseTypeError } from "../rt/errors";
import * as E from "./exceptions";
import { checkArgs } from "../rt/args";
import { addMethod, newBuiltinType, K_FIXED, tupleOf } from "./type";
import { dictNext, dictKeyAt, dictValAt, dictLen, dictUsed, dictGet } from "./dict";
import { reprInto, eqBool, getIter, iterNext, lenOf, typeName } from "../ops";
import { small_get as small_get_ } from "../generated/kernel";
import { setNew, setUpdate, setContains, setLen, setIntersection, setOpUpdate } from "./set";
import { sbStr } from "./str";
import { OP_SUB, OP_AND, OP_OR, OP_XOR } from "./int";

export let T_dict_keys: anyref = null;
export let T_dict_values: anyref = null;
export let T_dict_items: anyref = null;
let T_keyiter: anyref = null;
let T_valueiter: anyref = null;
let T_itemiter: anyref = null;
let T_rkeyiter: anyref = null;
let T_rvalueiter: anyref = null;
let T_ritemiter: anyref = null;

// ---- repr recursion guard (views and sets) ----------------------------------------------------
let stack: anyref = null;
let depth: i32 = 0;
export function reprEnter(x: anyref): bool {
  if (is_null(stack)) stack = AnyArr_new(16);
  for (let i = 0; i < depth; i++) if (ref_eq(AnyArr_get(stack, i), x)) return false;
  if (depth == AnyArr_len(stack)) { const a = AnyArr_new(depth * 2); AnyArr_copy(a, 0, stack, 0, depth); stack = a; }
  AnyArr_set(stack, depth++, x);
  return true;
}
export function reprLeave(): void { depth--; }

// ---- views --------------------------------------------------------------------------------------
/** 0 keys, 1 values, 2 items, -1 not a view. */
export function viewKind(x: anyref): i32 {
  if (!Wrap_is(x)) return -1;
  const c = Obj_get_cls(x);
  if (ref_eq(c, T_dict_keys)) return 0;
  if (ref_eq(c, T_dict_values)) return 1;
  if (ref_eq(c, T_dict_items)) return 2;
  return -1;
}
export function isView(x: anyref): bool { return viewKind(x) >= 0; }
function isSetView(x: anyref): bool { const k = viewKind(x); return k == 0 || k == 2; }
export function viewLen(v: anyref): i32 { return dictLen(Wrap_get_a(v)); }

function pair(k: anyref, v: anyref): anyref { const t = AnyArr_new(2); AnyArr_set(t, 0, k); AnyArr_set(t, 1, v); return tupleOf(t); }

/** x in view: 1, 0, -1. */
export function viewContains(v: anyref, x: anyref): i32 {
  const d = Wrap_get_a(v);
  const kind = viewKind(v);
  if (kind == 0) { const r = dictGet(d, x); if (is_null(r)) return is_null(exc) ? 0 : -1; return 1; }
  if (kind == 2) {
    if (!K.Tuple_is(x)) return 0;
    const items = K.Tuple_get_items(x);
    if (AnyArr_len(items) != 2) return 0;
    const r = dictGet(d, AnyArr_get(items, 0));
    if (is_null(r)) return is_null(exc) ? 0 : -1;
    return eqBool(r, AnyArr_get(items, 1));
  }
  let i = dictNext(d, 0);
  while (i >= 0) {
    const r = eqBool(dictValAt(d, i), x);
    if (r != 0) return r;
    i = dictNext(d, i + 1);
  }
  return 0;
}

export function viewReprInto(v: anyref): bool {
  if (!reprEnter(v)) { sbLit("..."); return true; }
  sbStr(K.Type_get_name(Obj_get_cls(v)));
  sbLit("([");
  const d = Wrap_get_a(v);
  const kind = viewKind(v);
  let i = dictNext(d, 0);
  let first = true;
  while (i >= 0) {
    if (!first) sbLit(", ");
    first = false;
    let ok: bool;
    if (kind == 0) ok = reprInto(dictKeyAt(d, i));
    else if (kind == 1) ok = reprInto(dictValAt(d, i));
    else {
      sbByte(40);
      ok = reprInto(dictKeyAt(d, i));
      if (ok) { sbLit(", "); ok = reprInto(dictValAt(d, i)); }
      sbByte(41);
    }
    if (!ok) { reprLeave(); return false; }
    i = dictNext(d, i + 1);
  }
  sbLit("])");
  reprLeave();
  return true;
}

// ---- iterators -----------------------------------------------------------------------------------
function mkIter(cls: anyref, d: anyref, pos: i32): anyref {
  // c: items still expected (CPython's di->len, for "dictionary keys changed during iteration")
  return Wrap_new(cls, d, null, mkInt(dictLen(d)), (<i64>dictLen(d) << 32) | <i64><u32>pos);
}
/** iter(dict) */
export function dictIter(d: anyref): anyref { return mkIter(T_keyiter, d, 0); }
export function viewIter(v: anyref): anyref {
  const kind = viewKind(v);
  return mkIter(kind == 0 ? T_keyiter : kind == 1 ? T_valueiter : T_itemiter, Wrap_get_a(v), 0);
}
export function dictReversedIter(d: anyref, kind: i32): anyref {
  return mkIter(kind == 0 ? T_rkeyiter : kind == 1 ? T_rvalueiter : T_ritemiter, d, dictUsed(d) - 1);
}
/** 0..5 for the six dict iterator classes, -1 otherwise. */
function iterKind(x: anyref): i32 {
  if (!Wrap_is(x)) return -1;
  const c = Obj_get_cls(x);
  if (ref_eq(c, T_keyiter)) return 0;
  if (ref_eq(c, T_valueiter)) return 1;
  if (ref_eq(c, T_itemiter)) return 2;
  if (ref_eq(c, T_rkeyiter)) return 3;
  if (ref_eq(c, T_rvalueiter)) return 4;
  if (ref_eq(c, T_ritemiter)) return 5;
  return -1;
}
export function isDictIter(x: anyref): bool { return iterKind(x) >= 0; }
export function dictIterNext(it: anyref): anyref {
  const d = Wrap_get_a(it);
  if (is_null(d)) return null;
  const kind = iterKind(it);
  const n = Wrap_get_n(it);
  if (<i32>(n >> 32) != dictLen(d)) {
    Wrap_set_n(it, (<i64>-1 << 32) | (n & 0xffffffff));
    return raiseLit(E.RuntimeError, "dictionary changed size during iteration");
  }
  let i = <i32>(n & 0xffffffff);
  if (kind >= 3) {
    const keys = K.Dict_get_keys(d);
    while (i >= 0 && is_null(AnyArr_get(keys, i))) i--;
    if (i < 0) { Wrap_set_a(it, null); return null; }
    Wrap_set_n(it, (n & <i64>0xffffffff00000000) | <i64><u32>(i - 1));
  } else {
    i = dictNext(d, i);
    if (i < 0) { Wrap_set_a(it, null); return null; }
    Wrap_set_n(it, (n & <i64>0xffffffff00000000) | <i64>(i + 1));
  }
  const left = K.Wrap_get_c(it);
  if (small_get_(left) == 0) {
    Wrap_set_n(it, (<i64>-1 << 32) | (Wrap_get_n(it) & 0xffffffff));
    return raiseLit(E.RuntimeError, "dictionary keys changed during iteration");
  }
  K.Wrap_set_c(it, mkInt(small_get_(left) - 1));
  const k = kind % 3;
  if (k == 0) return dictKeyAt(d, i);
  if (k == 1) return dictValAt(d, i);
  return pair(dictKeyAt(d, i), dictValAt(d, i));
}
export function dictIterLen(it: anyref): i32 {
  const d = Wrap_get_a(it);
  if (is_null(d)) return 0;
  const kind = iterKind(it);
  let c = 0;
  const pos = <i32>(Wrap_get_n(it) & 0xffffffff);
  if (kind >= 3) { for (let i = pos; i >= 0; i--) if (!is_null(dictKeyAt(d, i))) c++; }
  else { let i = dictNext(d, pos); while (i >= 0) { c++; i = dictNext(d, i + 1); } }
  return c;
}

// ---- set operations on keys/items views ---------------------------------------------------------------
function toSet(x: anyref): anyref {
  const s = setNew(T_set);
  const src = viewKind(x) == 0 ? Wrap_get_a(x) : x;
  if (setUpdate(s, src) < 0) return null;
  return s;
}
function intersect(a: anyref, b: anyref): anyref {
  let self = a, other = b;
  if (!isSetView(self)) { self = b; other = a; }
  const lenSelf = viewLen(self);
  if (K.Set_is(other) && ref_eq(Obj_get_cls(other), T_set) && lenSelf <= setLen(other)) {
    return setIntersection(other, self);
  }
  if (isSetView(other) && viewLen(other) > lenSelf) { const t = self; self = other; other = t; }
  const result = setNew(T_set);
  const it = getIter(other);
  if (is_null(it)) return null;
  while (true) {
    const k = iterNext(it);
    if (is_null(k)) { if (!is_null(exc)) return null; break; }
    const r = viewContains(self, k);
    if (r < 0) return null;
    if (r && setUpdateOne(result, k) < 0) return null;
  }
  return result;
}
import { setAdd as setUpdateOne } from "./set";

/** a op b where a or b is a keys/items view; NotImplemented otherwise. */
export function viewBinop(a: anyref, b: anyref, o: i32): anyref {
  if (!isSetView(a) && !isSetView(b)) return NotImplemented;
  if (o != OP_AND && o != OP_OR && o != OP_SUB && o != OP_XOR) return NotImplemented;
  if (o == OP_AND) return intersect(a, b);
  const left = toSet(a);
  if (is_null(left)) return null;
  return setOpUpdate(left, b, o) < 0 ? null : left;
}

function allContainedIn(a: anyref, b: anyref): i32 {
  const it = getIter(a);
  if (is_null(it)) return -1;
  while (true) {
    const k = iterNext(it);
    if (is_null(k)) return is_null(exc) ? 1 : -1;
    const r = K.Set_is(b) ? setContains(b, k) : viewContains(b, k);
    if (r <= 0) return r;
  }
}
const SWAP: StaticArray<i32> = [4, 5, 2, 3, 0, 1];
/** Rich comparison when a or b is a keys/items view; NotImplemented otherwise. */
export function viewCompare(a: anyref, b: anyref, op: i32): anyref {
  if (!isSetView(a)) { if (isSetView(b) && K.Set_is(a)) return viewCompare(b, a, SWAP[op]); return NotImplemented; }
  if (!K.Set_is(b) && !isSetView(b)) return NotImplemented;
  const la = viewLen(a);
  const lb = K.Set_is(b) ? setLen(b) : viewLen(b);
  let r: i32 = 0;
  switch (op) {
    case 2: case 3: r = la == lb ? allContainedIn(a, b) : 0; if (r < 0) return null; return mkBool(op == 2 ? r != 0 : r == 0);
    case 0: r = la < lb ? allContainedIn(a, b) : 0; break;
    case 1: r = la <= lb ? allContainedIn(a, b) : 0; break;
    case 4: r = la > lb ? allContainedIn(b, a) : 0; break;
    default: r = la >= lb ? allContainedIn(b, a) : 0; break;
  }
  if (r < 0) return null;
  return mkBool(r != 0);
}

function m_isdisjoint(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("isdisjoint", n, kw, 1, 1)) return null;
  const other = AnyArr_get(a, b);
  let x = self, y = other;
  if ((K.Set_is(other) || isSetView(other)) && lenOf(other) > viewLen(self)) { x = other; y = self; }
  const it = getIter(y);
  if (is_null(it)) return null;
  while (true) {
    const k = iterNext(it);
    if (is_null(k)) return is_null(exc) ? mkBool(true) : null;
    const r = K.Set_is(x) ? setContains(x, k) : isView(x) ? viewContains(x, k) : 0;
    if (r < 0) return null;
    if (r) return mkBool(false);
  }
}
function m_reversed(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__reversed__", n, kw, 0, 0)) return null;
  return dictReversedIter(Wrap_get_a(self), viewKind(self));
}
function m_mapping(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return Wrap_get_a(self); }

// dict methods that return views
function m_keys(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("dict.keys", n, kw, 0, 0) ? Wrap_new(T_dict_keys, self, null, null, 0) : null; }
function m_values(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("dict.values", n, kw, 0, 0) ? Wrap_new(T_dict_values, self, null, null, 0) : null; }
function m_items(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("dict.items", n, kw, 0, 0) ? Wrap_new(T_dict_items, self, null, null, 0) : null; }
function m_dict_reversed(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__reversed__", n, kw, 0, 0)) return null;
  return dictReversedIter(self, 0);
}

export function registerViews(dictT: anyref): void {
  T_dict_keys = newBuiltinType("dict_keys", T_object, K_FIXED);
  T_dict_values = newBuiltinType("dict_values", T_object, K_FIXED);
  T_dict_items = newBuiltinType("dict_items", T_object, K_FIXED);
  T_keyiter = newBuiltinType("dict_keyiterator", T_object, K_FIXED);
  T_valueiter = newBuiltinType("dict_valueiterator", T_object, K_FIXED);
  T_itemiter = newBuiltinType("dict_itemiterator", T_object, K_FIXED);
  T_rkeyiter = newBuiltinType("dict_reversekeyiterator", T_object, K_FIXED);
  T_rvalueiter = newBuiltinType("dict_reversevalueiterator", T_object, K_FIXED);
  T_ritemiter = newBuiltinType("dict_reverseitemiterator", T_object, K_FIXED);
  addMethod(T_dict_keys, "isdisjoint", m_isdisjoint);
  addMethod(T_dict_items, "isdisjoint", m_isdisjoint);
  addMethod(T_dict_keys, "__reversed__", m_reversed);
  addMethod(T_dict_values, "__reversed__", m_reversed);
  addMethod(T_dict_items, "__reversed__", m_reversed);
  addMethod(dictT, "keys", m_keys);
  addMethod(dictT, "values", m_values);
  addMethod(dictT, "items", m_items);
  addMethod(dictT, "__reversed__", m_dict_reversed);
}
