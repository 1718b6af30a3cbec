// dict methods (keys/values/items return lists-as-views for now; the built-ins issue adds real
// view objects with set operations).
import { sbFuncName } from "../rt/args";
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, AnyArr_new, AnyArr_set } from "../generated/kernel";
import { None, exc, mkInt, strLit, T_dict } from "../rt/core";
import { raiseKeyError, raiseTypeError, raiseLit } from "../rt/errors";
import * as E from "./exceptions";
import { checkArgs, kwCount } from "../rt/args";
import { addMethod, tupleOf } from "./type";
import { dictGet, dictSet, dictDel, dictNext, dictKeyAt, dictValAt, dictLen, dictCopy, dictClear, dictNew } from "./dict";
import { listNew, listAppend } from "./list";
import { dictUpdateAny } from "../builtins/builtins";
import { iterableToArray } from "../ops";

function m_get(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkPositional("get", n, kw, 1, 2)) return null;
  const v = dictGet(self, AnyArr_get(a, b));
  if (is_null(v)) { if (!is_null(exc)) return null; return n == 2 ? AnyArr_get(a, b + 1) : None; }
  return v;
}
function listOf(self: anyref, which: i32): anyref {
  const l = listNew(dictLen(self));
  let i = dictNext(self, 0);
  while (i >= 0) {
    if (which == 0) listAppend(l, dictKeyAt(self, i));
    else if (which == 1) listAppend(l, dictValAt(self, i));
    else { const t = AnyArr_new(2); AnyArr_set(t, 0, dictKeyAt(self, i)); AnyArr_set(t, 1, dictValAt(self, i)); listAppend(l, tupleOf(t)); }
    i = dictNext(self, i + 1);
  }
  return l;
}
function m_keys(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("dict.keys", n, kw, 0, 0) ? listOf(self, 0) : null; }
function m_values(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("dict.values", n, kw, 0, 0) ? listOf(self, 1) : null; }
function m_items(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("dict.items", n, kw, 0, 0) ? listOf(self, 2) : null; }
function m_pop(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkPositional("pop", n, kw, 1, 2)) return null;
  const k = AnyArr_get(a, b);
  // an empty dict answers without hashing the key (CPython's fast path): {}.pop([1]) is a KeyError
  if (dictLen(self) == 0) { if (n == 2) return AnyArr_get(a, b + 1); return raiseKeyError(k); }
  const v = dictGet(self, k);
  if (is_null(v)) { if (!is_null(exc)) return null; if (n == 2) return AnyArr_get(a, b + 1); return raiseKeyError(k); }
  dictDel(self, k);
  return v;
}
function m_setdefault(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkPositional("setdefault", n, kw, 1, 2)) return null;
  const k = AnyArr_get(a, b);
  const v = dictGet(self, k);
  if (!is_null(v)) return v;
  if (!is_null(exc)) return null;
  const d = n == 2 ? AnyArr_get(a, b + 1) : None;
  if (dictSet(self, k, d) < 0) return null;
  return d;
}
function m_update(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos > 1) { checkPositional("update", npos, null, 0, 1); return null; }
  if (npos == 1 && dictUpdateAny(self, AnyArr_get(a, b)) < 0) return null;
  for (let i = 0; i < nkw; i++) if (dictSet(self, AnyArr_get(K.Tuple_get_items(kw), i), AnyArr_get(a, b + npos + i)) < 0) return null;
  return None;
}
function m_copy(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return checkArgs("dict.copy", n, kw, 0, 0) ? dictCopy(self) : null; }
function m_clear(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!checkArgs("dict.clear", n, kw, 0, 0)) return null; dictClear(self); return None; }
function m_popitem(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("dict.popitem", n, kw, 0, 0)) return null;
  let last = -1;
  let i = dictNext(self, 0);
  while (i >= 0) { last = i; i = dictNext(self, i + 1); }
  if (last < 0) return raiseLit(E.KeyError, "popitem(): dictionary is empty");
  const t = AnyArr_new(2); AnyArr_set(t, 0, dictKeyAt(self, last)); AnyArr_set(t, 1, dictValAt(self, last));
  dictDel(self, dictKeyAt(self, last));
  return tupleOf(t);
}
function m_fromkeys(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (kwCount(kw) > 0) return raiseTypeError(strLit_("dict.fromkeys() takes no keyword arguments"));
  if (!checkPositional("fromkeys", n, kw, 1, 2)) return null;
  const keys = iterableToArray(AnyArr_get(a, b));
  if (is_null(keys)) return null;
  const d = ref_eq(self, T_dict) || !K.Type_is(self) ? dictNew() : callObject0_(self);
  if (is_null(d)) return null;
  const v = n == 2 ? AnyArr_get(a, b + 1) : None;
  for (let i = 0; i < K.AnyArr_len(keys); i++) if (setItem_(d, AnyArr_get(keys, i), v) < 0) return null;
  return d;
}

export function registerDictMethods(t: anyref): void {
  addMethod(t, "get", m_get);   addMethod(t, "pop", m_pop); addMethod(t, "setdefault", m_setdefault); addMethod(t, "update", m_update);
  addMethod(t, "copy", m_copy); addMethod(t, "clear", m_clear); addMethod(t, "popitem", m_popitem);
  addClassMethod(t, "fromkeys", m_fromkeys);
}

import { callObject0 as callObject0_ } from "../interp";
import { setItem as setItem_ } from "../ops";
import { T_classmethod, T_staticmethod, T_builtin } from "../rt/core";
import { intern } from "./str";
import { strLit as strLit_ } from "../rt/core";
import { Native } from "./type";
/** A native classmethod: the function receives the class as `self`. */
export function addClassMethod(t: anyref, name: string, fn: Native): void {
  const nm = intern(strLit_(name));
  const f = K.Builtin_new(T_builtin, changetype<i32>(fn), nm, null);
  dictSet(K.Type_get_dict(t), nm, K.Prop_new(T_classmethod, f, None, None, None));
}
/** A native staticmethod: the function receives None as `self`. */
export function addStaticMethod(t: anyref, name: string, fn: Native): void {
  const nm = intern(strLit_(name));
  const f = K.Builtin_new(T_builtin, changetype<i32>(fn), nm, None);
  dictSet(K.Type_get_dict(t), nm, K.Prop_new(T_staticmethod, f, None, None, None));
}
/** _PyArg_CheckPositional: "pop expected at least 1 argument, got 0". Keywords are rejected. */
export function checkPositional(name: string, n: i32, kw: anyref, min: i32, max: i32): bool {
  if (kwCount(kw) > 0) { const m = sbLen_; sbFuncName(name); sbLit_("() takes no keyword arguments"); raiseTypeError(sbTakeStr_(m)); return false; }
  if (n >= min && n <= max) return true;
  const m = sbLen_; sbLit_(name);
  const lim = n < min ? min : max;
  sbLit_(min == max ? " expected " : n < min ? " expected at least " : " expected at most ");
  sbI64_(lim); sbLit_(lim == 1 ? " argument, got " : " arguments, got "); sbI64_(n);
  raiseTypeError(sbTakeStr_(m));
  return false;
}
import { sbLen as sbLen_, sbLit as sbLit_, sbTakeStr as sbTakeStr_, sbI64 as sbI64_ } from "../rt/core";
