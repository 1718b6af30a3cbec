// Attribute access: getattr/setattr/delattr and LOAD_METHOD's unbound-method fast path.
// Order for instances (CPython's generic getattr): data descriptors on the class (property),
// then the instance dict, then other class attributes (functions bind to the instance), then
// __getattr__. Class objects look along their own MRO.
import * as K from "./generated/kernel";
import { is_null, ref_eq, small_is, Type_is, Func_is, Builtin_is, Module_is, Inst_is, Exc_is } from "./generated/kernel";
import { T_method, T_builtin, T_property, T_classmethod, T_staticmethod, T_object, T_type, None, exc, clearExc, sbLen, sbLit, sbByte, sbTakeStr, typeOf, mkInt, strLit, T_tuple } from "./rt/core";
import { raiseWith, raiseTypeError } from "./rt/errors";
import * as E from "./objects/exceptions";
import * as N from "./rt/names";
import { typeLookup, TF_HEAP, TF_SLOTS, isSubtype, tupleOf, invalidateTypeCache } from "./objects/type";
import { slotAllowed } from "./objects/object";
import { dictCopy as dictCopy_ } from "./objects/dict";
import { dictNew, dictGetStr, dictSetH, dictDel, dictSet } from "./objects/dict";
import { strHash, sbStr, strEqLit } from "./objects/str";
import { callObject, callObject1, callObject2 } from "./interp";
import { typeName, userDunder } from "./ops";
import { codeOrCellAttr, isExtraCodeAttr } from "./builtins/introspect";

export let methodSelf: bool = false;

/** The instance dict of x, creating it when the object can have one; null if none. */
export function instanceDict(x: anyref, create: bool): anyref {
  if (Inst_is(x)) {
    let d = K.Inst_get_dict(x);
    if (is_null(d) && create) { d = dictNew(); K.Inst_set_dict(x, d); }
    return d;
  }
  if (Exc_is(x)) {
    let d = K.Exc_get_dict(x);
    if (is_null(d) && create) { d = dictNew(); K.Exc_set_dict(x, d); }
    return d;
  }
  if (Func_is(x)) {
    let d = K.Func_get_dict(x);
    if (is_null(d) && create) { d = dictNew(); K.Func_set_dict(x, d); }
    return d;
  }
  if (Module_is(x)) return K.Module_get_dict(x);
  if (K.Dict_is(x) && (K.Type_get_flags(K.Obj_get_cls(x)) & TF_HEAP) != 0) {
    // an instance of a dict subclass (defaultdict, Counter, user classes) has attributes too
    let d = K.Dict_get_attrs(x);
    if (is_null(d) && create) { d = dictNew(); K.Dict_set_attrs(x, d); }
    return d;
  }
  // instances of other builtin-type subclasses (list, int, str, tuple …): a side table
  if (!small_is(x) && K.obj_is(x) && !Type_is(x) && (K.Type_get_flags(K.Obj_get_cls(x)) & TF_HEAP) != 0) return sideDict(x, create);
  return null;
}
import { sideDict } from "./objects/sidedict";
import { raiseTypeError as raiseTypeError_ } from "./rt/errors";
import { iterableToArray as iterableToArray_, truthy as truthy_ } from "./ops";
import { isNativeIterator as isNativeIterator_, nativeIteratorAttr as nativeIteratorAttr_ } from "./objects/generic";
import { T_int as T_int_ } from "./rt/core";

/** Bind a class attribute found on cls to instance obj (functions become bound methods). */
function bind(v: anyref, obj: anyref, cls: anyref, name: anyref = null): anyref {
  if (Func_is(v)) return K.Method_new(T_method, v, obj);
  if (Builtin_is(v) && is_null(K.Builtin_get_self(v))) { const bm = K.Builtin_new(T_builtin, K.Builtin_get_id(v), K.Builtin_get_name(v), obj); K.Builtin_set_owner(bm, K.Builtin_get_owner(v)); return bm; }
  if (K.Prop_is(v)) {
    const pc = K.Obj_get_cls(v);
    if (ref_eq(pc, T_classmethod)) return classmethodGet(v, cls);
    if (ref_eq(pc, T_staticmethod)) return K.Prop_get_fget(v);
    if (ref_eq(pc, T_property)) return propertyGet(v, obj, name);
  }
  // user descriptor
  const get = userDunder(v, N.N_get);
  if (!is_null(get)) {
    const a = K.AnyArr_new(3); K.AnyArr_set(a, 0, v); K.AnyArr_set(a, 1, obj); K.AnyArr_set(a, 2, cls);
    return callObject(get, a, 0, 3, null);
  }
  return v;
}
/** classmethod.__get__: the wrapped callable bound to the class; a wrapped descriptor (a property,
 * as in `@classmethod @property`) is asked for its value with the class as instance (3.11). */
export function classmethodGet(cm: anyref, owner: anyref): anyref {
  const f = K.Prop_get_fget(cm);
  if (K.Prop_is(f) && ref_eq(K.Obj_get_cls(f), T_property)) return propertyGet(f, owner, null);
  return K.Method_new(T_method, f, owner);
}
/** property.__get__ on an instance: fget(obj), or CPython 3.11's "has no getter" error. */
export function propertyGet(p: anyref, obj: anyref, name: anyref): anyref {
  const g = K.Prop_get_fget(p);
  if (ref_eq(g, None) || is_null(g)) {
    if (is_null(name)) return raiseWith(E.AttributeError, strLit("unreadable attribute"));
    const m = sbLen; sbLit("property '"); sbStr(name); sbLit("' of '"); sbStr(typeName(obj)); sbLit("' object has no getter");
    return raiseWith(E.AttributeError, sbTakeStr(m));
  }
  return callObject1(g, obj);
}
export function isDataDescr(v: anyref): bool {
  if (K.Prop_is(v)) return ref_eq(K.Obj_get_cls(v), T_property);
  if (small_is(v)) return false;
  return !is_null(userDunder(v, N.N_set)) || !is_null(userDunder(v, N.N_delete));
}

function attrError(obj: anyref, name: anyref): anyref {
  const m = sbLen;
  if (Type_is(obj)) { sbLit("type object '"); sbStr(K.Type_get_name(obj)); sbLit("' has no attribute '"); }
  else if (Module_is(obj)) { sbLit("module '"); sbStr(K.Module_get_name(obj)); sbLit("' has no attribute '"); }
  else { sbByte(39); sbStr(typeName(obj)); sbLit("' object has no attribute '"); }
  sbStr(name); sbByte(39);
  raiseWith(E.AttributeError, sbTakeStr(m));
  setPendingAttr("name", name); setPendingAttr("obj", obj);
  return null;
}
import { setPendingAttr, excDefaultAttr } from "./objects/excattrs";

/** obj.__class__ = v: only between classes of the same layout, both defined in Python. */
function setClassOf(obj: anyref, v: anyref): i32 {
  if (!Type_is(v)) {
    const m = sbLen; sbLit("__class__ must be set to a class, not '"); sbStr(typeName(v)); sbLit("' object");
    raiseTypeError(sbTakeStr(m)); return -1;
  }
  const cls = typeOf(obj);
  if ((K.Type_get_flags(cls) & TF_HEAP) == 0 || (K.Type_get_flags(v) & TF_HEAP) == 0 || Type_is(obj)) {
    raiseTypeError(strLit("__class__ assignment only supported for mutable types or ModuleType subclasses")); return -1;
  }
  if (K.Type_get_kind(cls) != K.Type_get_kind(v) || ((K.Type_get_flags(cls) ^ K.Type_get_flags(v)) & TF_SLOTS) != 0) {
    const m = sbLen; sbLit("__class__ assignment: '"); sbStr(K.Type_get_name(v)); sbLit("' object layout differs from '"); sbStr(K.Type_get_name(cls)); sbByte(39);
    raiseTypeError(sbTakeStr(m)); return -1;
  }
  K.Obj_set_cls(obj, v);
  return 0;
}

/** Special attributes that live in struct fields rather than dicts. */
function specialAttr(obj: anyref, name: anyref): anyref {
  if (ref_eq(name, N.N_class)) return typeOf(obj);
  if (Type_is(obj)) {
    if (ref_eq(name, N.N_name)) return K.Type_get_name(obj);
    if (ref_eq(name, N.N_qualname)) return K.Type_get_qualname(obj);
    if (ref_eq(name, N.N_mro)) return K.Type_get_mro(obj);
    if (ref_eq(name, N.N_bases)) return K.Type_get_bases(obj);
    if (strEqLit(name, "__base__")) { const b = K.Tuple_get_items(K.Type_get_bases(obj)); return K.AnyArr_len(b) > 0 ? K.AnyArr_get(b, 0) : None; }
    if (ref_eq(name, N.N_dict)) return dictCopy_(K.Type_get_dict(obj));  // a copy: the attribute cache must see every change
    if (ref_eq(name, N.N_module)) { const m = K.Type_get_module(obj); return is_null(m) ? strLit("builtins") : m; }
    if (ref_eq(name, N.N_doc)) { const d = dictGetStr(K.Type_get_dict(obj), N.N_doc, strHash(N.N_doc)); return is_null(d) ? None : d; }
    return null;
  }
  if (Func_is(obj)) {
    if (ref_eq(name, N.N_name)) return K.Func_get_name(obj);
    if (ref_eq(name, N.N_qualname)) return K.Func_get_qualname(obj);
    if (ref_eq(name, N.N_doc)) { const d = K.Func_get_doc(obj); return is_null(d) ? None : d; }
    if (ref_eq(name, N.N_module)) { const d = K.Func_get_module(obj); return is_null(d) ? None : d; }
    if (ref_eq(name, N.N_dict)) return instanceDict(obj, true);
    if (strEqLit(name, "__defaults__")) { const d = K.Func_get_defaults(obj); return is_null(d) ? None : d; }
    if (strEqLit(name, "__kwdefaults__")) { const d = K.Func_get_kwdefaults(obj); return is_null(d) ? None : d; }
    if (ref_eq(name, N.N_annotations)) { let d = K.Func_get_annotations(obj); if (is_null(d)) { d = dictNew(); K.Func_set_annotations(obj, d); } return d; }
    if (strEqLit(name, "__code__")) return K.Func_get_code(obj);
    if (strEqLit(name, "__globals__")) return K.Func_get_globals(obj);
    if (strEqLit(name, "__closure__")) { const c = K.Func_get_closure(obj); return is_null(c) ? None : c; }
    return null;
  }
  if (Exc_is(obj)) {
    if (ref_eq(name, N.N_args)) return K.Exc_get_args(obj);
    if (ref_eq(name, N.N_dict)) return instanceDict(obj, true);
    if (strEqLit(name, "__cause__")) { const c = K.Exc_get_cause(obj); return is_null(c) ? None : c; }
    if (strEqLit(name, "__context__")) { const c = K.Exc_get_context(obj); return is_null(c) ? None : c; }
    if (strEqLit(name, "__suppress_context__")) return K.Exc_get_suppress(obj) ? C_True() : C_False();
    if (strEqLit(name, "__traceback__")) { const t = K.Exc_get_tb(obj); return is_null(t) ? None : t; }
    if (strEqLit(name, "code") && isSubtype(typeOf(obj), E.SystemExit)) {
      // SystemExit.code: None, the single argument, or the args tuple
      const d = K.Exc_get_dict(obj);
      if (!is_null(d)) { const c = dictGetStr(d, name, strHash(name)); if (!is_null(c)) return c; }
      const a = K.Tuple_get_items(K.Exc_get_args(obj));
      const na = K.AnyArr_len(a);
      return na == 0 ? None : na == 1 ? K.AnyArr_get(a, 0) : K.Exc_get_args(obj);
    }
    if (ref_eq(name, N.N_value) && isSubtype(typeOf(obj), E.StopIteration)) {
      const a = K.Tuple_get_items(K.Exc_get_args(obj));
      return K.AnyArr_len(a) > 0 ? K.AnyArr_get(a, 0) : None;
    }
    return excDefaultAttr(obj, name);
  }
  if (K.Method_is(obj)) {
    if (strEqLit(name, "__self__")) return K.Method_get_self(obj);
    if (strEqLit(name, "__func__")) return K.Method_get_func(obj);
    if (ref_eq(name, N.N_name) || ref_eq(name, N.N_qualname) || ref_eq(name, N.N_doc)) return getAttr(K.Method_get_func(obj), name);
    return null;
  }
  if (Builtin_is(obj)) {
    if (ref_eq(name, N.N_name) || ref_eq(name, N.N_qualname)) return K.Builtin_get_name(obj);
    if (strEqLit(name, "__self__")) { const s = K.Builtin_get_self(obj); return is_null(s) ? None : s; }
    if (ref_eq(name, N.N_doc)) return None;
    return null;
  }
  if (K.Module_is(obj) && ref_eq(name, N.N_dict)) return K.Module_get_dict(obj);
  if (K.Inst_is(obj) && ref_eq(name, N.N_dict)) return (K.Type_get_flags(K.Obj_get_cls(obj)) & TF_SLOTS) != 0 || ref_eq(K.Obj_get_cls(obj), T_object) ? null : instanceDict(obj, true);
  if (K.Prop_is(obj)) {
    if (strEqLit(name, "fget") || strEqLit(name, "__func__")) return K.Prop_get_fget(obj);
    if (strEqLit(name, "fset")) return K.Prop_get_fset(obj);
    if (strEqLit(name, "fdel")) return K.Prop_get_fdel(obj);
    if (strEqLit(name, "__wrapped__") && !ref_eq(K.Obj_get_cls(obj), T_property)) return K.Prop_get_fget(obj);
    if (strEqLit(name, "__isabstractmethod__")) {
      // true when any of the wrapped functions is abstract (abc.abstractmethod under a property …)
      for (let i = 0; i < 3; i++) {
        const f = i == 0 ? K.Prop_get_fget(obj) : i == 1 ? K.Prop_get_fset(obj) : K.Prop_get_fdel(obj);
        if (is_null(f) || ref_eq(f, None) || small_is(f)) continue;
        const r = getAttr(f, name);
        if (is_null(r)) { clearExc(); continue; }
        if (truthy_(r)) return C_True();
      }
      return C_False();
    }
    if (ref_eq(name, N.N_doc)) { const d = K.Prop_get_doc(obj); return is_null(d) ? None : d; }
  }
  if (K.Gen_is(obj)) {
    if (ref_eq(name, N.N_name)) return K.Gen_get_name(obj);
    if (ref_eq(name, N.N_qualname)) return K.Gen_get_qualname(obj);
    if (strEqLit(name, "gi_running") || strEqLit(name, "cr_running")) return K.Gen_get_state(obj) == 2 ? C_True() : C_False();
    if (strEqLit(name, "ag_running")) return (K.Gen_get_aflags(obj) & 1) ? C_True() : C_False();
    if (strEqLit(name, "gi_suspended") || strEqLit(name, "cr_suspended")) return K.Gen_get_state(obj) == 1 ? C_True() : C_False();
    if (strEqLit(name, "gi_code") || strEqLit(name, "cr_code") || strEqLit(name, "ag_code")) return K.Frame_get_code(K.Gen_get_frame(obj));
    if (strEqLit(name, "gi_yieldfrom") || strEqLit(name, "cr_await") || strEqLit(name, "ag_await")) { const a = genAwaiting_(obj); return is_null(a) ? C_None() : a; }
    // the suspended frame (a minimal frame object, as tb_frame), None once the generator finished
    if (strEqLit(name, "gi_frame") || strEqLit(name, "cr_frame") || strEqLit(name, "ag_frame")) {
      if (K.Gen_get_state(obj) == 3) return C_None();
      const fr = K.Gen_get_frame(obj), code = K.Frame_get_code(fr);
      return tbFrame(code, K.Gen_get_state(obj) == 0 ? K.Code_get_firstline(code) : lineOf_(code, K.Frame_get_pc(fr) - 1));
    }
  }
  if (K.Code_is(obj)) {
    if (strEqLit(name, "co_flags")) return mkInt_(K.Code_get_flags(obj) & 0x3ff);
    if (strEqLit(name, "co_name")) return K.Code_get_name(obj);
    if (strEqLit(name, "co_qualname")) return K.Code_get_qualname(obj);
    if (strEqLit(name, "co_filename")) return K.Code_get_filename(obj);
    if (strEqLit(name, "co_firstlineno")) return mkInt_(K.Code_get_firstline(obj));
    if (strEqLit(name, "co_argcount")) return mkInt_(K.Code_get_argcount(obj));
    if (strEqLit(name, "co_posonlyargcount")) return mkInt_(K.Code_get_posonly(obj));
    if (strEqLit(name, "co_kwonlyargcount")) return mkInt_(K.Code_get_kwonly(obj));
  }
  if (K.Complex_is(obj)) {
    if (strEqLit(name, "real")) return mkFloat_(K.Complex_get_re(obj));
    if (strEqLit(name, "imag")) return mkFloat_(K.Complex_get_im(obj));
  }
  if (K.Float_is(obj)) {
    if (strEqLit(name, "real")) return obj;
    if (strEqLit(name, "imag")) return mkFloat_(0);
  }
  if (small_is(obj) || K.Int_is(obj) || K.Bool_is(obj)) {
    if (strEqLit(name, "real") || strEqLit(name, "numerator")) return small_is(obj) || (K.Int_is(obj) && ref_eq(K.Obj_get_cls(obj), T_int_)) ? obj : K.Bool_is(obj) ? mkInt(K.Bool_get_val(obj)) : mkInt(K.Int_get_val(obj));
    if (strEqLit(name, "imag")) return mkInt(0);
    if (strEqLit(name, "denominator")) return mkInt(1);
  }
  if (K.Cell_is(obj) || (K.Code_is(obj) && isExtraCodeAttr(name))) return codeOrCellAttr(obj, name);
  if (isNativeIterator_(obj)) { const r = nativeIteratorAttr_(obj, name); if (!is_null(r)) return r; }
  if (K.Range_is(obj)) {
    if (strEqLit(name, "start")) return mkInt(K.Range_get_start(obj));
    if (strEqLit(name, "stop")) return mkInt(K.Range_get_stop(obj));
    if (strEqLit(name, "step")) return mkInt(K.Range_get_step(obj));
  }
  if (K.Traceback_is(obj)) {
    if (strEqLit(name, "tb_lineno")) return mkInt(K.Traceback_get_line(obj));
    if (strEqLit(name, "tb_next")) { const t = K.Traceback_get_next(obj); return is_null(t) ? None : t; }
    if (strEqLit(name, "tb_frame")) return tbFrame(K.Traceback_get_code(obj), K.Traceback_get_line(obj));
    if (strEqLit(name, "tb_lasti")) return mkInt(K.Traceback_get_pc(obj) * 2);
    if (strEqLit(name, "_pyex_pos")) {
      // pyex-private: (line, end line, col, end col) of the failing instruction (UTF-8 byte columns, -1 unknown)
      const ln = posOf_(K.Traceback_get_code(obj), K.Traceback_get_pc(obj));
      const items = K.AnyArr_new(4);
      K.AnyArr_set(items, 0, mkInt(K.Traceback_get_line(obj))); K.AnyArr_set(items, 1, mkInt(posEndLine_ < ln ? ln : posEndLine_));
      K.AnyArr_set(items, 2, mkInt(posCol_)); K.AnyArr_set(items, 3, mkInt(posEndCol_));
      return tupleOf(items);
    }
    return null;
  }
  if (K.Code_is(obj)) {
    if (strEqLit(name, "co_name")) return K.Code_get_name(obj);
    if (strEqLit(name, "co_qualname")) return K.Code_get_qualname(obj);
    if (strEqLit(name, "co_filename")) return K.Code_get_filename(obj);
    if (strEqLit(name, "co_firstlineno")) return mkInt(K.Code_get_firstline(obj));
    if (strEqLit(name, "co_argcount")) return mkInt(K.Code_get_argcount(obj));
    if (strEqLit(name, "co_posonlyargcount")) return mkInt(K.Code_get_posonly(obj));
    if (strEqLit(name, "co_kwonlyargcount")) return mkInt(K.Code_get_kwonly(obj));
    if (strEqLit(name, "co_nlocals")) return mkInt(K.Code_get_nlocals(obj));
    if (strEqLit(name, "co_varnames")) {
      const v = K.Code_get_varnames(obj); const nl = K.Code_get_nlocals(obj);
      const a = K.AnyArr_new(nl); if (!is_null(v) && nl > 0) K.AnyArr_copy(a, 0, v, 0, nl);
      return tupleOf(a);
    }
    return null;
  }
  if (K.Slice_is(obj)) {
    if (strEqLit(name, "start")) return K.Slice_get_start(obj);
    if (strEqLit(name, "stop")) return K.Slice_get_stop(obj);
    if (strEqLit(name, "step")) return K.Slice_get_step(obj);
  }
  return null;
}
import { posOf as posOf_, posEndLine as posEndLine_, posCol as posCol_, posEndCol as posEndCol_ } from "./frame";
// A traceback entry's frame, as far as pyex shows one: f_code and f_lineno (no locals or globals).
let T_frame: anyref = null;
function tbFrame(code: anyref, line: i32): anyref {
  if (is_null(T_frame)) T_frame = newBuiltinType_("frame", T_object, K_OBJECT_);
  const d = dictNew();
  dictSet(d, intern_(strLit("f_code")), code);
  dictSet(d, intern_(strLit("f_lineno")), mkInt(line));
  dictSet(d, intern_(strLit("f_back")), None);
  dictSet(d, intern_(strLit("f_locals")), dictNew());
  dictSet(d, intern_(strLit("f_lasti")), mkInt(0));
  return K.Inst_new(T_frame, d);
}
import { newBuiltinType as newBuiltinType_, K_OBJECT as K_OBJECT_ } from "./objects/type";
import { intern as intern_ } from "./objects/str";
import { True as C_True_, False as C_False_, mkFloat as mkFloat_, None as C_None_, mkInt as mkInt_ } from "./rt/core";
import { genAwaiting as genAwaiting_ } from "./interp";
import { lineOf as lineOf_ } from "./frame";
function C_None(): anyref { return C_None_; }
function C_True(): anyref { return C_True_; }
import { fatal as fatal_ } from "./rt/core";
function C_fatal(): i32 { return fatal_; }
function C_False(): anyref { return C_False_; }

/** getattr(obj, name) */
export function getAttr(obj: anyref, name: anyref): anyref {
  if (isSuper(obj)) return superGetAttr(obj, name);
  return genericGetAttr(obj, name);
}
import { isSuper, superGetAttr } from "./objects/super";
function tuple1Arr(x: anyref): anyref { const a = K.AnyArr_new(1); K.AnyArr_set(a, 0, x); return a; }

/** object.__getattribute__ (plus __getattr__ fallback for user classes). */
export function genericGetAttr(obj: anyref, name: anyref, useHook: bool = true): anyref {
  const cls = typeOf(obj);
  const h = strHash(name);
  if (Type_is(obj)) {
    const sp = specialAttr(obj, name);
    if (!is_null(sp)) return sp;
    const v = typeLookup(obj, name);
    if (!is_null(v)) {
      if (K.Prop_is(v)) {
        const pc = K.Obj_get_cls(v);
        if (ref_eq(pc, T_classmethod)) return classmethodGet(v, obj);
        if (ref_eq(pc, T_staticmethod)) return K.Prop_get_fget(v);
      }
      if (!small_is(v) && !Func_is(v) && !Builtin_is(v) && !Type_is(v)) {
        const get = userDunder(v, N.N_get);
        if (!is_null(get)) {
          const a = K.AnyArr_new(3); K.AnyArr_set(a, 0, v); K.AnyArr_set(a, 1, None); K.AnyArr_set(a, 2, obj);
          return callObject(get, a, 0, 3, null);
        }
      }
      return v;
    }
    // attributes of the metaclass (e.g. methods defined on a metaclass, or type.mro)
    const mv = typeLookup(cls, name);
    if (!is_null(mv)) return bind(mv, obj, cls);
    return attrError(obj, name);
  }
  if (Module_is(obj)) {
    const v = dictGetStr(K.Module_get_dict(obj), name, h);
    if (!is_null(v)) return v;
    const sp = specialAttr(obj, name);
    if (!is_null(sp)) return sp;
    // PEP 562: a module-level __getattr__(name) answers names the module does not define
    const ga = dictGetStr(K.Module_get_dict(obj), N.N_getattr, strHash(N.N_getattr));
    if (!is_null(ga) && useHook) return callObject(ga, tuple1Arr(name), 0, 1, null);
    return attrError(obj, name);
  }
  const heap = (K.Type_get_flags(cls) & TF_HEAP) != 0;
  if (heap && useHook) {
    const ga = typeLookup(cls, N.N_getattribute);
    if (!is_null(ga) && Func_is(ga)) {
      const r = callObject2(ga, obj, name);
      // an AttributeError from __getattribute__ falls back to __getattr__ (slot_tp_getattr_hook)
      if (is_null(r) && !is_null(exc) && C_fatal() == 0 && isSubtype(typeOf(exc), E.AttributeError)) {
        const gh = typeLookup(cls, N.N_getattr);
        if (!is_null(gh)) { clearExc(); return callObject2(gh, obj, name); }
      }
      return r;
    }
  }
  const descr = typeLookup(cls, name);
  // object.__getattribute__ (useHook false) never falls back to __getattr__: the caller's
  // slot_tp_getattr_hook does that once
  if (!is_null(descr) && isDataDescr(descr)) { const r = bind(descr, obj, cls, name); return is_null(r) && heap && useHook ? getattrAfterError(obj, cls, name) : r; }
  const d = instanceDict(obj, false);
  if (!is_null(d)) {
    const v = dictGetStr(d, name, h);
    if (!is_null(v)) return v;
  }
  if (!is_null(descr)) { const r = bind(descr, obj, cls, name); return is_null(r) && heap && useHook ? getattrAfterError(obj, cls, name) : r; }
  const sp = specialAttr(obj, name);
  if (!is_null(sp)) return sp;
  if (heap && useHook) {
    const ga = typeLookup(cls, N.N_getattr);
    if (!is_null(ga)) return callObject2(ga, obj, name);
  }
  return attrError(obj, name);
}

/** A descriptor (property …) raised AttributeError: __getattr__ gets its turn, as in CPython. */
function getattrAfterError(obj: anyref, cls: anyref, name: anyref): anyref {
  if (is_null(exc) || C_fatal() != 0 || !isSubtype(typeOf(exc), E.AttributeError)) return null;
  const ga = typeLookup(cls, N.N_getattr);
  if (is_null(ga)) return null;
  clearExc();
  return callObject2(ga, obj, name);
}

/** LOAD_METHOD: returns the function and sets methodSelf when it can be called unbound with obj. */
export function loadMethod(obj: anyref, name: anyref): anyref {
  if (!Type_is(obj) && !Module_is(obj) && !isSuper(obj)) {
    const cls = typeOf(obj);
    const descr = typeLookup(cls, name);
    if (!is_null(descr) && (Func_is(descr) || (Builtin_is(descr) && is_null(K.Builtin_get_self(descr))))) {
      const d = instanceDict(obj, false);
      if (is_null(d) || is_null(dictGetStr(d, name, strHash(name)))) {
        const ga: anyref = (K.Type_get_flags(cls) & TF_HEAP) == 0 ? null : typeLookup(cls, N.N_getattribute);
        if (is_null(ga) || !Func_is(ga)) {   // object's own __getattribute__ (a native) is the generic lookup
          methodSelf = true;
          return descr;
        }
      }
    }
  }
  // set after the lookup: getAttr may run Python code (__getattr__, properties) whose own
  // LOAD_METHODs set methodSelf
  const r = getAttr(obj, name);
  methodSelf = false;
  return r;
}

/** setattr(obj, name, v): 0 or -1. */
export function setAttr(obj: anyref, name: anyref, v: anyref): i32 { return setAttrImpl(obj, name, v, true); }
/** object.__setattr__: skips a user __setattr__. */
export function genericSetAttr(obj: anyref, name: anyref, v: anyref): i32 { return setAttrImpl(obj, name, v, false); }

function setAttrImpl(obj: anyref, name: anyref, v: anyref, useHook: bool): i32 {
  const cls = typeOf(obj);
  if (Type_is(obj)) {
    if (useHook && (K.Type_get_flags(cls) & TF_HEAP) != 0) {
      // a metaclass __setattr__ (e.g. enum's guard against reassigning members)
      const sa = typeLookup(cls, N.N_setattr);
      if (!is_null(sa) && Func_is(sa)) {
        const a = K.AnyArr_new(3); K.AnyArr_set(a, 0, obj); K.AnyArr_set(a, 1, name); K.AnyArr_set(a, 2, v);
        return is_null(callObject(sa, a, 0, 3, null)) ? -1 : 0;
      }
    }
    if ((K.Type_get_flags(obj) & TF_HEAP) == 0) {
      const m = sbLen; sbLit("cannot set '"); sbStr(name); sbLit("' attribute of immutable type '"); sbStr(K.Type_get_name(obj)); sbByte(39);
      raiseTypeError(sbTakeStr(m)); return -1;
    }
    if ((ref_eq(name, N.N_name) || ref_eq(name, N.N_qualname)) && !K.Str_is(v)) {
      const m = sbLen; sbLit("can only assign string to "); sbStr(K.Type_get_name(obj)); sbByte(46); sbStr(name); sbLit(", not '"); sbStr(typeName(v)); sbByte(39);
      raiseTypeError_(sbTakeStr(m)); return -1;
    }
    if (ref_eq(name, N.N_name)) { K.Type_set_name(obj, v); return 0; }
    if (ref_eq(name, N.N_qualname)) { K.Type_set_qualname(obj, v); return 0; }
    // __module__ is read from the type's field (reprs, pickling): keep it and the dict in step
    if (ref_eq(name, N.N_module)) K.Type_set_module(obj, v);
    invalidateTypeCache();
    return dictSetH(K.Type_get_dict(obj), name, strHash(name), v);
  }
  if (ref_eq(name, N.N_class)) return setClassOf(obj, v);
  if (ref_eq(name, N.N_dict) && (Inst_is(obj) || Exc_is(obj) || Func_is(obj)) && !(Inst_is(obj) && (K.Type_get_flags(cls) & TF_SLOTS) != 0)) {
    // obj.__dict__ = d replaces the attribute dict (it must be a dict)
    if (!K.Dict_is(v)) { const m = sbLen; sbLit("__dict__ must be set to a dictionary, not a '"); sbStr(typeName(v)); sbByte(39); raiseTypeError_(sbTakeStr(m)); return -1; }
    if (Inst_is(obj)) K.Inst_set_dict(obj, v); else if (Exc_is(obj)) K.Exc_set_dict(obj, v); else K.Func_set_dict(obj, v);
    return 0;
  }
  const heap = (K.Type_get_flags(cls) & TF_HEAP) != 0;
  if (heap) {
    const sa = useHook ? typeLookup(cls, N.N_setattr) : null;
    if (!is_null(sa) && Func_is(sa)) {
      const a = K.AnyArr_new(3); K.AnyArr_set(a, 0, obj); K.AnyArr_set(a, 1, name); K.AnyArr_set(a, 2, v);
      return is_null(callObject(sa, a, 0, 3, null)) ? -1 : 0;
    }
    const descr = typeLookup(cls, name);
    if (!is_null(descr)) {
      if (K.Prop_is(descr) && ref_eq(K.Obj_get_cls(descr), T_property)) {
        const s = K.Prop_get_fset(descr);
        if (is_null(s) || ref_eq(s, None)) {
          const m = sbLen; sbLit("property '"); sbStr(name); sbLit("' of '"); sbStr(typeName(obj)); sbLit("' object has no setter");
          raiseWith(E.AttributeError, sbTakeStr(m)); return -1;
        }
        return is_null(callObject2(s, obj, v)) ? -1 : 0;
      }
      const set = userDunder(descr, N.N_set);
      if (!is_null(set)) {
        const a = K.AnyArr_new(3); K.AnyArr_set(a, 0, descr); K.AnyArr_set(a, 1, obj); K.AnyArr_set(a, 2, v);
        return is_null(callObject(set, a, 0, 3, null)) ? -1 : 0;
      }
      if (!Func_is(descr) && !K.Prop_is(descr) && !small_is(descr) && !is_null(userDunder(descr, N.N_delete))) { raiseWith(E.AttributeError, strLit("__set__")); return -1; }
    }
  }
  if (Func_is(obj)) {
    // CPython's func_set_name/qualname/defaults/kwdefaults/annotations type checks
    if (ref_eq(name, N.N_name) || ref_eq(name, N.N_qualname)) {
      if (!K.Str_is(v)) { const m = sbLen; sbStr(name); sbLit(" must be set to a string object"); raiseTypeError_(sbTakeStr(m)); return -1; }
      if (ref_eq(name, N.N_name)) K.Func_set_name(obj, v); else K.Func_set_qualname(obj, v);
      return 0;
    }
    if (strEqLit(name, "__code__") && !K.Code_is(v)) { raiseTypeError_(strLit("__code__ must be set to a code object")); return -1; }
    if (strEqLit(name, "__defaults__") && !ref_eq(v, None) && !K.Tuple_is(v)) { raiseTypeError_(strLit("__defaults__ must be set to a tuple object")); return -1; }
    if ((strEqLit(name, "__kwdefaults__") || ref_eq(name, N.N_annotations)) && !ref_eq(v, None) && !K.Dict_is(v)) {
      const m = sbLen; sbStr(name); sbLit(" must be set to a dict object"); raiseTypeError_(sbTakeStr(m)); return -1;
    }
    if (ref_eq(name, N.N_doc)) { K.Func_set_doc(obj, v); return 0; }
    if (ref_eq(name, N.N_module)) { K.Func_set_module(obj, v); return 0; }
    if (strEqLit(name, "__defaults__")) { K.Func_set_defaults(obj, ref_eq(v, None) ? null : v); return 0; }
    if (strEqLit(name, "__kwdefaults__")) { K.Func_set_kwdefaults(obj, ref_eq(v, None) ? null : v); return 0; }
    if (ref_eq(name, N.N_annotations)) { K.Func_set_annotations(obj, v); return 0; }
  }
  if (Exc_is(obj)) {
    if (ref_eq(name, N.N_args)) {
      // BaseException.args = iterable stores tuple(iterable)
      if (K.Tuple_is(v) && ref_eq(K.Obj_get_cls(v), T_tuple)) { K.Exc_set_args(obj, v); return 0; }
      const items = iterableToArray_(v);
      if (is_null(items)) return -1;
      K.Exc_set_args(obj, tupleOf(items)); return 0;
    }
    if (strEqLit(name, "__cause__") || strEqLit(name, "__context__")) {
      const isCause = strEqLit(name, "__cause__");
      if (!ref_eq(v, None) && !Exc_is(v)) { raiseTypeError_(strLit(isCause ? "exception cause must be None or derive from BaseException" : "exception context must be None or derive from BaseException")); return -1; }
      if (isCause) { K.Exc_set_cause(obj, v); K.Exc_set_suppress(obj, 1); } else K.Exc_set_context(obj, v);
      return 0;
    }
    if (strEqLit(name, "__suppress_context__")) { K.Exc_set_suppress(obj, truthy_(v) ? 1 : 0); return 0; }
    if (strEqLit(name, "__traceback__")) {
      if (!ref_eq(v, None) && !K.Traceback_is(v)) { raiseTypeError_(strLit("__traceback__ must be a traceback or None")); return -1; }
      K.Exc_set_tb(obj, ref_eq(v, None) ? null : v); return 0;
    }
  }
  if ((heap && (K.Type_get_flags(cls) & TF_SLOTS) != 0 && Inst_is(obj) && !slotAllowed(cls, name)) || ref_eq(cls, T_object)) {
    const m = sbLen; sbByte(39); sbStr(typeName(obj)); sbLit("' object has no attribute '"); sbStr(name); sbByte(39);
    raiseWith(E.AttributeError, sbTakeStr(m));
    return -1;
  }
  const d = instanceDict(obj, true);
  if (!is_null(d)) return dictSetH(d, name, strHash(name), v);
  if (!heap && !Func_is(obj) && !Exc_is(obj)) {
    // attributes of builtin objects are read-only (CPython's getset/member descriptors)
    if (!is_null(specialAttr(obj, name))) {
      const m2 = sbLen; sbLit("attribute '"); sbStr(name); sbLit("' of '"); sbStr(typeName(obj)); sbLit("' objects is not writable");
      raiseWith(E.AttributeError, sbTakeStr(m2)); return -1;
    }
    if (!is_null(typeLookup(cls, name))) {
      const m2 = sbLen; sbByte(39); sbStr(typeName(obj)); sbLit("' object attribute '"); sbStr(name); sbLit("' is read-only");
      raiseWith(E.AttributeError, sbTakeStr(m2)); return -1;
    }
  }
  const m = sbLen; sbByte(39); sbStr(typeName(obj)); sbLit("' object has no attribute '"); sbStr(name); sbByte(39);
  raiseWith(E.AttributeError, sbTakeStr(m));
  return -1;
}

export function delAttr(obj: anyref, name: anyref): i32 { return delAttrImpl(obj, name, true); }
export function genericDelAttr(obj: anyref, name: anyref): i32 { return delAttrImpl(obj, name, false); }
function delAttrImpl(obj: anyref, name: anyref, useHook: bool): i32 {
  const cls = typeOf(obj);
  if ((K.Type_get_flags(cls) & TF_HEAP) != 0) {
    const descr = typeLookup(cls, name);
    if (!is_null(descr) && K.Prop_is(descr) && ref_eq(K.Obj_get_cls(descr), T_property)) {
      const dl = K.Prop_get_fdel(descr);
      if (is_null(dl) || ref_eq(dl, None)) {
        const m = sbLen; sbLit("property '"); sbStr(name); sbLit("' of '"); sbStr(typeName(obj)); sbLit("' object has no deleter");
        raiseWith(E.AttributeError, sbTakeStr(m)); return -1;
      }
      return is_null(callObject1(dl, obj)) ? -1 : 0;
    }
    if (!is_null(descr) && !Func_is(descr) && !K.Prop_is(descr) && !small_is(descr)) {
      const dd = userDunder(descr, N.N_delete);
      if (!is_null(dd)) return is_null(callObject2(dd, descr, obj)) ? -1 : 0;
    }
    const da = useHook ? typeLookup(cls, N.N_delattr) : null;
    if (!is_null(da) && Func_is(da)) return is_null(callObject2(da, obj, name)) ? -1 : 0;
  }
  if (Type_is(obj)) invalidateTypeCache();
  if (Exc_is(obj) && ref_eq(name, N.N_args)) { raiseTypeError_(strLit("args may not be deleted")); return -1; }
  const d = Type_is(obj) ? K.Type_get_dict(obj) : instanceDict(obj, false);
  if (!is_null(d)) {
    const r = dictDel(d, name);
    if (r < 0) return -1;
    if (r == 1) return 0;
  }
  if (Module_is(obj)) { const m = sbLen; sbLit("'module' object has no attribute '"); sbStr(name); sbByte(39); raiseWith(E.AttributeError, sbTakeStr(m)); return -1; }
  if ((K.Type_get_flags(cls) & TF_HEAP) == 0 && !Type_is(obj) && !Func_is(obj) && !Exc_is(obj)) {
    // attributes of builtin objects cannot be deleted (as for setattr)
    if (!is_null(specialAttr(obj, name))) {
      const m2 = sbLen; sbLit("attribute '"); sbStr(name); sbLit("' of '"); sbStr(typeName(obj)); sbLit("' objects is not writable");
      raiseWith(E.AttributeError, sbTakeStr(m2)); return -1;
    }
    if (!is_null(typeLookup(cls, name))) {
      const m3 = sbLen; sbByte(39); sbStr(typeName(obj)); sbLit("' object attribute '"); sbStr(name); sbLit("' is read-only");
      raiseWith(E.AttributeError, sbTakeStr(m3)); return -1;
    }
  }
  attrError(obj, name);
  return -1;
}
