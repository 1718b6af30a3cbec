// Interned names the VM looks up itself (dunder methods, attribute names). Created once at
// start-up so that lookups compare by identity first.
import { intern } from "../objects/str";
import { strLit } from "./core";

export let N_init: anyref = null;
export let N_new: anyref = null;
export let N_repr: anyref = null;
export let N_str: anyref = null;
export let N_hash: anyref = null;
export let N_eq: anyref = null;
export let N_ne: anyref = null;
export let N_lt: anyref = null;
export let N_le: anyref = null;
export let N_gt: anyref = null;
export let N_ge: anyref = null;
export let N_bool: anyref = null;
export let N_len: anyref = null;
export let N_getitem: anyref = null;
export let N_setitem: anyref = null;
export let N_delitem: anyref = null;
export let N_contains: anyref = null;
export let N_iter: anyref = null;
export let N_next: anyref = null;
export let N_call: anyref = null;
export let N_getattr: anyref = null;
export let N_getattribute: anyref = null;
export let N_setattr: anyref = null;
export let N_delattr: anyref = null;
export let N_get: anyref = null;
export let N_set: anyref = null;
export let N_delete: anyref = null;
export let N_enter: anyref = null;
export let N_exit: anyref = null;
export let N_index: anyref = null;
export let N_int: anyref = null;
export let N_float: anyref = null;
export let N_neg: anyref = null;
export let N_pos: anyref = null;
export let N_invert: anyref = null;
export let N_abs: anyref = null;
export let N_format: anyref = null;
export let N_name: anyref = null;
export let N_qualname: anyref = null;
export let N_module: anyref = null;
export let N_doc: anyref = null;
export let N_dict: anyref = null;
export let N_class: anyref = null;
export let N_args: anyref = null;
export let N_main: anyref = null;
export let N_builtins: anyref = null;
export let N_annotations: anyref = null;
export let N_build_class: anyref = null;
export let N_classcell: anyref = null;
export let N_mro_entries: anyref = null;
export let N_set_name: anyref = null;
export let N_init_subclass: anyref = null;
export let N_reversed: anyref = null;
export let N_missing: anyref = null;
export let N_value: anyref = null;
export let N_slots: anyref = null;
export let N_bases: anyref = null;
export let N_mro: anyref = null;

// Binary operator dunders, indexed by operator number (objects/int.ts OP_*).
export let N_binop: anyref = null;   // AnyArr of names: __add__ …
export let N_rbinop: anyref = null;  // __radd__ …
export let N_ibinop: anyref = null;  // __iadd__ …

import { AnyArr_new, AnyArr_set } from "../generated/kernel";
function n(s: string): anyref { return intern(strLit(s)); }

export function initNames(): void {
  N_init = n("__init__"); N_new = n("__new__"); N_repr = n("__repr__"); N_str = n("__str__"); N_hash = n("__hash__");
  N_eq = n("__eq__"); N_ne = n("__ne__"); N_lt = n("__lt__"); N_le = n("__le__"); N_gt = n("__gt__"); N_ge = n("__ge__");
  N_bool = n("__bool__"); N_len = n("__len__"); N_getitem = n("__getitem__"); N_setitem = n("__setitem__");
  N_delitem = n("__delitem__"); N_contains = n("__contains__"); N_iter = n("__iter__"); N_next = n("__next__");
  N_call = n("__call__"); N_getattr = n("__getattr__"); N_getattribute = n("__getattribute__"); N_setattr = n("__setattr__");
  N_delattr = n("__delattr__"); N_get = n("__get__"); N_set = n("__set__"); N_delete = n("__delete__");
  N_enter = n("__enter__"); N_exit = n("__exit__"); N_index = n("__index__"); N_int = n("__int__"); N_float = n("__float__");
  N_neg = n("__neg__"); N_pos = n("__pos__"); N_invert = n("__invert__"); N_abs = n("__abs__"); N_format = n("__format__");
  N_name = n("__name__"); N_qualname = n("__qualname__"); N_module = n("__module__"); N_doc = n("__doc__");
  N_dict = n("__dict__"); N_class = n("__class__"); N_args = n("args"); N_main = n("__main__"); N_builtins = n("__builtins__");
  N_annotations = n("__annotations__"); N_build_class = n("__build_class__"); N_classcell = n("__classcell__");
  N_mro_entries = n("__mro_entries__"); N_set_name = n("__set_name__"); N_init_subclass = n("__init_subclass__");
  N_reversed = n("__reversed__"); N_missing = n("__missing__"); N_value = n("value"); N_slots = n("__slots__");
  N_bases = n("__bases__"); N_mro = n("__mro__");
  const b = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"];
  N_binop = AnyArr_new(13); N_rbinop = AnyArr_new(13); N_ibinop = AnyArr_new(13);
  for (let i = 0; i < 13; i++) {
    AnyArr_set(N_binop, i, n("__" + b[i] + "__"));   // start-up only: AS string concat allocates once
    AnyArr_set(N_rbinop, i, n("__r" + b[i] + "__"));
    AnyArr_set(N_ibinop, i, n("__i" + b[i] + "__"));
  }
}
