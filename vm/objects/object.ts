// object and type: calling a class (instance creation), class creation (`class` statements via
// __build_class__ and type(name, bases, dict)), and the `object`/`type` built-ins.
// Builtin classes keep their constructor as a native in Type.slots; user classes allocate the
// struct of their builtin base's layout (`kind`) and then run __init__.
import * as C_ from "../rt/core";
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, AnyArr_copy, Tuple_get_items, Type_is, Func_is, Builtin_is } from "../generated/kernel";
import { T_type, T_object, T_tuple, T_str, None, exc, sbLen, sbLit, sbByte, sbTakeStr, strLit, typeOf, T_dict } from "../rt/core";
import { raiseTypeError, raiseWith } from "../rt/errors";
import * as E from "./exceptions";
import * as N from "../rt/names";
import { typeLookup, computeMro, TF_HEAP, TF_SLOTS, K_OBJECT, K_EXC, K_LIST, K_DICT, K_TYPE, K_FIXED, isSubtype, tupleOf, tuple1, newBuiltinFn } from "./type";
import { dictNew, dictGetStr, dictSetH, dictCopy, dictNext, dictKeyAt, dictValAt, dictSet, dictDel } from "./dict";
import { strHash, sbStr } from "./str";
import { callObject, callObject1, callObject2, execute } from "../interp";
import { userDunder } from "../ops";
import { intern } from "./str";
import { newFrame, FRAME_ENTRY } from "../frame";
import { kwCount, setNativeOwner } from "../rt/args";
import { typeName } from "../ops";

type Native = (self: anyref, args: anyref, base: i32, n: i32, kw: anyref) => anyref;

/** Allocate an instance of heap class cls (before __init__). */
export function allocInstance(cls: anyref, args: anyref, start: i32, n: i32, kw: anyref): anyref {
  const kind = K.Type_get_kind(cls);
  if (kind == K_OBJECT) return K.Inst_new(cls, null);
  if (kind == K_EXC) {
    const npos = n - kwCount(kw);
    const a = AnyArr_new(npos);
    AnyArr_copy(a, 0, args, start, npos);
    // CPython parses (errno, strerror, filename) in OSError.__new__ only when the class keeps
    // OSError's __init__; a Python __init__ of its own gets the arguments as they are
    if (npos >= 2 && isSubtype(cls, E.OSError) && !K.Func_is(typeLookup(cls, N.N_init))) return newOSError(cls, a, npos);
    const e = K.Exc_new(cls, tupleOf(a), null, null, null, null, 0);
    if (kwCount(kw) > 0 && !excKeywords(e, cls, args, start + npos, kw)) return null;
    return e;
  }
  if (kind == K_LIST) return K.List_new(cls, AnyArr_new(4), 0);
  if (kind == K_DICT) return dictNew(cls);
  if (kind == K_TYPE) {
    // a metaclass without its own __new__: M(name, bases, ns)
    if (n - kwCount(kw) != 3) return raiseTypeError(strLit("type() takes 1 or 3 arguments"));
    return newClass(cls, AnyArr_get(args, start), AnyArr_get(args, start + 1), AnyArr_get(args, start + 2), args, start + 3, kw);
  }
  // other builtin bases (int, str, tuple, float…): construct through the base, then retag
  const baseType = builtinBase(cls);
  const ctor = K.Type_get_slots(baseType);
  if (is_null(ctor)) return raiseTypeError(strLit("cannot create instances of this class"));
  const v = callCtor(ctor, baseType, args, start, n, kw);
  if (is_null(v)) return null;
  // Build a fresh object of the subclass: the base constructor may return a shared object
  // (an interned str, the argument tuple itself, a small int).
  if (K.small_is(v)) return K.Int_new(cls, <i64>K.small_get(v));
  if (K.Int_is(v)) return K.Int_new(cls, K.Int_get_val(v));
  if (K.Str_is(v)) return K.Str_new(cls, K.Str_get_data(v), K.Str_get_len(v), 0);
  if (K.Tuple_is(v)) return K.Tuple_new(cls, Tuple_get_items(v), 0);
  if (K.Float_is(v)) return K.Float_new(cls, K.Float_get_val(v));
  if (!K.obj_is(v)) return raiseTypeError(strLit("cannot subclass this builtin type yet"));
  K.Obj_set_cls(v, cls);
  return v;
}

function builtinBase(cls: anyref): anyref {
  const mro = Tuple_get_items(K.Type_get_mro(cls));
  for (let i = 0; i < AnyArr_len(mro); i++) {
    const t = AnyArr_get(mro, i);
    if ((K.Type_get_flags(t) & TF_HEAP) == 0) return t;
  }
  return T_object;
}

function callCtor(ctor: anyref, cls: anyref, args: anyref, start: i32, n: i32, kw: anyref): anyref {
  const fn = changetype<Native>(K.Builtin_get_id(ctor));
  const prev = setNativeOwner(null);   // a constructor's messages name it alone: "list() takes ..."
  const r = fn(cls, args, start, n, kw);
  setNativeOwner(prev);
  return r;
}

/**
 * OSError(errno, strerror[, filename]): sets errno/strerror/filename, and OSError itself picks
 * the subclass for the errno, as CPython does (OSError(2, 'x') is a FileNotFoundError).
 */
function newOSError(cls: anyref, a: anyref, npos: i32): anyref {
  const errnoObj = AnyArr_get(a, 0);
  let c = cls;
  if (ref_eq(cls, E.OSError) && K.small_is(errnoObj)) {
    const en = K.small_get(errnoObj);
    if (en == 2) c = E.FileNotFoundError;
    else if (en == 17) c = E.FileExistsError;
    else if (en == 1 || en == 13) c = E.PermissionError;
    else if (en == 21) c = E.IsADirectoryError;
    else if (en == 20) c = E.NotADirectoryError;
    else if (en == 110) c = E.TimeoutError;
  }
  const e = K.Exc_new(c, tupleOf(a), dictNew(), null, null, null, 0);
  const d = K.Exc_get_dict(e);
  dictSet(d, internS("errno"), errnoObj);
  dictSet(d, internS("strerror"), AnyArr_get(a, 1));
  dictSet(d, internS("filename"), npos >= 3 ? AnyArr_get(a, 2) : None);
  dictSet(d, internS("filename2"), npos >= 5 ? AnyArr_get(a, 4) : None);
  if (npos == 3 || npos == 5) {
    // CPython keeps args to (errno, strerror) when a filename is given
    const a2 = AnyArr_new(2); AnyArr_set(a2, 0, errnoObj); AnyArr_set(a2, 1, AnyArr_get(a, 1));
    K.Exc_set_args(e, tupleOf(a2));
  }
  return e;
}
function internS(s: string): anyref { return intern_(strLit(s)); }
import { intern as intern_ } from "./str";

/** cls(*args, **kw) */
export function callType(cls: anyref, args: anyref, start: i32, n: i32, kw: anyref): anyref {
  // a user class is called through _PyObject_MakeTpCall, which counts toward the recursion limit
  // (builtin classes have vectorcall entry points that do not)
  if ((K.Type_get_flags(cls) & TF_HEAP) == 0) return callTypeImpl(cls, args, start, n, kw, true);
  if (!enterRecursive_(" while calling a Python object")) return null;
  const r = callTypeImpl(cls, args, start, n, kw, true);
  leaveRecursive_();
  return r;
}
import { enterRecursive as enterRecursive_, leaveRecursive as leaveRecursive_ } from "../interp";

/** type.__call__(cls, *args, **kw): instance creation without the metaclass __call__ hook. */
export function typeCall(self: anyref, args: anyref, start: i32, n: i32, kw: anyref): anyref {
  if (!Type_is(self)) return raiseTypeError(strLit("descriptor '__call__' requires a 'type' object"));
  return callTypeImpl(self, args, start, n, kw, false);
}

/** type.__new__(mcls, name, bases, ns, **kw) */
export function typeNew(self: anyref, args: anyref, start: i32, n: i32, kw: anyref): anyref {
  if (!Type_is(self) || !isSubtype(self, T_type)) return raiseTypeError(strLit("type.__new__(X): X is not a type object"));
  if (n - kwCount(kw) != 3) return raiseTypeError(strLit("type.__new__() takes exactly 3 arguments"));
  return newClass(self, AnyArr_get(args, start), AnyArr_get(args, start + 1), AnyArr_get(args, start + 2), args, start + 3, kw);
}

/** object.__new__(cls, *args) */
export function objectNew(self: anyref, args: anyref, start: i32, n: i32, kw: anyref): anyref {
  if (!Type_is(self)) { const m = sbLen; sbLit("object.__new__(X): X is not a type object ("); sbStr(typeName(self)); sbByte(41); return raiseTypeError(sbTakeStr(m)); }
  // a builtin layout (tuple.__new__(cls, iterable), int.__new__(cls, x)…) takes the arguments
  const pass = K.Type_get_kind(self) != K_OBJECT;
  if (!pass && n > 0 && (K.Type_get_flags(self) & TF_HEAP) != 0) {
    // object_new's excess-argument rules
    const od = K.Type_get_dict(T_object);
    if (!ref_eq(typeLookup(self, N.N_new), dictGetStr(od, N.N_new, strHash(N.N_new)))) return raiseTypeError(strLit("object.__new__() takes exactly one argument (the type to instantiate)"));
    if (ref_eq(typeLookup(self, N.N_init), dictGetStr(od, N.N_init, strHash(N.N_init)))) { const m = sbLen; sbStr(K.Type_get_name(self)); sbLit("() takes no arguments"); return raiseTypeError(sbTakeStr(m)); }
  }
  if ((K.Type_get_flags(self) & TF_HEAP) == 0) return pass ? callType(self, args, start, n, kw) : callType(self, args, start, 0, null);
  return pass ? allocInstance(self, args, start, n, kw) : allocInstance(self, args, start, 0, null);
}

/** int.__new__(cls, *args), str.__new__, tuple.__new__ …: construct through the builtin base. */
export function builtinNew(self: anyref, args: anyref, start: i32, n: i32, kw: anyref): anyref {
  if (!Type_is(self)) return raiseTypeError(strLit("__new__(X): X is not a type object"));
  if ((K.Type_get_flags(self) & TF_HEAP) == 0) return callType(self, args, start, n, kw);
  return allocInstance(self, args, start, n, kw);
}

function callTypeImpl(cls: anyref, args: anyref, start: i32, n: i32, kw: anyref, metaHook: bool): anyref {
  if (ref_eq(cls, T_type)) {
    if (n == 1 && kwCount(kw) == 0) return typeOf(AnyArr_get(args, start));
    if (n == 3) return newClass(T_type, AnyArr_get(args, start), AnyArr_get(args, start + 1), AnyArr_get(args, start + 2));
    return raiseTypeError(strLit("type() takes 1 or 3 arguments"));
  }
  const heap = (K.Type_get_flags(cls) & TF_HEAP) != 0;
  if (!heap) {
    const ctor = K.Type_get_slots(cls);
    if (!is_null(ctor)) return callCtor(ctor, cls, args, start, n, kw);
    if (K.Type_get_kind(cls) == K_EXC) return allocInstance(cls, args, start, n, kw);
    // NoneType(), NotImplementedType() and ellipsis() give their singleton
    const single = ref_eq(cls, C_.T_NoneType) ? C_.None : ref_eq(cls, C_.T_NotImplementedType) ? C_.NotImplemented : ref_eq(cls, C_.T_ellipsis) ? C_.Ellipsis : null;
    if (!is_null(single)) {
      if (n > 0) { const m = sbLen; sbStr(K.Type_get_name(cls)); sbLit(" takes no arguments"); return raiseTypeError(sbTakeStr(m)); }
      return single;
    }
    const m = sbLen; sbLit("cannot create '"); sbStr(K.Type_get_name(cls)); sbLit("' instances");
    return raiseTypeError(sbTakeStr(m));
  }
  // metaclass __call__ override
  const meta = typeOf(cls);
  if (metaHook && !ref_eq(meta, T_type)) {
    const mc = typeLookup(meta, N.N_call);
    if (!is_null(mc) && Func_is(mc)) {
      const a = AnyArr_new(n + 1); AnyArr_set(a, 0, cls); AnyArr_copy(a, 1, args, start, n);
      return callObject(mc, a, 0, n + 1, kw);
    }
  }
  let self: anyref;
  const newm = typeLookup(cls, N.N_new);
  if (!is_null(newm) && !Builtin_is(newm)) {
    // user __new__ (a staticmethod): __new__(cls, *args)
    const fn = K.Prop_is(newm) ? K.Prop_get_fget(newm) : newm;
    const a = AnyArr_new(n + 1); AnyArr_set(a, 0, cls); AnyArr_copy(a, 1, args, start, n);
    self = callObject(fn, a, 0, n + 1, kw);
    if (is_null(self)) return null;
    if (!isSubtype(typeOf(self), cls)) return self;
  } else {
    self = allocInstance(cls, args, start, n, kw);
    if (is_null(self)) return null;
  }
  const init = typeLookup(cls, N.N_init);
  if (!is_null(init) && (Func_is(init) || (Builtin_is(init) && K.Type_get_kind(cls) != K_OBJECT))) {
    const a = AnyArr_new(n + 1); AnyArr_set(a, 0, self); AnyArr_copy(a, 1, args, start, n);
    const r = callObject(init, a, 0, n + 1, kw);
    if (is_null(r)) return null;
    if (!ref_eq(r, None)) {
      const m = sbLen; sbLit("__init__() should return None, not '"); sbStr(typeName(r)); sbByte(39);
      return raiseTypeError(sbTakeStr(m));
    }
  } else if (n > 0 && K.Type_get_kind(cls) == K_OBJECT && (is_null(newm) || Builtin_is(newm))) {
    const m = sbLen; sbStr(K.Type_get_name(cls)); sbLit("() takes no arguments");
    return raiseTypeError(sbTakeStr(m));
  }
  return self;
}

/**
 * True when every user class on the MRO defines __slots__ without '__dict__': instances may then
 * only set the slot names (attrs.ts checks). Instances still keep their values in a dict.
 */
function slotsOnly(mro: anyref): bool {
  const items = Tuple_get_items(mro);
  let any = false;
  for (let i = 0; i < AnyArr_len(items); i++) {
    const t = AnyArr_get(items, i);
    if ((K.Type_get_flags(t) & TF_HEAP) == 0) continue;
    const sl = dictGetStr(K.Type_get_dict(t), N.N_slots, strHash(N.N_slots));
    if (is_null(sl)) return false;
    if (K.Str_is(sl)) { if (strEqLit_(sl, "__dict__")) return false; }
    else if (K.Tuple_is(sl) || K.List_is(sl)) {
      const a = K.Tuple_is(sl) ? Tuple_get_items(sl) : K.List_get_items(sl);
      const n = K.Tuple_is(sl) ? AnyArr_len(a) : K.List_get_len(sl);
      for (let j = 0; j < n; j++) { const x = AnyArr_get(a, j); if (K.Str_is(x) && strEqLit_(x, "__dict__")) return false; }
    }
    any = true;
  }
  return any;
}

/** Is `name` one of the __slots__ declared along cls's MRO? */
export function slotAllowed(cls: anyref, name: anyref): bool {
  const items = Tuple_get_items(K.Type_get_mro(cls));
  for (let i = 0; i < AnyArr_len(items); i++) {
    const t = AnyArr_get(items, i);
    if ((K.Type_get_flags(t) & TF_HEAP) == 0) continue;
    const sl = dictGetStr(K.Type_get_dict(t), N.N_slots, strHash(N.N_slots));
    if (is_null(sl)) continue;
    if (K.Str_is(sl)) { if (strEq_(sl, name)) return true; continue; }
    if (!K.Tuple_is(sl) && !K.List_is(sl)) continue;
    const a = K.Tuple_is(sl) ? Tuple_get_items(sl) : K.List_get_items(sl);
    const n = K.Tuple_is(sl) ? AnyArr_len(a) : K.List_get_len(sl);
    for (let j = 0; j < n; j++) { const x = AnyArr_get(a, j); if (K.Str_is(x) && strEq_(x, name)) return true; }
  }
  return false;
}
import { strEq as strEq_ } from "./str";

/** Create a class: type(name, bases, ns) semantics with metaclass meta. */
export function newClass(meta: anyref, name: anyref, bases: anyref, ns: anyref, kwa: anyref = null, kwb: i32 = 0, kwn: anyref = null): anyref {
  if (!K.Str_is(name)) { const m = sbLen; sbLit("type.__new__() argument 1 must be str, not "); sbStr(typeName(name)); return raiseTypeError(sbTakeStr(m)); }
  let b = bases;
  if (!K.Tuple_is(b)) { const m = sbLen; sbLit("type.__new__() argument 2 must be tuple, not "); sbStr(typeName(b)); return raiseTypeError(sbTakeStr(m)); }
  if (!K.Dict_is(ns)) { const m = sbLen; sbLit("type.__new__() argument 3 must be dict, not "); sbStr(typeName(ns)); return raiseTypeError(sbTakeStr(m)); }
  if (!checkBases(b)) return null;
  if (AnyArr_len(Tuple_get_items(b)) == 0) b = tuple1(T_object);
  // layout kind: the most specific builtin base's kind
  let kind = K_OBJECT;
  const bi = Tuple_get_items(b);
  for (let i = 0; i < AnyArr_len(bi); i++) {
    const base = AnyArr_get(bi, i);
    if (!Type_is(base)) return raiseTypeError(strLit("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
    const k = K.Type_get_kind(base);
    if (k == K_FIXED) {
      const m = sbLen; sbLit("type '"); sbStr(K.Type_get_name(base)); sbLit("' is not an acceptable base type");
      return raiseTypeError(sbTakeStr(m));
    }
    if (k != K_OBJECT) {
      if (kind != K_OBJECT && kind != k) return raiseTypeError(strLit("multiple bases have instance lay-out conflict"));
      kind = k;
    }
  }
  const dict = dictCopy(ns);
  // a class that defines __eq__ but not __hash__ is unhashable (CPython sets __hash__ = None)
  if (!is_null(dictGetStr(dict, N.N_eq, strHash(N.N_eq))) && is_null(dictGetStr(dict, N.N_hash, strHash(N.N_hash)))) {
    if (C_exc_clear()) dictSetH(dict, N.N_hash, strHash(N.N_hash), None);
  }
  if (!classNamespaceFixups(dict)) return null;
  if (is_null(dictGetStr(dict, N.N_module, strHash(N.N_module))) && !is_null(callerFrame_)) {
    const modName = dictGetStr(K.Frame_get_globals(callerFrame_), N.N_name, strHash(N.N_name));
    if (!is_null(modName)) dictSetH(dict, N.N_module, strHash(N.N_module), modName);
  }
  const qn = dictGetStr(dict, N.N_qualname, strHash(N.N_qualname));
  if (!is_null(qn)) dictDel(dict, N.N_qualname);  // type.__new__ moves it out of the namespace
  const mod = dictGetStr(dict, N.N_module, strHash(N.N_module));
  const t = K.Type_new(meta, name, is_null(qn) ? name : qn, b, null, dict, kind, TF_HEAP, mod, null);
  const mro = computeMro(t, b);
  if (is_null(mro)) return null;
  K.Type_set_mro(t, mro);
  if (slotsOnly(mro)) K.Type_set_flags(t, K.Type_get_flags(t) | TF_SLOTS);
  // functions defined in the class body keep __qualname__ from the compiler; drop __qualname__ key
  // __classcell__: fill the cell used by zero-argument super()
  const cell = dictGetStr(dict, N.N_classcell, strHash(N.N_classcell));
  if (!is_null(cell)) {
    if (K.Cell_is(cell)) K.Cell_set_val(cell, t);
    dictDel(dict, N.N_classcell);
  }
  // __set_name__ on descriptors, then __init_subclass__ of the parent
  let i = dictNext(dict, 0);
  while (i >= 0) {
    const v = dictValAt(dict, i);
    if (K.obj_is(v) && (K.Type_get_flags(K.Obj_get_cls(v)) & TF_HEAP) != 0) {
      const sn = typeLookup(K.Obj_get_cls(v), N.N_set_name);
      if (!is_null(sn)) {
        const a = AnyArr_new(3); AnyArr_set(a, 0, v); AnyArr_set(a, 1, t); AnyArr_set(a, 2, dictKeyAt(dict, i));
        if (is_null(callObject(sn, a, 0, 3, null))) {
          // 3.11 wraps the error: RuntimeError("Error calling __set_name__ …") from the original
          if (!C_isFatal_() && !is_null(exc)) {
            const cause = exc;
            const m = sbLen; sbLit("Error calling __set_name__ on '"); sbStr(typeName(v)); sbLit("' instance "); sbStr(repr_(dictKeyAt(dict, i))); sbLit(" in '"); sbStr(K.Type_get_name(t)); sbByte(39);
            const msg = sbTakeStr(m);
            clearExc_();
            raiseWith_(E_.RuntimeError, msg);
            if (!is_null(exc)) { K.Exc_set_cause(exc, cause); K.Exc_set_context(exc, cause); K.Exc_set_suppress(exc, 1); }
          }
          return null;
        }
      }
    }
    i = dictNext(dict, i + 1);
  }
  const mroItems = Tuple_get_items(mro);
  for (let j = 1; j < AnyArr_len(mroItems); j++) {
    const parent = AnyArr_get(mroItems, j);
    const isub = dictGetStr(K.Type_get_dict(parent), N.N_init_subclass, strHash(N.N_init_subclass));
    if (!is_null(isub)) {
      const fn = K.Prop_is(isub) ? K.Prop_get_fget(isub) : isub;
      const nk = kwCount(kwn);
      if (nk == 0) { if (is_null(callObject1(fn, t))) return null; }
      else {
        const a = AnyArr_new(nk + 1); AnyArr_set(a, 0, t); AnyArr_copy(a, 1, kwa, kwb, nk);
        if (is_null(callObject(fn, a, 0, nk + 1, kwn))) return null;
      }
      break;
    }
  }
  return t;
}

/** __build_class__(func, name, *bases, metaclass=None, **kw) */
export function buildClass(self: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos < 2) return raiseTypeError(strLit("__build_class__: not enough arguments"));
  const body = AnyArr_get(args, base);
  const name = AnyArr_get(args, base + 1);
  let nb = npos - 2;
  let ba = AnyArr_new(nb);
  AnyArr_copy(ba, 0, args, base + 2, nb);
  const origBases = tupleOf(ba);
  // PEP 560: a base that is not a class may supply __mro_entries__(bases)
  let resolved = false;
  for (let i = 0; i < nb; i++) {
    const bi = AnyArr_get(ba, i);
    if (Type_is(bi)) continue;
    const me = userDunder(bi, intern(strLit("__mro_entries__")));
    if (is_null(me)) continue;
    const r = callObject2(me, bi, origBases);
    if (is_null(r)) return null;
    if (!K.Tuple_is(r)) return raiseTypeError(strLit("__mro_entries__ must return a tuple"));
    const ri = Tuple_get_items(r);
    const nr = AnyArr_len(ri);
    const nba = AnyArr_new(nb - 1 + nr);
    AnyArr_copy(nba, 0, ba, 0, i);
    AnyArr_copy(nba, i, ri, 0, nr);
    AnyArr_copy(nba, i + nr, ba, i + 1, nb - i - 1);
    ba = nba; nb = nb - 1 + nr; i += nr - 1;
    resolved = true;
  }
  const bases = resolved ? tupleOf(ba) : origBases;
  let meta: anyref = null;
  let nk = 0;
  for (let i = 0; i < nkw; i++) {
    const k = AnyArr_get(Tuple_get_items(kw), i);
    if (strEqLit_(k, "metaclass")) meta = AnyArr_get(args, base + npos + i); else nk++;
  }
  // the other keywords go to the metaclass (and on to __init_subclass__): [name, bases, ns, values…]
  const ka = AnyArr_new(3 + nk);
  const kn = AnyArr_new(nk);
  let j = 0;
  for (let i = 0; i < nkw; i++) {
    const k = AnyArr_get(Tuple_get_items(kw), i);
    if (!strEqLit_(k, "metaclass")) { AnyArr_set(kn, j, k); AnyArr_set(ka, 3 + j, AnyArr_get(args, base + npos + i)); j++; }
  }
  const knames: anyref = nk > 0 ? tupleOf(kn) : null;
  if (is_null(meta)) meta = nb > 0 ? typeOf(AnyArr_get(ba, 0)) : T_type;
  // the most derived metaclass among the bases (CPython's _PyType_CalculateMetaclass)
  if (Type_is(meta)) {
    for (let i = 0; i < nb; i++) {
      const bm = typeOf(AnyArr_get(ba, i));
      if (isSubtype(meta, bm)) continue;
      if (isSubtype(bm, meta)) { meta = bm; continue; }
      return raiseTypeError(strLit("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
    }
  }
  // __prepare__(name, bases, **kw) gives the namespace
  let ns: anyref = null;
  const prep = Type_is(meta) && !ref_eq(meta, T_type) ? typeLookup(meta, intern(strLit("__prepare__"))) : null;
  if (!is_null(prep) && !Builtin_is(prep)) {
    AnyArr_set(ka, 1, name); AnyArr_set(ka, 2, bases);
    const pf = K.Prop_is(prep) ? K.Prop_get_fget(prep) : prep;
    if (K.Prop_is(prep) && ref_eq(K.Obj_get_cls(prep), T_classmethod_)) AnyArr_set(ka, 0, meta);
    const sk = K.Prop_is(prep) && ref_eq(K.Obj_get_cls(prep), T_classmethod_) ? 0 : 1;
    ns = callObject(pf, ka, sk, 3 - sk + nk, knames);
    if (is_null(ns)) return null;
    if (!K.Dict_is(ns)) { const m = sbLen; sbStr(K.Type_get_name(meta)); sbLit(".__prepare__() must return a mapping, not "); sbStr(typeName(ns)); return raiseTypeError(sbTakeStr(m)); }
  } else ns = dictNew();
  const code = K.Func_get_code(body);
  const fr = newFrame(body, code, K.Func_get_globals(body), ns, null);
  K.Frame_set_flags(fr, FRAME_ENTRY);
  const r = execute(fr);
  if (is_null(r)) return null;
  if (resolved && dictSet(ns, intern(strLit("__orig_bases__")), origBases) < 0) return null;
  if (ref_eq(meta, T_type)) return newClass(T_type, name, bases, ns, ka, 3, knames);
  AnyArr_set(ka, 0, name); AnyArr_set(ka, 1, bases); AnyArr_set(ka, 2, ns);
  return callObject(meta, ka, 0, 3 + nk, knames);
}
import { strEqLit as strEqLit_ } from "./str";
import { T_classmethod as T_classmethod_ } from "../rt/core";
import { callerFrame as callerFrame_ } from "../interp";

/** type.__new__'s checks on the bases tuple: duplicates. */
function checkBases(b: anyref): bool {
  const bi = Tuple_get_items(b);
  const n = AnyArr_len(bi);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    if (ref_eq(AnyArr_get(bi, i), AnyArr_get(bi, j)) && Type_is(AnyArr_get(bi, i))) {
      const m = sbLen; sbLit("duplicate base class "); sbStr(K.Type_get_name(AnyArr_get(bi, i)));
      raiseTypeError(sbTakeStr(m));
      return false;
    }
  }
  return true;
}

/** type.__new__ on the namespace: __init_subclass__/__class_getitem__ become classmethods;
 * names in __slots__ must not also be class variables. */
function classNamespaceFixups(dict: anyref): bool {
  for (let k = 0; k < 2; k++) {
    const nm = k == 0 ? N.N_init_subclass : intern(strLit("__class_getitem__"));
    const f = dictGetStr(dict, nm, strHash(nm));
    if (!is_null(f) && Func_is(f)) dictSetH(dict, nm, strHash(nm), K.Prop_new(T_classmethod_, f, None, None, None));
  }
  const sl = dictGetStr(dict, intern(strLit("__slots__")), strHash(intern(strLit("__slots__"))));
  if (is_null(sl)) return true;
  let items: anyref = null, n = 0;
  if (K.Tuple_is(sl)) { items = Tuple_get_items(sl); n = AnyArr_len(items); }
  else if (K.List_is(sl)) { items = K.List_get_items(sl); n = K.List_get_len(sl); }
  for (let i = 0; i < n; i++) {
    const s = AnyArr_get(items, i);
    if (!K.Str_is(s)) continue;
    if (!is_null(dictGetStr(dict, s, strHash(s)))) {
      const m = sbLen; sbByte(39); sbStr(s); sbLit("' in __slots__ conflicts with class variable");
      raiseWith(E.ValueError, sbTakeStr(m));
      return false;
    }
  }
  return true;
}

function C_exc_clear(): bool { return true; }

/** object() */
export function objectCtor(cls: anyref, args: anyref, base: i32, n: i32, kw: anyref): anyref {
  if (n > 0) return raiseTypeError(strLit("object() takes no arguments"));
  return K.Inst_new(cls, null);
}
import { raiseWith as raiseWith_ } from "../rt/errors";
import * as E_ from "./exceptions";
import { repr as repr_ } from "../ops";
import { fatal as C_fatal_, clearExc as clearExc_ } from "../rt/core";
function C_isFatal_(): bool { return C_fatal_ != 0; }

/** Keyword arguments of a builtin exception constructor: name/path (ImportError), name/obj
 * (AttributeError), name (NameError) become attributes; others are refused as BaseException.__init__
 * does, unless a Python __init__ takes them. */
function excKeywords(e: anyref, cls: anyref, args: anyref, base: i32, kw: anyref): bool {
  const names = Tuple_get_items(kw);
  const init = typeLookup(cls, N.N_init);
  const nativeInit = is_null(init) || Builtin_is(init);
  const imp = isSubtype(cls, E.ImportError), attr = isSubtype(cls, E.AttributeError), nam = isSubtype(cls, E.NameError);
  for (let i = 0; i < AnyArr_len(names); i++) {
    const k = AnyArr_get(names, i);
    const ok = (imp && (strEqLit_(k, "name") || strEqLit_(k, "path"))) || (attr && (strEqLit_(k, "name") || strEqLit_(k, "obj"))) || (nam && strEqLit_(k, "name"));
    if (ok) { setPendingAttrOn_(e, k, AnyArr_get(args, base + i)); continue; }
    if (!nativeInit) continue;
    const m = sbLen;
    if (imp || attr || nam) { sbByte(39); sbStr(k); sbLit("' is an invalid keyword argument for "); sbLit(imp ? "ImportError()" : attr ? "AttributeError()" : "NameError()"); }
    else { sbStr(K.Type_get_name(cls)); sbLit("() takes no keyword arguments"); }
    raiseTypeError(sbTakeStr(m));
    return false;
  }
  return true;
}
function setPendingAttrOn_(e: anyref, k: anyref, v: anyref): void {
  let d = K.Exc_get_dict(e);
  if (is_null(d)) { d = dictNew(); K.Exc_set_dict(e, d); }
  dictSet(d, k, v);
}
