// Subscripting a class: cls[key] calls cls.__class_getitem__(key) (PEP 560); the builtin
// containers answer with types.GenericAlias (list[int], dict[str, int]); other classes are not
// subscriptable ("type 'C' is not subscriptable").
import * as K from "../generated/kernel";
import { is_null, ref_eq } from "../generated/kernel";
import { T_list, T_dict, T_tuple, T_set, T_frozenset, T_type, T_classmethod, T_staticmethod, sbLen, sbLit, sbTakeStr, strLit } from "../rt/core";
import { raiseTypeError } from "../rt/errors";
import { typeLookup } from "./type";
import { intern, sbStr } from "./str";
import { callObject1, callObject2 } from "../interp";
import { getAttr } from "../attrs";
import { importOne } from "../builtins/modules";

let N_class_getitem: anyref = null;

export function classGetItem(cls: anyref, key: anyref): anyref {
  if (is_null(N_class_getitem)) N_class_getitem = intern(strLit("__class_getitem__"));
  const f = typeLookup(cls, N_class_getitem);
  if (!is_null(f)) {
    if (K.Prop_is(f) && ref_eq(K.Obj_get_cls(f), T_staticmethod)) return callObject1(K.Prop_get_fget(f), key);
    if (K.Prop_is(f) && ref_eq(K.Obj_get_cls(f), T_classmethod)) return callObject2(K.Prop_get_fget(f), cls, key);
    return callObject2(f, cls, key);
  }
  if (ref_eq(cls, T_list) || ref_eq(cls, T_dict) || ref_eq(cls, T_tuple) || ref_eq(cls, T_set) || ref_eq(cls, T_frozenset) || ref_eq(cls, T_type)) {
    const m = importOne(intern(strLit("types")), null);
    if (is_null(m)) return null;
    const ga = getAttr(m, intern(strLit("GenericAlias")));
    if (is_null(ga)) return null;
    return callObject2(ga, cls, key);
  }
  const m = sbLen; sbLit("type '"); sbStr(K.Type_get_name(cls)); sbLit("' is not subscriptable");
  return raiseTypeError(sbTakeStr(m));
}

// ---- slice.indices(length) ------------------------------------------------------------------------
import { AnyArr_get } from "../generated/kernel";
import { T_slice, exc, mkInt } from "../rt/core";
import { checkArgs } from "../rt/args";
import { addMethod, tupleOf } from "./type";
import { indexValue, resolveSlice, sliceStart, sliceStop, sliceStep } from "../ops";
import { raiseWith } from "../rt/errors";
import * as E from "./exceptions";
function sliceIndices(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("indices", n, kw, 1, 1)) return null;
  const len = indexValue(AnyArr_get(a, b));
  if (!is_null(exc)) return null;
  if (len < 0) return raiseWith(E.ValueError, strLit("length should not be negative"));
  if (!resolveSlice(self, len)) return null;
  const t = K.AnyArr_new(3);
  K.AnyArr_set(t, 0, mkInt(sliceStart)); K.AnyArr_set(t, 1, mkInt(sliceStop)); K.AnyArr_set(t, 2, mkInt(sliceStep));
  return tupleOf(t);
}
/** slice(stop) / slice(start, stop[, step]) */
function sliceCtor(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("slice", n, kw, 1, 3)) return null;
  if (n == 1) return K.Slice_new(T_slice, None, AnyArr_get(a, b), None);
  return K.Slice_new(T_slice, AnyArr_get(a, b), AnyArr_get(a, b + 1), n == 3 ? AnyArr_get(a, b + 2) : None);
}
export function registerGenericMethods(): void {
  addMethod(T_slice, "indices", sliceIndices);
  K.Type_set_slots(T_slice, K.Builtin_new(T_builtin, changetype<i32>(sliceCtor), K.Type_get_name(T_slice), null));
  dictSet(builtinsDict, K.Type_get_name(T_slice), T_slice);
}
import { None, T_builtin } from "../rt/core";
import { dictSet } from "./dict";
import { builtinsDict } from "../builtins/builtins";

// ---- __next__ / __iter__ of the VM's native iterators (list/tuple/str/range/dict/set/bytes
// iterators, enumerate, zip, map, filter, reversed, callable_iterator) -----------------------------
import { isIterWrap } from "../builtins/iters";
import { isExtIter } from "./ext";
import { iterNext } from "../ops";
import { intern as intern2 } from "./str";
export function isNativeIterator(x: anyref): bool {
  return K.SeqIter_is(x) || K.RangeIter_is(x) || (K.Wrap_is(x) && isIterWrap(x)) || (K.obj_is(x) && isExtIter(x));
}
function it_next(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__next__", n, kw, 0, 0)) return null;
  const v = iterNext(self);
  if (is_null(v) && is_null(exc)) return raiseWith(E.StopIteration, null);
  return v;
}
function it_iter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__iter__", n, kw, 0, 0)) return null;
  return self;
}
/** The bound __next__/__iter__ of a native iterator; null for other names. */
export function nativeIteratorAttr(x: anyref, name: anyref): anyref {
  if (strEqLit_(name, "__next__")) return K.Builtin_new(T_builtin, changetype<i32>(it_next), intern2(strLit("__next__")), x);
  if (strEqLit_(name, "__iter__")) return K.Builtin_new(T_builtin, changetype<i32>(it_iter), intern2(strLit("__iter__")), x);
  return null;
}
import { strEqLit as strEqLit_ } from "./str";

// ---- module objects (types.ModuleType(name, doc=None)), the `builtins` module, __import__ ---------
import { T_module, None as None_, T_builtin as T_builtin_ } from "../rt/core";
import { dictNew as dictNew_, dictSet as dictSet_ } from "./dict";
import { typeName } from "../ops";
import { importModule } from "../builtins/modules";
import { newBuiltinFn } from "./type";
import { bindArgs, ARG0, ARG1, ARG3, ARG4 } from "../rt/args";

/** module(name, doc=None): a fresh module with CPython's initial namespace. */
function moduleCtor(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!bindArgs("module", a, b, n, kw, 1, 2, "name", "doc", "")) return null;
  const name = ARG0, doc = is_null(ARG1) ? None_ : ARG1;
  if (!K.Str_is(name)) {
    const m = sbLen; sbLit("module() argument 'name' must be str, not "); sbStr(typeName(name));
    return raiseTypeError(sbTakeStr(m));
  }
  const d = dictNew_();
  dictSet_(d, intern(strLit("__name__")), name);
  dictSet_(d, intern(strLit("__doc__")), doc);
  dictSet_(d, intern(strLit("__package__")), None_);
  dictSet_(d, intern(strLit("__loader__")), None_);
  dictSet_(d, intern(strLit("__spec__")), None_);
  return K.Module_new(T_module, d, name);
}

/** __import__(name, globals=None, locals=None, fromlist=(), level=0): the IMPORT_NAME machinery. */
function b_import(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!bindArgs("__import__", a, b, n, kw, 1, 5, "name", "globals", "locals", "fromlist", "level")) return null;
  const name = ARG0, fromlist = ARG3;
  if (!K.Str_is(name)) return raiseTypeError(strLit("module name must be a string"));
  const globals = !is_null(ARG1) && K.Dict_is(ARG1) ? ARG1 : null;
  const level = is_null(ARG4) ? K.small_new(0) : ARG4;
  if (K.small_is(level) && K.small_get(level) < 0) { raiseValueError_(strLit("level must be >= 0")); return null; }
  if (K.Str_get_len(name) == 0 && (!K.small_is(level) || K.small_get(level) == 0)) { raiseValueError_(strLit("Empty module name")); return null; }
  return importModule(name, is_null(fromlist) ? None_ : fromlist, level, globals);
}
import { raiseValueError as raiseValueError_ } from "../rt/errors";

/** The `builtins` module: its namespace is the builtins dict itself, as in CPython. */
export function builtinsModule(): anyref { return K.Module_new(T_module, builtinsDict, intern(strLit("builtins"))); }

export function registerModuleType(): void {
  K.Type_set_slots(T_module, K.Builtin_new(T_builtin_, changetype<i32>(moduleCtor), K.Type_get_name(T_module), null));
  dictSet_(builtinsDict, intern(strLit("__import__")), newBuiltinFn("__import__", b_import, None_));
}
