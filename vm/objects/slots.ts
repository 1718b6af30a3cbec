// The dunder methods of the builtin types (list.__getitem__, dict.__setitem__, int.__add__ …), so
// that `super().__setitem__(k, v)` in a subclass, `int.__add__(1, 2)` and `dir(list)` work.
// Each native runs the builtin behaviour of the generic protocol in ops.ts on `self` with
// `ops.bypassUser` set to self, which makes ops ignore self's user-defined overrides (otherwise
// MyDict.__setitem__ → super().__setitem__ → setItem → MyDict.__setitem__ would loop).
// Natives here never replace an entry a type file registered itself.
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, Type_get_dict } from "../generated/kernel";
import * as C from "../rt/core";
import { None, NotImplemented, mkInt, mkBool, strLit } from "../rt/core";
import { checkArgs } from "../rt/args";
import { addMethod, Native } from "./type";
import { dictGetStr } from "./dict";
import { intern, strHash } from "./str";
import {
  setBypass, getItem, setItem, delItem, lenOf, contains, getIter, repr, str, hashOf, richCompare, truthy, binaryOp, unaryOp,
  UN_NEG, UN_POS, UN_INVERT, CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE,
} from "../ops";

// run `f` on self with its user overrides bypassed
let saved: anyref = null;
function enter(self: anyref): void { saved = setBypass(self); }
function leave(): void { setBypass(saved); }

function s_getitem(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__getitem__", n, kw, 1, 1)) return null;
  enter(self); const r = getItem(self, AnyArr_get(a, b)); leave(); return r;
}
function s_setitem(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__setitem__", n, kw, 2, 2)) return null;
  enter(self); const r = setItem(self, AnyArr_get(a, b), AnyArr_get(a, b + 1)); leave(); return r < 0 ? null : None;
}
function s_delitem(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__delitem__", n, kw, 1, 1)) return null;
  enter(self); const r = delItem(self, AnyArr_get(a, b)); leave(); return r < 0 ? null : None;
}
function s_len(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__len__", n, kw, 0, 0)) return null;
  enter(self); const r = lenOf(self); leave(); return r < 0 ? null : mkInt(r);
}
function s_contains(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__contains__", n, kw, 1, 1)) return null;
  enter(self); const r = contains(self, AnyArr_get(a, b)); leave(); return r < 0 ? null : mkBool(r != 0);
}
function s_iter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__iter__", n, kw, 0, 0)) return null;
  enter(self); const r = getIter(self); leave(); return r;
}
function s_repr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__repr__", n, kw, 0, 0)) return null;
  enter(self); const r = repr(self); leave(); return r;
}
function s_hash(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__hash__", n, kw, 0, 0)) return null;
  enter(self); const h = hashOf(self); leave();
  if (h == -1 && !is_null(C.exc)) return null;
  return mkInt(h);
}
function s_bool(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__bool__", n, kw, 0, 0)) return null;
  enter(self); const r = truthy(self); leave(); return r < 0 ? null : mkBool(r != 0);
}
function cmp(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, op: i32): anyref {
  if (!checkArgs("comparison", n, kw, 1, 1)) return null;
  // int's comparisons do not take floats (float's reflected ones do): (1).__eq__(1.0) is NotImplemented
  const o = AnyArr_get(a, b);
  if (K.Float_is(o) && !K.Float_is(self) && (K.small_is(self) || K.Int_is(self) || K.BigInt_is(self) || K.Bool_is(self))) return NotImplemented;
  // a builtin's comparison with an object of another kind is NotImplemented ('ab'.__eq__(1))
  if (kindOf(self) != kindOf(o)) return NotImplemented;
  enter(self); const r = richCompare(self, AnyArr_get(a, b), op); leave();
  if (is_null(r) && K.Exc_is(C.exc) && isTypeError(C.exc)) { C.clearExc(); return NotImplemented; }
  return r;
}
import { isSubtype } from "./type";
import * as E from "./exceptions";
function isTypeError(e: anyref): bool { return isSubtype(K.Obj_get_cls(e), E.TypeError); }
function s_eq(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return cmp(self, a, b, n, kw, CMP_EQ); }
function s_ne(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return cmp(self, a, b, n, kw, CMP_NE); }
function s_lt(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return cmp(self, a, b, n, kw, CMP_LT); }
function s_le(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return cmp(self, a, b, n, kw, CMP_LE); }
function s_gt(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return cmp(self, a, b, n, kw, CMP_GT); }
function s_ge(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return cmp(self, a, b, n, kw, CMP_GE); }

/** A binary operator dunder: NotImplemented when the builtin behaviour does not apply. */
function bin(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, op: i32, reflected: bool): anyref {
  if (!checkArgs("operator", n, kw, 1, 1)) return null;
  const other = AnyArr_get(a, b);
  // int's operators do not take floats (int.__add__(1, 2.5) is NotImplemented; float.__radd__ does it)
  if (K.Float_is(other) && !K.Float_is(self) && (K.small_is(self) || K.Int_is(self) || K.BigInt_is(self) || K.Bool_is(self))) return NotImplemented;
  enter(self);
  const r = reflected ? binaryOp(other, self, op) : binaryOp(self, other, op);
  leave();
  if (is_null(r) && K.Exc_is(C.exc) && isTypeError(C.exc) && isUnsupported(C.exc)) { C.clearExc(); return NotImplemented; }
  return r;
}
/** Only "unsupported operand type(s)" TypeErrors become NotImplemented. */
function isUnsupported(e: anyref): bool {
  const args = K.Tuple_get_items(K.Exc_get_args(e));
  if (K.AnyArr_len(args) != 1 || !K.Str_is(AnyArr_get(args, 0))) return false;
  const s = AnyArr_get(args, 0);
  // (sequence concatenation/repetition errors are raised by the wrappers themselves, as sq_concat does)
  return startsWithLit(s, "unsupported operand");
}
function startsWithLit(s: anyref, lit: string): bool {
  const d = K.Str_get_data(s);
  if (K.Bytes_len(d) < lit.length) return false;
  for (let i = 0; i < lit.length; i++) if (K.Bytes_get(d, i) != <i32>lit.charCodeAt(i)) return false;
  return true;
}
/** int/float __divmod__ and __rdivmod__: (x // y, x % y) for numbers, NotImplemented otherwise. */
function divm(self: anyref, a: anyref, b: i32, n: i32, kw: anyref, reflected: bool): anyref {
  if (!checkArgs("operator", n, kw, 1, 1)) return null;
  const other = AnyArr_get(a, b);
  const selfFloat = K.Float_is(self);
  const otherNum = K.small_is(other) || K.Int_is(other) || K.BigInt_is(other) || K.Bool_is(other) || K.Float_is(other);
  if (!otherNum || (K.Float_is(other) && !selfFloat)) return NotImplemented;
  const x = reflected ? other : self, y = reflected ? self : other;
  if (selfFloat) {
    const yz = K.Float_is(y) ? K.Float_get_val(y) == 0 : K.small_is(y) ? K.small_get(y) == 0 : K.Bool_is(y) ? K.Bool_get_val(y) == 0 : false;
    if (yz) return raiseZeroDivision_("float divmod()");
  }
  enter(self);
  const q = binaryOp(x, y, 4);
  let r: anyref = null;
  if (!is_null(q)) r = binaryOp(x, y, 5);
  leave();
  if (is_null(q) || is_null(r)) return null;
  const t = K.AnyArr_new(2); K.AnyArr_set(t, 0, q); K.AnyArr_set(t, 1, r);
  return tupleOf_(t);
}
import { raiseZeroDivision as raiseZeroDivision_ } from "../rt/errors";
import { tupleOf as tupleOf_ } from "./type";
function s_divmod(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return divm(self, a, b, n, kw, false); }
function s_rdivmod(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return divm(self, a, b, n, kw, true); }
function s_add(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 0, false); }
function s_sub(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 1, false); }
function s_mul(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 2, false); }
function s_truediv(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 3, false); }
function s_floordiv(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 4, false); }
function s_mod(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 5, false); }
function s_pow(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 6, false); }
function s_lshift(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 7, false); }
function s_rshift(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 8, false); }
function s_and(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 9, false); }
function s_or(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 10, false); }
function s_xor(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 11, false); }
function s_radd(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 0, true); }
function s_rsub(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 1, true); }
function s_rmul(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 2, true); }
function s_rtruediv(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 3, true); }
function s_rfloordiv(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 4, true); }
function s_rmod(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 5, true); }
function s_rpow(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 6, true); }
function s_rlshift(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 7, true); }
function s_rrshift(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 8, true); }
function s_rand(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 9, true); }
function s_ror(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 10, true); }
function s_rxor(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 11, true); }
function s_iadd(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 16, false); }
function s_imul(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return bin(self, a, b, n, kw, 18, false); }
function un(self: anyref, n: i32, kw: anyref, which: i32): anyref {
  if (!checkArgs("operator", n, kw, 0, 0)) return null;
  enter(self); const r = unaryOp(self, which); leave(); return r;
}
function s_neg(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return un(self, n, kw, UN_NEG); }
function s_pos(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return un(self, n, kw, UN_POS); }
function s_invert(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return un(self, n, kw, UN_INVERT); }

function add(t: anyref, name: string, fn: Native): void {
  const nm = intern(strLit(name));
  if (!is_null(dictGetStr(Type_get_dict(t), nm, strHash(nm)))) return;
  addMethod(t, name, fn);
}
function addCompare(t: anyref): void {
  add(t, "__eq__", s_eq); add(t, "__ne__", s_ne); add(t, "__lt__", s_lt); add(t, "__le__", s_le); add(t, "__gt__", s_gt); add(t, "__ge__", s_ge);
}
function addSequence(t: anyref, mutable: bool): void {
  add(t, "__getitem__", s_getitem); add(t, "__len__", s_len); add(t, "__contains__", s_contains); add(t, "__iter__", s_iter);
  add(t, "__repr__", s_repr); addCompare(t);
  add(t, "__add__", s_add); add(t, "__mul__", s_mul); add(t, "__rmul__", s_rmul);
  if (mutable) { add(t, "__setitem__", s_setitem); add(t, "__delitem__", s_delitem); add(t, "__iadd__", s_iadd); add(t, "__imul__", s_imul); }
  else add(t, "__hash__", s_hash);
}
function addNumber(t: anyref, integer: bool): void {
  add(t, "__add__", s_add); add(t, "__sub__", s_sub); add(t, "__mul__", s_mul); add(t, "__truediv__", s_truediv);
  add(t, "__floordiv__", s_floordiv); add(t, "__mod__", s_mod); add(t, "__pow__", s_pow);
  add(t, "__radd__", s_radd); add(t, "__rsub__", s_rsub); add(t, "__rmul__", s_rmul); add(t, "__rtruediv__", s_rtruediv);
  add(t, "__rfloordiv__", s_rfloordiv); add(t, "__rmod__", s_rmod); add(t, "__rpow__", s_rpow);
  add(t, "__divmod__", s_divmod); add(t, "__rdivmod__", s_rdivmod);
  add(t, "__neg__", s_neg); add(t, "__pos__", s_pos); add(t, "__bool__", s_bool); add(t, "__hash__", s_hash);
  add(t, "__repr__", s_repr); addCompare(t);
  if (integer) {
    add(t, "__lshift__", s_lshift); add(t, "__rshift__", s_rshift); add(t, "__and__", s_and); add(t, "__or__", s_or); add(t, "__xor__", s_xor);
    add(t, "__rlshift__", s_rlshift); add(t, "__rrshift__", s_rrshift); add(t, "__rand__", s_rand); add(t, "__ror__", s_ror); add(t, "__rxor__", s_rxor);
    add(t, "__invert__", s_invert);
  }
}

export function registerBuiltinSlots(): void {
  addSequence(C.T_list, true);
  addSequence(C.T_tuple, false);
  addSequence(C.T_str, false);
  add(C.T_str, "__mod__", s_mod); add(C.T_str, "__rmod__", s_rmod);
  addSequence(C.T_bytes, false); addSequence(C.T_bytearray, true);
  add(C.T_bytes, "__mod__", s_mod); add(C.T_bytes, "__rmod__", s_rmod);
  add(C.T_bytearray, "__mod__", s_mod); add(C.T_bytearray, "__rmod__", s_rmod);
  // dict: mapping protocol, | and |=
  const d = C.T_dict;
  add(d, "__getitem__", s_getitem); add(d, "__setitem__", s_setitem); add(d, "__delitem__", s_delitem); add(d, "__len__", s_len);
  add(d, "__contains__", s_contains); add(d, "__iter__", s_iter); add(d, "__repr__", s_repr); add(d, "__or__", s_or);
  add(d, "__eq__", s_eq); add(d, "__ne__", s_ne);
  for (let k = 0; k < 2; k++) {
    const s = k == 0 ? C.T_set : C.T_frozenset;
    add(s, "__len__", s_len); add(s, "__contains__", s_contains); add(s, "__iter__", s_iter); add(s, "__repr__", s_repr);
    add(s, "__or__", s_or); add(s, "__and__", s_and); add(s, "__sub__", s_sub); add(s, "__xor__", s_xor); addCompare(s);
  }
  addNumber(C.T_int, true);
  addNumber(C.T_float, false);
  add(C.T_range, "__getitem__", s_getitem); add(C.T_range, "__len__", s_len); add(C.T_range, "__contains__", s_contains);
  add(C.T_range, "__iter__", s_iter); add(C.T_range, "__repr__", s_repr);
  add(C.T_complex, "__repr__", s_repr);
}

/** Comparison families of the builtin types (numbers compare across int/float/bool). */
function kindOf(x: anyref): i32 {
  if (K.small_is(x) || K.Int_is(x) || K.BigInt_is(x) || K.Bool_is(x) || K.Float_is(x)) return 1;
  if (K.Str_is(x)) return 2;
  if (K.List_is(x)) return 3;
  if (K.Tuple_is(x)) return 4;
  if (K.Dict_is(x)) return 5;
  if (K.Set_is(x)) return 6;
  if (K.BytesObj_is(x) || K.ByteArray_is(x)) return 7;
  if (K.Complex_is(x)) return 1;   // complex == int/float is defined
  if (K.Range_is(x)) return 9;
  return 0;
}
