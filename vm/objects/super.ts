// super and the methods of `object` (reached through super() or explicitly, e.g.
// object.__setattr__(self, name, value)). Zero-argument super() reads the calling frame: its
// first argument and its `__class__` free variable (a cell the compiler creates for methods that
// mention super or __class__, filled by the class statement through __classcell__).
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, AnyArr_len, Tuple_get_items, Func_is, Builtin_is, Type_is } from "../generated/kernel";
import { T_object, T_method, T_builtin, T_classmethod, T_staticmethod, T_property, T_type, None, NotImplemented, strLit, sbLen, sbLit, sbByte, sbTakeStr, typeOf, mkInt, mkBool } from "../rt/core";
import { raiseTypeError, raiseWith, raiseLit } from "../rt/errors";
import * as E from "./exceptions";
import { newBuiltinType, K_FIXED, isSubtype, addMethod, addAttr } from "./type";
import { dictGetStr, dictSet } from "./dict";
import { strHash, strEqLit, sbStr, intern } from "./str";
import { callerFrame, callObject1 } from "../interp";
import { reprInto, identityHash, typeName, str } from "../ops";
import { genericGetAttr, genericSetAttr, genericDelAttr } from "../attrs";
import { checkArgs } from "../rt/args";
import { formatInto } from "../builtins/format";
import { objectNew, typeNew, typeCall, builtinNew } from "./object";
import * as C from "../rt/core";

export let T_super: anyref = null;

function superCtor(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  let type: anyref, obj: anyref;
  if (n == 0) {
    const f = callerFrame;
    if (is_null(f)) return raiseLit(E.RuntimeError, "super(): no arguments");
    const code = K.Frame_get_code(f);
    const slots = K.Frame_get_slots(f);
    if (K.Code_get_argcount(code) == 0 && (K.Code_get_flags(code) & 4) == 0) return raiseLit(E.RuntimeError, "super(): no arguments");
    obj = AnyArr_get(slots, 0);
    if (K.Cell_is(obj)) obj = K.Cell_get_val(obj);
    if (is_null(obj)) return raiseLit(E.RuntimeError, "super(): arg[0] deleted");
    const names = K.Code_get_varnames(code);
    const nl = K.Code_get_nlocals(code);
    type = null;
    for (let i = nl; i < AnyArr_len(names); i++) {
      if (strEqLit(AnyArr_get(names, i), "__class__")) { const c = AnyArr_get(slots, i); if (K.Cell_is(c)) type = K.Cell_get_val(c); break; }
    }
    if (is_null(type)) return raiseLit(E.RuntimeError, "super(): __class__ cell not found");
  } else if (n == 2) {
    type = AnyArr_get(a, b); obj = AnyArr_get(a, b + 1);
  } else if (n == 1) {
    type = AnyArr_get(a, b); obj = None;
  } else return raiseTypeError(strLit("super() takes at most 2 arguments"));
  if (!Type_is(type)) return raiseTypeError(strLit("super() argument 1 must be a type"));
  const objType = Type_is(obj) && isSubtype(obj, type) ? obj : typeOf(obj);
  if (!ref_eq(obj, None) && !isSubtype(objType, type)) return raiseTypeError(strLit("super(type, obj): obj must be an instance or subtype of type"));
  return K.Wrap_new(T_super, type, obj, objType, 0);
}

export function isSuper(x: anyref): bool { return K.Wrap_is(x) && ref_eq(K.Obj_get_cls(x), T_super); }

/** Attribute lookup on a super object: the MRO of the object's type after `type`. */
export function superGetAttr(s: anyref, name: anyref): anyref {
  const type = K.Wrap_get_a(s), obj = K.Wrap_get_b(s), objType = K.Wrap_get_c(s);
  // the super object's own members
  if (strEqLit(name, "__thisclass__")) return type;
  if (strEqLit(name, "__self__")) return obj;
  if (strEqLit(name, "__self_class__")) return ref_eq(obj, None) ? None : objType;
  const mro = Tuple_get_items(K.Type_get_mro(objType));
  const h = strHash(name);
  let i = 0;
  const n = AnyArr_len(mro);
  while (i < n && !ref_eq(AnyArr_get(mro, i), type)) i++;
  for (i++; i < n; i++) {
    const v = dictGetStr(K.Type_get_dict(AnyArr_get(mro, i)), name, h);
    if (is_null(v)) continue;
    if (ref_eq(obj, None)) return v;
    if (Builtin_is(v) && strEqLit(name, "__new__")) return v;   // a static method
    if (Func_is(v)) return Type_is(obj) && ref_eq(obj, objType) && !ref_eq(typeOf(obj), objType) ? v : K.Method_new(T_method, v, obj);
    if (Builtin_is(v) && is_null(K.Builtin_get_self(v))) { const bm = K.Builtin_new(T_builtin, K.Builtin_get_id(v), K.Builtin_get_name(v), obj); K.Builtin_set_owner(bm, K.Builtin_get_owner(v)); return bm; }
    if (K.Prop_is(v)) {
      const pc = K.Obj_get_cls(v);
      if (ref_eq(pc, T_classmethod)) return K.Method_new(T_method, K.Prop_get_fget(v), objType);
      if (ref_eq(pc, T_staticmethod)) return K.Prop_get_fget(v);
      if (ref_eq(pc, T_property)) return callObject1(K.Prop_get_fget(v), obj);
    }
    return v;
  }
  const m = sbLen; sbLit("'super' object has no attribute '"); sbStr(name); sbByte(39);
  return raiseWith(E.AttributeError, sbTakeStr(m));
}

// ---- object's methods ------------------------------------------------------------------------------
function o_init(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return None; }
function o_repr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const m = sbLen; sbByte(60);
  const t = typeOf(self);
  const mod = K.Type_get_module(t);
  if (!is_null(mod) && K.Str_is(mod) && !strEqLit(mod, "builtins")) { sbStr(mod); sbByte(46); }
  sbStr(K.Type_get_qualname(t)); sbLit(" object at 0x");
  const id = identityHash(self);
  sbHex(<u64>(0x7f0000000000 + id * 16));
  sbByte(62);
  return sbTakeStr(m);
}
function sbHex(v: u64): void {
  for (let k = 44; k >= 0; k -= 4) { const d = <i32>((v >> k) & 15); sbByte(d < 10 ? 48 + d : 87 + d); }
}
function o_str(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  // str/int/float … (also through super() from a subclass) convert as the builtin does
  if (K.Str_is(self) || K.small_is(self) || K.Int_is(self) || K.BigInt_is(self) || K.Bool_is(self) || K.Float_is(self) || K.Complex_is(self)) {
    const saved = setBypass_(self); const r = str(self); setBypass_(saved); return r;
  }
  const m = sbLen; if (!reprInto(self)) return null; return sbTakeStr(m);
}
function o_eq(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__eq__", n, kw, 1, 1)) return null;
  return ref_eq(self, AnyArr_get(a, b)) ? mkBool(true) : NotImplemented;
}
function o_ne(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__ne__", n, kw, 1, 1)) return null;
  return ref_eq(self, AnyArr_get(a, b)) ? mkBool(false) : NotImplemented;
}
function o_hash(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return mkInt(identityHash(self)); }
function o_setattr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__setattr__", n, kw, 2, 2)) return null;
  const name = AnyArr_get(a, b);
  if (!K.Str_is(name)) return raiseTypeError(strLit("attribute name must be string"));
  return genericSetAttr(self, intern(name), AnyArr_get(a, b + 1)) < 0 ? null : None;
}
function o_getattribute(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__getattribute__", n, kw, 1, 1)) return null;
  const name = AnyArr_get(a, b);
  if (!K.Str_is(name)) return raiseTypeError(strLit("attribute name must be string"));
  return genericGetAttr(self, intern(name), false);
}
function o_delattr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__delattr__", n, kw, 1, 1)) return null;
  return genericDelAttr(self, intern(AnyArr_get(a, b))) < 0 ? null : None;
}
function o_format(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__format__", n, kw, 1, 1)) return null;
  const spec = AnyArr_get(a, b);
  if (!K.Str_is(spec)) { const m = sbLen; sbLit("format() argument 2 must be str, not "); sbStr(typeName(spec)); return raiseTypeError(sbTakeStr(m)); }
  // int/float/str/complex (and their subclasses reaching here through super()) format themselves
  if (K.small_is(self) || K.Int_is(self) || K.BigInt_is(self) || K.Bool_is(self) || K.Float_is(self) || K.Str_is(self) || K.Complex_is(self)) {
    const saved = setBypass_(self);
    const m = sbLen;
    const ok = formatInto(self, spec);
    setBypass_(saved);
    if (!ok) { C.sbTruncate(m); return null; }
    return sbTakeStr(m);
  }
  if (K.Str_get_len(spec) > 0) {
    const m = sbLen; sbLit("unsupported format string passed to "); sbStr(typeName(self)); sbLit(".__format__");
    return raiseTypeError(sbTakeStr(m));
  }
  return str(self);
}
/** type.mro(cls): the MRO as a list. */
function typeMroMethod(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("mro", n, kw, 0, 0)) return null;
  const items = Tuple_get_items(K.Type_get_mro(self));
  const n2 = AnyArr_len(items);
  const c = K.AnyArr_new(n2); K.AnyArr_copy(c, 0, items, 0, n2);
  return listFromArr_(c, n2);
}
import { listFromArr as listFromArr_ } from "./list";
function o_init_subclass(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nk = is_null(kw) ? 0 : AnyArr_len(Tuple_get_items(kw));
  if (nk > 0 || n > 1) {
    const cls = Type_is(self) ? self : n > 0 && Type_is(AnyArr_get(a, b)) ? AnyArr_get(a, b) : null;
    const m = sbLen;
    if (!is_null(cls)) { sbStr(K.Type_get_name(cls)); sbByte(46); }
    sbLit(nk > 0 ? "__init_subclass__() takes no keyword arguments" : "__init_subclass__() takes no arguments (1 given)");
    return raiseTypeError(sbTakeStr(m));
  }
  return None;
}

// ---- functions as descriptors, and the method type's constructor -----------------------------------
/** function.__get__(obj, type=None): a bound method (the function itself when obj is None). */
function f_get(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__get__", n, kw, 1, 2)) return null;
  const obj = AnyArr_get(a, b);
  if (ref_eq(obj, None)) {
    if (n == 2 && !ref_eq(AnyArr_get(a, b + 1), None)) return self;
    if (n < 2) return raiseTypeError(strLit("__get__(None, None) is invalid"));
    return raiseTypeError(strLit("__get__(None, None) is invalid"));
  }
  return K.Method_new(T_method, self, obj);
}
/** types.MethodType(func, obj) */
function methodCtor(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("method", n, kw, 2, 2)) return null;
  const f = AnyArr_get(a, b), obj = AnyArr_get(a, b + 1);
  if (!isCallable_(f)) return raiseTypeError(strLit("first argument must be callable"));
  if (ref_eq(obj, None)) return raiseTypeError(strLit("instance must not be None"));
  return K.Method_new(T_method, f, obj);
}
function isCallable_(f: anyref): bool {
  if (Func_is(f) || Builtin_is(f) || Type_is(f) || K.Method_is(f)) return true;
  if (K.small_is(f)) return false;
  const c = typeLookup_(K.Obj_get_cls(f), N_call_());
  return !is_null(c);
}
import { typeLookup as typeLookup_ } from "./type";
import { N_call as N_call__ } from "../rt/names";
import { T_function as T_function_ } from "../rt/core";
function N_call_(): anyref { return N_call__; }

export function initSuper(builtins: anyref): void {
  addMethod(T_function_, "__get__", f_get);
  K.Type_set_slots(T_method, K.Builtin_new(T_builtin, changetype<i32>(methodCtor), K.Type_get_name(T_method), null));
  T_super = newBuiltinType("super", T_object, K_FIXED);
  K.Type_set_slots(T_super, K.Builtin_new(T_builtin, changetype<i32>(superCtor), K.Type_get_name(T_super), null));
  dictSet(builtins, K.Type_get_name(T_super), T_super);
  const o = T_object;
  addMethod(o, "__init__", o_init);
  addMethod(o, "__repr__", o_repr);
  addMethod(o, "__str__", o_str);
  addMethod(o, "__eq__", o_eq);
  addMethod(o, "__ne__", o_ne);
  addMethod(o, "__hash__", o_hash);
  addMethod(o, "__setattr__", o_setattr);
  addMethod(o, "__getattribute__", o_getattribute);
  addMethod(o, "__delattr__", o_delattr);
  addMethod(o, "__format__", o_format);
  // __init_subclass__ is an implicit classmethod: stored as a classmethod wrapper
  const f = K.Builtin_new(T_builtin, changetype<i32>(o_init_subclass), intern(strLit("__init_subclass__")), None);
  addAttr(o, "__init_subclass__", K.Prop_new(T_classmethod, f, None, None, None));
  addMethod(o, "__new__", objectNew);
  addMethod(T_type, "__new__", typeNew);
  addMethod(T_type, "__call__", typeCall);
  addMethod(T_type, "mro", typeMroMethod);
  addMethod(C.T_int, "__new__", builtinNew); addMethod(C.T_float, "__new__", builtinNew); addMethod(C.T_str, "__new__", builtinNew);
  addMethod(C.T_tuple, "__new__", builtinNew); addMethod(C.T_frozenset, "__new__", builtinNew);
  addMethod(C.T_list, "__new__", builtinNew); addMethod(C.T_dict, "__new__", builtinNew); addMethod(C.T_set, "__new__", builtinNew);
}
import { setBypass as setBypass_ } from "../ops";
