// dir(): the sorted attribute names of an object (instance dict, its class and the class's MRO),
// of a class (its MRO), of a module (its dict), or of the current globals with no argument.
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, AnyArr_len, Tuple_get_items, Str_is } from "../generated/kernel";
import { None, T_object, T_type, strLit, typeOf, exc } from "../rt/core";
import { checkArgs } from "../rt/args";
import { intern } from "../objects/str";
import { dictNew, dictNext, dictKeyAt, dictSet, dictLen } from "../objects/dict";
import { listNew, listAppend, listLen } from "../objects/list";
import { userDunder, iterableToArray } from "../ops";
import { instanceDict } from "../attrs";
import { callObject1 } from "../interp";
import { sortArray } from "../objects/sort";
import { TF_HEAP } from "../objects/type";
import { currentGlobals } from "../index";

// what object's own namespace contributes in CPython
const OBJECT_NAMES: StaticArray<string> = [
  "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__gt__",
  "__getstate__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
  "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];
// what a class statement adds to every user class
const CLASS_NAMES: StaticArray<string> = ["__dict__", "__module__", "__weakref__", "__doc__"];

function addKeys(set: anyref, d: anyref): bool {
  if (is_null(d)) return true;
  let i = dictNext(d, 0);
  while (i >= 0) {
    const k = dictKeyAt(d, i);
    if (Str_is(k) && dictSet(set, k, None) < 0) return false;
    i = dictNext(d, i + 1);
  }
  return true;
}
function addMro(set: anyref, cls: anyref): bool {
  const mro = Tuple_get_items(K.Type_get_mro(cls));
  for (let i = 0; i < AnyArr_len(mro); i++) {
    const c = AnyArr_get(mro, i);
    if (!addKeys(set, K.Type_get_dict(c))) return false;
    if (ref_eq(c, T_object)) for (let j = 0; j < OBJECT_NAMES.length; j++) dictSet(set, intern(strLit(OBJECT_NAMES[j])), None);
    if ((K.Type_get_flags(c) & TF_HEAP) != 0) for (let j = 0; j < CLASS_NAMES.length; j++) dictSet(set, intern(strLit(CLASS_NAMES[j])), None);
  }
  return true;
}
function sortedKeys(set: anyref): anyref {
  const l = listNew(dictLen(set));
  let i = dictNext(set, 0);
  while (i >= 0) { listAppend(l, dictKeyAt(set, i)); i = dictNext(set, i + 1); }
  const items = K.List_get_items(l);
  if (!sortArray(items, listLen(l), null, false)) return null;
  return l;
}

export function b_dir(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("dir", n, kw, 0, 1)) return null;
  const set = dictNew();
  if (n == 0) {
    if (!addKeys(set, currentGlobals())) return null;
    return sortedKeys(set);
  }
  const x = AnyArr_get(a, b);
  const user = userDunder(x, intern(strLit("__dir__")));
  if (!is_null(user)) {
    const r = callObject1(user, x);
    if (is_null(r)) return null;
    const items = iterableToArray(r);
    if (is_null(items)) return null;
    for (let i = 0; i < AnyArr_len(items); i++) if (dictSet(set, AnyArr_get(items, i), None) < 0) return null;
    return sortedKeys(set);
  }
  if (K.Module_is(x)) { if (!addKeys(set, K.Module_get_dict(x))) return null; return sortedKeys(set); }
  if (K.Type_is(x)) {
    if (!addMro(set, x)) return null;
    return sortedKeys(set);
  }
  if (!addKeys(set, instanceDict(x, false))) return null;
  if (!addMro(set, typeOf(x))) return null;
  return sortedKeys(set);
}
