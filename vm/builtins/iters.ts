// Lazy iterator objects of the builtins: enumerate, zip, map, filter, reversed. Each is a
// `Wrap` struct whose class tells which one it is (fields a/b/c/n hold its state).
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, Tuple_get_items } from "../generated/kernel";
import { None, T_object, mkInt, exc, strLit, sbLen, sbLit, sbTakeStr, typeOf } from "../rt/core";
import { raiseTypeError, raiseValueError } from "../rt/errors";
import { newBuiltinType, K_FIXED, tupleOf } from "../objects/type";
import { getIter, iterNext, truthy, getItem, lenOf } from "../ops";
import { callObject, callObject1 } from "../interp";
import { checkArgs, kwCount } from "../rt/args";
import { strEqLit } from "../objects/str";
import { dictSet } from "../objects/dict";
import { intern } from "../objects/str";

export let T_enumerate: anyref = null;
export let T_zip: anyref = null;
export let T_map: anyref = null;
export let T_filter: anyref = null;
export let T_reversed: anyref = null;
export let T_list_reverseiterator: anyref = null;   // reversed(list): list.__reversed__'s class
export let T_callable_iterator: anyref = null;

type Native = (self: anyref, a: anyref, b: i32, n: i32, kw: anyref) => anyref;
function mkType(builtins: anyref, name: string, ctor: Native): anyref {
  const t = newBuiltinType(name, T_object, K_FIXED);
  K.Type_set_slots(t, K.Builtin_new(T_builtin_, changetype<i32>(ctor), K.Type_get_name(t), null));
  dictSet(builtins, K.Type_get_name(t), t);
  return t;
}

export function isIterWrap(x: anyref): bool {
  const c = K.Obj_get_cls(x);
  return ref_eq(c, T_enumerate) || ref_eq(c, T_zip) || ref_eq(c, T_map) || ref_eq(c, T_filter) || ref_eq(c, T_reversed) || ref_eq(c, T_list_reverseiterator) || ref_eq(c, T_callable_iterator);
}

export function wrapNext(it: anyref): anyref {
  const c = K.Obj_get_cls(it);
  if (ref_eq(c, T_enumerate)) {
    const v = iterNext(K.Wrap_get_a(it));
    if (is_null(v)) return null;
    const i = K.Wrap_get_n(it);
    K.Wrap_set_n(it, i + 1);
    const t = AnyArr_new(2); AnyArr_set(t, 0, mkInt(i)); AnyArr_set(t, 1, v);
    return tupleOf(t);
  }
  if (ref_eq(c, T_zip)) {
    const its = K.Wrap_get_a(it);
    if (is_null(its)) return null;
    const n = AnyArr_len(its);
    if (n == 0) return null;
    const t = AnyArr_new(n);
    for (let i = 0; i < n; i++) {
      const v = iterNext(AnyArr_get(its, i));
      if (is_null(v)) {
        if (!is_null(exc)) return null;
        K.Wrap_set_a(it, null);
        if (K.Wrap_get_n(it) != 0) {
          // strict=True: all must end together
          if (i > 0) return zipStrictError(i, true);
          for (let j = 1; j < n; j++) {
            const w = iterNext(AnyArr_get(its, j));
            if (!is_null(w)) return zipStrictError(j, false);
            if (!is_null(exc)) return null;
          }
        }
        return null;
      }
      AnyArr_set(t, i, v);
    }
    return tupleOf(t);
  }
  if (ref_eq(c, T_map)) {
    const its = K.Wrap_get_b(it);
    const n = AnyArr_len(its);
    const args = AnyArr_new(n);
    for (let i = 0; i < n; i++) {
      const v = iterNext(AnyArr_get(its, i));
      if (is_null(v)) return null;
      AnyArr_set(args, i, v);
    }
    return callObject(K.Wrap_get_a(it), args, 0, n, null);
  }
  if (ref_eq(c, T_filter)) {
    const f = K.Wrap_get_a(it);
    while (true) {
      const v = iterNext(K.Wrap_get_b(it));
      if (is_null(v)) return null;
      let keep: i32;
      if (ref_eq(f, None)) keep = truthy(v);
      else { const r = callObject1(f, v); if (is_null(r)) return null; keep = truthy(r); }
      if (keep < 0) return null;
      if (keep) return v;
    }
  }
  if (ref_eq(c, T_callable_iterator)) {
    const f = K.Wrap_get_a(it);
    if (is_null(f)) return null;
    const v = callObject(f, AnyArr_new(0), 0, 0, null);
    if (is_null(v)) return null;
    const r = eqBool_(v, K.Wrap_get_b(it));
    if (r < 0) return null;
    if (r) { K.Wrap_set_a(it, null); return null; }
    return v;
  }
  if (ref_eq(c, T_reversed) || ref_eq(c, T_list_reverseiterator)) {
    const i = K.Wrap_get_n(it) - 1;
    if (i < 0) return null;
    K.Wrap_set_n(it, i);
    return getItem(K.Wrap_get_a(it), mkInt(i));
  }
  return null;
}
function zipStrictError(i: i32, shorter: bool): anyref {
  const m = sbLen;
  sbLit("zip() argument "); sbI64_(i + 1); sbLit(shorter ? " is shorter than argument" : " is longer than argument");
  sbLit(i == 1 ? " 1" : "s 1-"); if (i > 1) sbI64_(i);
  return raiseValueError(sbTakeStr(m));
}
import { sbI64 as sbI64_ } from "../rt/core";

function enumerateCtor(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  let start: i64 = 0;
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos < 1 || npos > 2) return raiseTypeError(strLit(npos < 1 ? "enumerate() missing required argument 'iterable'" : "enumerate() takes at most 2 arguments"));
  let sv: anyref = npos == 2 ? AnyArr_get(a, b + 1) : null;
  for (let i = 0; i < nkw; i++) if (strEqLit(AnyArr_get(Tuple_get_items(kw), i), "start")) sv = AnyArr_get(a, b + npos + i);
  if (!is_null(sv)) { if (!isInt_(sv)) { const m = sbLen; sbLit("'"); sbStr_(typeName_(sv)); sbLit("' object cannot be interpreted as an integer"); return raiseTypeError(sbTakeStr(m)); } start = intVal_(sv); }
  const it = getIter(AnyArr_get(a, b));
  if (is_null(it)) return null;
  return K.Wrap_new(T_enumerate, it, null, null, start);
}
import { isSmallOrInt as isInt_, intVal as intVal_ } from "../rt/core";
function zipCtor(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  let strict: i64 = 0;
  for (let i = 0; i < nkw; i++) {
    if (strEqLit(AnyArr_get(Tuple_get_items(kw), i), "strict")) { const t = truthy(AnyArr_get(a, b + npos + i)); if (t < 0) return null; strict = t; }
    else return raiseTypeError(strLit("zip() got an unexpected keyword argument"));
  }
  const its = AnyArr_new(npos);
  for (let i = 0; i < npos; i++) {
    const it = getIter(AnyArr_get(a, b + i));
    if (is_null(it)) return null;
    AnyArr_set(its, i, it);
  }
  return K.Wrap_new(T_zip, its, null, null, strict);
}
function mapCtor(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (n < 2) return raiseTypeError(strLit("map() must have at least two arguments."));
  const its = AnyArr_new(n - 1);
  for (let i = 1; i < n; i++) {
    const it = getIter(AnyArr_get(a, b + i));
    if (is_null(it)) return null;
    AnyArr_set(its, i - 1, it);
  }
  return K.Wrap_new(T_map, AnyArr_get(a, b), its, null, 0);
}
function filterCtor(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("filter", n, kw, 2, 2)) return null;
  const it = getIter(AnyArr_get(a, b + 1));
  if (is_null(it)) return null;
  return K.Wrap_new(T_filter, AnyArr_get(a, b), it, null, 0);
}
import { dictReversedIter as dictReversedIter_, isView as isView_, viewKind as viewKind_ } from "../objects/views";
function reversedCtor(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (n != 1 || kwCount(kw) > 0) {
    if (kwCount(kw) > 0) return raiseTypeError(strLit("reversed() takes no keyword arguments"));
    const m = sbLen; sbLit("reversed expected 1 argument, got "); C_sbI64_(n); return raiseTypeError(sbTakeStr(m));
  }
  const s = AnyArr_get(a, b);
  // reversed(range) is range.__reversed__: a range_iterator running backwards
  if (K.Range_is(s) && is_null(userDunder_(s, intern_(strLit("__reversed__"))))) {
    const ln = K.Range_get_len(s), st = K.Range_get_step(s);
    return K.RangeIter_new(T_range_iterator_, K.Range_get_start(s) + (ln - 1) * st, -st, ln);
  }
  if (K.Dict_is(s)) return dictReversedIter_(s, 0);
  if (isView_(s)) return dictReversedIter_(K.Wrap_get_a(s), viewKind_(s));
  const rv = userDunder_(s, N_reversed_);
  if (!is_null(rv)) {
    if (ref_eq(rv, None)) { const m = sbLen; sbLit("'"); sbStr_(typeName_(s)); sbLit("' object is not reversible"); return raiseTypeError(sbTakeStr(m)); }
    return callObject1(rv, s);
  }
  // the sequence protocol needs __getitem__ (PySequence_Check)
  if (!(K.List_is(s) || K.Tuple_is(s) || K.Str_is(s) || K.Range_is(s) || K.BytesObj_is(s) || K.ByteArray_is(s) || !is_null(userDunder_(s, N_getitem_)))) {
    const m = sbLen; sbLit("'"); sbStr_(typeName_(s)); sbLit("' object is not reversible"); return raiseTypeError(sbTakeStr(m));
  }
  const len = lenOf(s);
  if (len < 0) return null;
  return K.Wrap_new(K.List_is(s) && is_null(userDunder_(s, N_getitem_)) ? T_list_reverseiterator : T_reversed, s, null, null, len);
}
import { sbStr as sbStr_ } from "../objects/str";
import { sbI64 as C_sbI64_ } from "../rt/core";
import { eqBool as eqBool_ } from "../ops";
import { T_builtin as T_builtin_ } from "../rt/core";
import { typeName as typeName_, userDunder as userDunder_ } from "../ops";
import { N_reversed as N_reversed_, N_getitem as N_getitem_ } from "../rt/names";

export function initIters(builtins: anyref, builtinType: anyref): void {
  T_enumerate = mkType(builtins, "enumerate", enumerateCtor);
  T_zip = mkType(builtins, "zip", zipCtor);
  T_map = mkType(builtins, "map", mapCtor);
  T_filter = mkType(builtins, "filter", filterCtor);
  T_reversed = mkType(builtins, "reversed", reversedCtor);
  T_list_reverseiterator = newBuiltinType("list_reverseiterator", T_object, K_FIXED);
  T_callable_iterator = newBuiltinType("callable_iterator", T_object, K_FIXED);
}
import { T_range_iterator as T_range_iterator_ } from "../rt/core";
import { intern as intern_ } from "../objects/str";
