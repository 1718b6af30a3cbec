// The generic object protocol: what `repr(x)`, `x == y`, `x + y`, `x.attr`, `x[k]`, `iter(x)`…
// mean for any value. Fast paths for the builtin types come first; objects of user classes
// (heap types) dispatch to their dunder methods through interp.callObject (a nested run of the
// dispatch loop, counted against the recursion limit).
import * as K from "./generated/kernel";
import {
  is_null, ref_eq, small_is, small_get, small_new, Str_is, Float_is, Float_get_val, Int_is, Bool_is, List_is, Tuple_is, Dict_is,
  AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, AnyArr_copy, Tuple_get_items, List_get_items, List_get_len, Type_is,
  Type_get_name, Type_get_flags, Obj_get_cls, Singleton_is, Exc_is, Range_is, Inst_is,
} from "./generated/kernel";
import {
  T_int, T_bool, T_float, T_str, T_tuple, T_list, T_dict, T_type, T_range, T_iterator, T_range_iterator, T_slice,
  None, True, False, NotImplemented, Ellipsis, EmptyTuple, exc, setExc, clearExc, mkInt, mkFloat, mkBool, intVal, isSmallOrInt,
  sbLen, sbLit, sbByte, sbTakeStr, sbTruncate, strLit, typeOf, sbI64, stepsLeft, setStepsLeft,
} from "./rt/core";
import { raiseTypeError, raiseIndexError, raiseKeyError, raiseValueError, raiseLit, raiseZeroDivision, raiseMemoryError, raiseWith } from "./rt/errors";
import * as E from "./objects/exceptions";
import * as N from "./rt/names";
import { TF_HEAP, typeLookup, isSubtype, tupleOf } from "./objects/type";
import { OP_ADD, OP_SUB, OP_MUL, OP_MOD, OP_TRUEDIV, OP_FLOORDIV, OP_POW, intBinop, intHash } from "./objects/int";
import { floatBinop, floatHash, floatReprInto } from "./objects/float";
import { bigBinop, bigCompare, intCmpFloat, intToF64, bigHash, bigReprInto, bigNeg, bigInvert, negI64 } from "./objects/bigint";
import {
  strEq, strHash, strCompare, strConcat, strRepeat, strReprInto, sbStr, strGetItem, strSlice, strContains, strLen, codepointAt, charStr,
} from "./objects/str";
import { listNew, listAppend, listFromArr, listGetItem, listSetItem, listToArr, listExtendArr, listDelRange } from "./objects/list";
import { dictGet, dictSet, dictDel, dictLen, dictNext, dictKeyAt, dictValAt, dictNew, dictGetStr } from "./objects/dict";
import { excStrInto, excReprInto } from "./objects/exceptions";
import { callObject, callObject1, callObject2, callObject0 } from "./interp";

// ---- names and types ---------------------------------------------------------------------------
export function typeName(x: anyref): anyref { return Type_get_name(typeOf(x)); }
function isHeap(cls: anyref): bool { return (Type_get_flags(cls) & TF_HEAP) != 0; }

/**
 * The object whose user-defined dunders are ignored: set by the natives of objects/slots.ts
 * (list.__getitem__ …) so that `super().__setitem__` runs the builtin behaviour.
 */
let bypassUser: anyref = null;
export function setBypass(x: anyref): anyref { const old = bypassUser; bypassUser = x; return old; }

/** A dunder method from the class of x when x's class is user-defined; null otherwise. */
export function userDunder(x: anyref, name: anyref): anyref {
  if (small_is(x)) return null;
  const cls = Obj_get_cls(x);
  if (!isHeap(cls)) return null;
  if (ref_eq(x, bypassUser)) return null;
  const m = typeLookup(cls, name);
  // natives inherited from builtin classes (object.__repr__ …) mean "the builtin behaviour"
  if (!is_null(m) && K.Builtin_is(m)) return null;
  return m;
}

// ---- repr / str --------------------------------------------------------------------------------
let reprStack: anyref = null; // objects whose repr is in progress (for "[...]")
let reprDepth: i32 = 0;

function reprEnter(x: anyref): bool {
  if (is_null(reprStack)) reprStack = AnyArr_new(64);
  for (let i = 0; i < reprDepth; i++) if (ref_eq(AnyArr_get(reprStack, i), x)) return false;
  if (reprDepth == AnyArr_len(reprStack)) { const a = AnyArr_new(reprDepth * 2); AnyArr_copy(a, 0, reprStack, 0, reprDepth); reprStack = a; }
  AnyArr_set(reprStack, reprDepth++, x);
  return true;
}
function reprLeave(): void { reprDepth--; }

/** Append repr(x) to the string builder. Returns false (exc set) on error. */
export function reprInto(x: anyref): bool {
  if (small_is(x)) { sbI64(small_get(x)); return true; }
  if (Str_is(x) && !isHeap(Obj_get_cls(x))) { strReprInto(x); return true; }
  if (!enterRecursive_(" while getting the repr of an object")) return false;
  const r = reprIntoCounted(x);
  leaveRecursive_();
  return r;
}
function reprIntoCounted(x: anyref): bool {
  const user = userDunder(x, N.N_repr);
  if (!is_null(user)) return callStrInto(user, x, "__repr__");
  if (Int_is(x)) { sbI64(K.Int_get_val(x)); return true; }
  if (K.BigInt_is(x)) return bigReprInto(x);
  if (Float_is(x)) { floatReprInto(Float_get_val(x)); return true; }
  if (Bool_is(x)) { sbLit(K.Bool_get_val(x) ? "True" : "False"); return true; }
  if (Singleton_is(x)) {
    const id = K.Singleton_get_id(x);
    sbLit(id == 0 ? "None" : id == 1 ? "NotImplemented" : "Ellipsis");
    return true;
  }
  if (Str_is(x)) { strReprInto(x); return true; }
  if (List_is(x)) {
    if (!reprEnter(x)) { sbLit("[...]"); return true; }
    sbByte(91);
    for (let i = 0; i < List_get_len(x); i++) {
      if (i) sbLit(", ");
      if (!reprInto(AnyArr_get(List_get_items(x), i))) { reprLeave(); return false; }
    }
    sbByte(93);
    reprLeave();
    return true;
  }
  if (Tuple_is(x)) {
    if (!ref_eq(Obj_get_cls(x), T_tuple)) { const r = nativeReprInto(x); if (r >= 0) return r != 0; }
    const items = Tuple_get_items(x);
    const n = AnyArr_len(items);
    if (n == 0) { sbLit("()"); return true; }
    if (!reprEnter(x)) { sbLit("(...)"); return true; }
    sbByte(40);
    for (let i = 0; i < n; i++) {
      if (i) sbLit(", ");
      if (!reprInto(AnyArr_get(items, i))) { reprLeave(); return false; }
    }
    if (n == 1) sbByte(44);
    sbByte(41);
    reprLeave();
    return true;
  }
  if (Dict_is(x)) {
    if (!reprEnter(x)) { sbLit("{...}"); return true; }
    sbByte(123);
    let i = dictNext(x, 0);
    let first = true;
    while (i >= 0) {
      if (!first) sbLit(", ");
      first = false;
      if (!reprInto(dictKeyAt(x, i))) { reprLeave(); return false; }
      sbLit(": ");
      if (!reprInto(dictValAt(x, i))) { reprLeave(); return false; }
      i = dictNext(x, i + 1);
    }
    sbByte(125);
    reprLeave();
    return true;
  }
  { const r = extReprInto(x); if (r >= 0) return r != 0; }
  if (Exc_is(x)) { excReprInto(x, Obj_get_cls(x)); return true; }
  if (Type_is(x)) { sbLit("<class '"); typeQualInto(x); sbLit("'>"); return true; }
  if (Range_is(x)) {
    sbLit("range("); sbI64(K.Range_get_start(x)); sbLit(", "); sbI64(K.Range_get_stop(x));
    if (K.Range_get_step(x) != 1) { sbLit(", "); sbI64(K.Range_get_step(x)); }
    sbByte(41);
    return true;
  }
  if (K.Func_is(x)) { sbLit("<function "); sbStr(K.Func_get_qualname(x)); sbLit(" at 0x"); fakeAddr(x); sbByte(62); return true; }
  if (K.Builtin_is(x)) {
    const self = K.Builtin_get_self(x);
    if (is_null(self) || ref_eq(self, None) || K.Module_is(self)) { sbLit("<built-in function "); sbStr(K.Builtin_get_name(x)); sbByte(62); }
    else { sbLit("<built-in method "); sbStr(K.Builtin_get_name(x)); sbLit(" of "); sbStr(typeName(self)); sbLit(" object at 0x"); fakeAddr(self); sbByte(62); }
    return true;
  }
  if (K.Method_is(x)) {
    const bf = K.Method_get_func(x);
    if (K.Builtin_is(bf)) { const bs = K.Method_get_self(x); sbLit("<built-in method "); sbStr(K.Builtin_get_name(bf)); sbLit(" of "); sbStr(typeName(bs)); sbLit(" object at 0x"); fakeAddr(bs); sbByte(62); return true; }
    sbLit("<bound method "); const f = K.Method_get_func(x);
    if (K.Func_is(f)) sbStr(K.Func_get_qualname(f)); else sbLit("?");
    sbLit(" of "); if (!reprInto(K.Method_get_self(x))) return false; sbByte(62); return true;
  }
  if (K.Module_is(x)) {
    sbLit("<module '"); sbStr(K.Module_get_name(x));
    sbLit(ref_eq(K.Module_get_dict(x), builtinsDict_) ? "' (built-in)>" : "'>"); return true;
  }
  if (K.Gen_is(x)) { sbByte(60); sbStr(typeName(x)); sbLit(" object "); sbStr(K.Gen_get_qualname(x)); sbLit(" at 0x"); fakeAddr(x); sbByte(62); return true; }
  if (K.Slice_is(x)) {
    sbLit("slice("); if (!reprInto(K.Slice_get_start(x))) return false; sbLit(", ");
    if (!reprInto(K.Slice_get_stop(x))) return false; sbLit(", "); if (!reprInto(K.Slice_get_step(x))) return false; sbByte(41); return true;
  }
  if (K.Inst_is(x)) { const r = nativeReprInto(x); if (r >= 0) return r != 0; }
  if (K.Prop_is(x) && (ref_eq(Obj_get_cls(x), C.T_staticmethod) || ref_eq(Obj_get_cls(x), C.T_classmethod))) {
    // 3.10+: <staticmethod(<function f at 0x…>)>
    sbByte(60); sbStr(typeName(x)); sbByte(40); if (!reprInto(K.Prop_get_fget(x))) return false; sbLit(")>"); return true;
  }
  // default object repr
  sbByte(60); typeQualInto(typeOf(x)); sbLit(" object at 0x"); fakeAddr(x); sbByte(62);
  return true;
}

/** A builtin (non-heap) type's own native __repr__ (sys.stdout, sys.version_info): -1 none, 0 error, 1 done. */
function nativeReprInto(x: anyref): i32 {
  const cls = Obj_get_cls(x);
  if (isHeap(cls)) return -1;
  const f = dictGet(K.Type_get_dict(cls), N.N_repr);
  if (is_null(f) || !K.Builtin_is(f)) return -1;
  return callStrInto(f, x, "__repr__") ? 1 : 0;
}

/** Type name as repr shows it: builtins bare, user classes as module.qualname. */
function typeQualInto(t: anyref): void {
  const mod = K.Type_get_module(t);
  if (!is_null(mod) && Str_is(mod) && !strEqLit_(mod, "builtins")) { sbStr(mod); sbByte(46); sbStr(K.Type_get_qualname(t)); return; }
  sbStr(Type_get_name(t));
}
import { strEqLit as strEqLit_, strHash64 as strHash64_ } from "./objects/str";

// Addresses are not observable in pyex (determinism): objects get a sequence number on first
// use in a repr, shown as a plausible address.
let addrTable: anyref = null;
let addrNext: i64 = 0;
function fakeAddr(x: anyref): void {
  // A linear scan of a small table keeps this allocation-free and deterministic.
  if (is_null(addrTable)) addrTable = AnyArr_new(256);
  let n = <i32>addrNext;
  let idx = -1;
  const lim = n < AnyArr_len(addrTable) ? n : AnyArr_len(addrTable);
  for (let i = 0; i < lim; i++) if (ref_eq(AnyArr_get(addrTable, i), x)) { idx = i; break; }
  if (idx < 0) {
    idx = n;
    if (n < AnyArr_len(addrTable)) AnyArr_set(addrTable, n, x);
    addrNext++;
  }
  const v: u64 = 0x7f0000001000 + <u64>idx * 0x40;
  for (let k = 44; k >= 0; k -= 4) { const d = <i32>((v >> k) & 15); sbByte(d < 10 ? 48 + d : 87 + d); }
}

function callStrInto(method: anyref, x: anyref, what: string): bool {
  const r = callObject1(method, x);
  if (is_null(r)) return false;
  if (!Str_is(r)) {
    const m = sbLen; sbStr(strLit(what)); sbLit(" returned non-string (type "); sbStr(typeName(r)); sbByte(41);
    raiseTypeError(sbTakeStr(m));
    return false;
  }
  sbStr(r);
  return true;
}

/** Append str(x). */
export function strInto(x: anyref): bool {
  if (Str_is(x) && !isHeap(Obj_get_cls(x))) { sbStr(x); return true; }
  if (!enterRecursive_(" while getting the str of an object")) return false;
  const r = strIntoCounted(x);
  leaveRecursive_();
  return r;
}
import { enterRecursive as enterRecursive_, leaveRecursive as leaveRecursive_ } from "./interp";
function strIntoCounted(x: anyref): bool {
  const user = userDunder(x, N.N_str);
  if (!is_null(user)) return callStrInto(user, x, "__str__");
  if (Str_is(x)) { sbStr(x); return true; }
  if (Exc_is(x)) {
    const u = userDunder(x, N.N_repr);
    excStrInto(x, isSubtype(Obj_get_cls(x), E.KeyError));
    return true;
  }
  // object.__str__ calls the type's repr directly (no second recursion count)
  if (small_is(x) || (Str_is(x) && !isHeap(Obj_get_cls(x)))) return reprInto(x);
  return reprIntoCounted(x);
}
export function repr(x: anyref): anyref { const m = sbLen; if (!reprInto(x)) { sbTruncate(m); return null; } return sbTakeStr(m); }
export function str(x: anyref): anyref {
  if (Str_is(x) && ref_eq(Obj_get_cls(x), T_str)) return x;
  const m = sbLen; if (!strInto(x)) { sbTruncate(m); return null; } return sbTakeStr(m);
}
export function strObj(x: anyref): anyref { return str(x); }

// ---- hashing and equality ------------------------------------------------------------------------
/** hash(x) as CPython computes it for numbers; -1 with exc set on error. */
export function hashOf(x: anyref): i64 {
  if (small_is(x)) { const v = small_get(x); return v == -1 ? -2 : <i64>v; }
  if (Str_is(x)) return strHash64_(x);
  const user = userDunder(x, N.N_hash);
  if (!is_null(user)) {
    if (ref_eq(user, None)) { unhashable(x); return -1; }
    const r = callObject1(user, x);
    if (is_null(r)) return -1;
    if (K.BigInt_is(r)) return bigHash(r);
    if (!isSmallOrInt(r)) { raiseTypeError(strLit("__hash__ method should return an integer")); return -1; }
    const v = intVal(r);
    return v == -1 ? -2 : v;
  }
  if (Int_is(x)) return intHash(K.Int_get_val(x));
  if (K.BigInt_is(x)) return bigHash(x);
  if (Bool_is(x)) return <i64>K.Bool_get_val(x);
  if (Float_is(x)) return floatHash(Float_get_val(x));
  if (Tuple_is(x)) {
    // CPython's xxHash-based tuple hash
    const items = Tuple_get_items(x);
    const n = AnyArr_len(items);
    let acc: u64 = 2870177450012600261;
    for (let i = 0; i < n; i++) {
      const h = hashOf(AnyArr_get(items, i));
      if (h == -1 && !is_null(exc)) return -1;
      acc += <u64>h * 14029467366897019727;
      acc = (acc << 31) | (acc >> 33);
      acc *= 11400714785074694791;
    }
    acc += <u64>n ^ (2870177450012600261 ^ 3527539);
    if (acc == <u64>-1) return 1546275796;
    return <i64>acc;
  }
  { const h = extHash(x); if (extHandled) return h; }
  if (List_is(x) || Dict_is(x) || K.Slice_is(x)) { unhashable(x); return -1; }   // slices: unhashable until 3.12
  if (Range_is(x)) {
    // hash((len, start, step)) with None for what does not matter (CPython's range_hash)
    const len = K.Range_get_len(x);
    const t = AnyArr_new(3);
    AnyArr_set(t, 0, mkInt(len));
    AnyArr_set(t, 1, len == 0 ? None : mkInt(K.Range_get_start(x)));
    AnyArr_set(t, 2, len <= 1 ? None : mkInt(K.Range_get_step(x)));
    return hashOf(tupleOf(t));
  }
  if (K.Method_is(x)) { const hs = hashOf(K.Method_get_self(x)); if (hs == -1 && !is_null(exc)) return -1; return hs ^ identityHash(K.Method_get_func(x)); }
  // identity hash: deterministic per object (sequence number)
  return identityHash(x);
}
function unhashable(x: anyref): void {
  const m = sbLen; sbLit("unhashable type: '"); sbStr(typeName(x)); sbByte(39);
  raiseTypeError(sbTakeStr(m));
}
let idTable: anyref = null;
let nextId: i32 = 0x10000000; // table entries use small numbers; header ids start high
let idCount: i32 = 0;
/** Identity hash / id(): a per-run sequence number, found by linear probing on a table of objects. */
export function identityHash(x: anyref): i64 {
  // Heap objects carry their identity number in the header (assigned on first use, in order, so
  // ids are deterministic); only non-Obj values (i31 ints never get here) fall back to the table.
  if (K.obj_is(x)) {
    let id = K.Obj_get_oid(x);
    if (id == 0) { id = ++nextId; K.Obj_set_oid(x, id); }
    return <i64>id * 16 + 0x10000;
  }
  if (is_null(idTable)) idTable = AnyArr_new(64);
  for (let i = 0; i < idCount; i++) if (ref_eq(AnyArr_get(idTable, i), x)) return <i64>(i + 1) * 16 + 0x10000;
  if (idCount == AnyArr_len(idTable)) { const a = AnyArr_new(idCount * 2); AnyArr_copy(a, 0, idTable, 0, idCount); idTable = a; }
  AnyArr_set(idTable, idCount++, x);
  return <i64>idCount * 16 + 0x10000;
}

/** x == y as a C boolean: 1, 0, or -1 on error. */
export function eqBool(a: anyref, b: anyref): i32 {
  if (ref_eq(a, b)) return 1;   // PyObject_RichCompareBool: identity implies equality (also for a NaN)
  if (small_is(a) && small_is(b)) return 0;
  if (Str_is(a) && Str_is(b) && !isHeap(Obj_get_cls(a)) && !isHeap(Obj_get_cls(b))) return strEq(a, b) ? 1 : 0;
  const r = richCompare(a, b, CMP_EQ);
  if (is_null(r)) return -1;
  return truthy(r);
}

export const CMP_LT: i32 = 0;
export const CMP_LE: i32 = 1;
export const CMP_EQ: i32 = 2;
export const CMP_NE: i32 = 3;
export const CMP_GT: i32 = 4;
export const CMP_GE: i32 = 5;

function cmpResult(c: i32, op: i32): bool {
  switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
  }
}
const SWAPPED: StaticArray<i32> = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE];
function cmpName(o: i32): anyref {
  switch (o) { case 0: return N.N_lt; case 1: return N.N_le; case 2: return N.N_eq; case 3: return N.N_ne; case 4: return N.N_gt; default: return N.N_ge; }
}

function isNumber(x: anyref): bool { return small_is(x) || Int_is(x) || Bool_is(x) || Float_is(x) || K.BigInt_is(x); }
function toF64(x: anyref): f64 { return Float_is(x) ? Float_get_val(x) : <f64>intVal(x); }

/** Compare two numbers exactly (int vs float compares mathematically). */
function numCompare(a: anyref, b: anyref, op: i32): anyref {
  if (K.BigInt_is(a) || K.BigInt_is(b)) {
    if (!Float_is(a) && !Float_is(b)) return mkBool(cmpResult(bigCompare(a, b), op));
    const f = Float_is(a) ? Float_get_val(a) : Float_get_val(b);
    if (f != f) return mkBool(op == CMP_NE);
    let c = intCmpFloat(Float_is(a) ? b : a, f);
    if (Float_is(a)) c = -c;
    return mkBool(cmpResult(c, op));
  }
  if (!Float_is(a) && !Float_is(b)) {
    const x = intVal(a), y = intVal(b);
    return mkBool(cmpResult(x < y ? -1 : x > y ? 1 : 0, op));
  }
  const x = toF64(a), y = toF64(b);
  if (x != x || y != y) return mkBool(op == CMP_NE);
  // int vs float beyond 2**53: compare exactly via the integer side when it is integral
  if (!Float_is(a) || !Float_is(b)) {
    const iv = Float_is(a) ? intVal(b) : intVal(a);
    const fv = Float_is(a) ? x : y;
    if (iv > (1 << 53) || iv < -(1 << 53)) {
      let c: i32;
      if (fv >= 9223372036854775808.0) c = -1;
      else if (fv < -9223372036854775808.0) c = 1;
      else {
        const ff = Math.floor(fv);
        const fi = <i64>ff;
        c = iv < fi ? -1 : iv > fi ? 1 : (fv > ff ? -1 : 0);
      }
      if (Float_is(a)) c = -c;
      return mkBool(cmpResult(c, op));
    }
  }
  return mkBool(cmpResult(x < y ? -1 : x > y ? 1 : 0, op));
}

function seqCompare(ia: anyref, na: i32, ib: anyref, nb: i32, op: i32): anyref {
  const n = na < nb ? na : nb;
  let i = 0;
  for (; i < n; i++) {
    const r = eqBool(AnyArr_get(ia, i), AnyArr_get(ib, i));
    if (r < 0) return null;
    if (!r) break;
  }
  if (i >= n) return mkBool(cmpResult(na < nb ? -1 : na > nb ? 1 : 0, op));
  if (op == CMP_EQ) return False;
  if (op == CMP_NE) return True;
  return richCompare(AnyArr_get(ia, i), AnyArr_get(ib, i), op);
}

const CMP_NAMES: StaticArray<string> = ["<", "<=", "==", "!=", ">", ">="];

/** a <op> b, returning a Python object (usually a bool). */
export function richCompare(a: anyref, b: anyref, op: i32): anyref {
  if (isNumber(a) && isNumber(b)) return numCompare(a, b, op);
  if (!enterRecursive_(" in comparison")) return null;
  const r = richCompareCounted(a, b, op);
  leaveRecursive_();
  return r;
}
function richCompareCounted(a: anyref, b: anyref, op: i32): anyref {
  if (K.Slice_is(a) && K.Slice_is(b)) {
    // slices compare like (start, stop, step) tuples
    const ta3 = AnyArr_new(3), tb3 = AnyArr_new(3);
    AnyArr_set(ta3, 0, K.Slice_get_start(a)); AnyArr_set(ta3, 1, K.Slice_get_stop(a)); AnyArr_set(ta3, 2, K.Slice_get_step(a));
    AnyArr_set(tb3, 0, K.Slice_get_start(b)); AnyArr_set(tb3, 1, K.Slice_get_stop(b)); AnyArr_set(tb3, 2, K.Slice_get_step(b));
    return richCompareCounted(tupleOf(ta3), tupleOf(tb3), op);
  }
  const ta = typeOf(a), tb = typeOf(b);
  const userA = isHeap(ta), userB = isHeap(tb);
  if (userA || userB) {
    // reflected first when b's class is a subclass of a's
    let tryReflectedFirst = !ref_eq(ta, tb) && isSubtype(tb, ta) && userB;
    for (let pass = 0; pass < 2; pass++) {
      const reflected = (pass == 0) == tryReflectedFirst;
      const self = reflected ? b : a, other = reflected ? a : b;
      const o = reflected ? SWAPPED[op] : op;
      const m = userDunder(self, cmpName(o));
      if (!is_null(m) && !ref_eq(m, None)) {
        const r = callObject2(m, self, other);
        if (is_null(r)) return null;
        if (!ref_eq(r, NotImplemented)) return r;
      }
    }
    // __ne__ defaults to the inverse of __eq__ (object.__ne__); a builtin base's own __ne__
    // (str.__ne__ for a str subclass that only overrides __eq__) compares as that builtin does
    if (op == CMP_NE && !inheritsBuiltinNe(ta)) {
      const m = userDunder(a, N.N_eq);
      if (!is_null(m)) {
        const r = callObject2(m, a, b);
        if (is_null(r)) return null;
        if (!ref_eq(r, NotImplemented)) { const t = truthy(r); if (t < 0) return null; return mkBool(!t); }
      }
    }
  }
  if (Str_is(a) && Str_is(b)) return mkBool(cmpResult(strCompare(a, b), op));
  { const r = extCompare(a, b, op); if (!ref_eq(r, NotImplemented)) return r; }
  if (List_is(a) && List_is(b)) return seqCompare(List_get_items(a), List_get_len(a), List_get_items(b), List_get_len(b), op);
  if (Tuple_is(a) && Tuple_is(b)) { const ia = Tuple_get_items(a), ib = Tuple_get_items(b); return seqCompare(ia, AnyArr_len(ia), ib, AnyArr_len(ib), op); }
  if (K.Slice_is(a) && K.Slice_is(b)) {
    // slices compare as (start, stop, step) tuples
    const ia = AnyArr_new(3), ib = AnyArr_new(3);
    AnyArr_set(ia, 0, K.Slice_get_start(a)); AnyArr_set(ia, 1, K.Slice_get_stop(a)); AnyArr_set(ia, 2, K.Slice_get_step(a));
    AnyArr_set(ib, 0, K.Slice_get_start(b)); AnyArr_set(ib, 1, K.Slice_get_stop(b)); AnyArr_set(ib, 2, K.Slice_get_step(b));
    return seqCompare(ia, 3, ib, 3, op);
  }
  if (op == CMP_EQ || op == CMP_NE) {
    let eq = ref_eq(a, b);
    if (!eq && Dict_is(a) && Dict_is(b)) { const r = dictEq(a, b); if (r < 0) return null; eq = r != 0; }
    else if (!eq && Range_is(a) && Range_is(b)) eq = rangeEq(a, b);
    else if (!eq && K.Method_is(a) && K.Method_is(b)) eq = ref_eq(K.Method_get_func(a), K.Method_get_func(b)) && ref_eq(K.Method_get_self(a), K.Method_get_self(b));
    return mkBool(op == CMP_EQ ? eq : !eq);
  }
  const m = sbLen; sbLit("'"); sbLit(CMP_NAMES[op]); sbLit("' not supported between instances of '"); sbStr(typeName(a));
  sbLit("' and '"); sbStr(typeName(b)); sbLit("'");
  return raiseTypeError(sbTakeStr(m));
}
function inheritsBuiltinNe(t: anyref): bool {
  const ne = typeLookup(t, cmpName(CMP_NE));
  if (is_null(ne) || !K.Builtin_is(ne)) return false;
  const objNe = typeLookup(C.T_object, cmpName(CMP_NE));
  return !ref_eq(ne, objNe);
}
function dictEq(a: anyref, b: anyref): i32 {
  if (dictLen(a) != dictLen(b)) return 0;
  let i = dictNext(a, 0);
  while (i >= 0) {
    const v2 = dictGet(b, dictKeyAt(a, i));
    if (is_null(v2)) return is_null(exc) ? 0 : -1;
    const r = eqBool(dictValAt(a, i), v2);
    if (r <= 0) return r;
    i = dictNext(a, i + 1);
  }
  return 1;
}
function rangeEq(a: anyref, b: anyref): bool {
  const la = K.Range_get_len(a), lb = K.Range_get_len(b);
  if (la != lb) return false;
  if (la == 0) return true;
  if (K.Range_get_start(a) != K.Range_get_start(b)) return false;
  return la == 1 || K.Range_get_step(a) == K.Range_get_step(b);
}

/** a < b as a C boolean (sorting, min/max): 1, 0, -1 on error. */
export function lessThan(a: anyref, b: anyref): i32 {
  if (!C.chargeSteps(1)) return -1;   // sort/min/max: n log n comparisons are work
  const q = quickLess(a, b);
  if (q >= 0) return q;
  const r = richCompare(a, b, CMP_LT);
  if (is_null(r)) return -1;
  return truthy(r);
}

/**
 * a < b when both are ints (i31), floats, strs or tuples of such (exact builtin types: no Python
 * code can run), as richCompare would answer it; -2 when it cannot tell without richCompare.
 * Tuples compare like CPython's: items equal by identity or value are skipped, the first unequal
 * pair decides.
 */
function quickLess(a: anyref, b: anyref): i32 {
  if (small_is(a)) { if (small_is(b)) return small_get(a) < small_get(b) ? 1 : 0; return -2; }
  if (small_is(b)) return -2;
  const ca = Obj_get_cls(a);
  if (!ref_eq(ca, Obj_get_cls(b))) return -2;
  if (ref_eq(ca, C.T_float)) return Float_get_val(a) < Float_get_val(b) ? 1 : 0;
  if (ref_eq(ca, C.T_str)) return strCompare(a, b) < 0 ? 1 : 0;
  if (ref_eq(ca, T_tuple)) {
    const ia = Tuple_get_items(a), ib = Tuple_get_items(b);
    const na = AnyArr_len(ia), nb = AnyArr_len(ib);
    const n = na < nb ? na : nb;
    for (let i = 0; i < n; i++) {
      const x = AnyArr_get(ia, i), y = AnyArr_get(ib, i);
      if (ref_eq(x, y)) continue;
      const e = quickEq(x, y);
      if (e < 0) return -2;
      if (e == 0) return quickLess(x, y);
    }
    return na < nb ? 1 : 0;
  }
  return -2;
}
/** x == y for two distinct objects of the kinds quickLess handles; -1 when it cannot tell. */
function quickEq(x: anyref, y: anyref): i32 {
  if (small_is(x)) return small_is(y) ? 0 : -1;   // distinct i31 refs are unequal ints
  if (small_is(y)) return -1;
  const cx = Obj_get_cls(x);
  if (!ref_eq(cx, Obj_get_cls(y))) return -1;
  if (ref_eq(cx, C.T_float)) return Float_get_val(x) == Float_get_val(y) ? 1 : 0;
  if (ref_eq(cx, C.T_str)) return strEq(x, y) ? 1 : 0;
  return -1;
}

// ---- truth -------------------------------------------------------------------------------------
/** bool(x): 1, 0, or -1 on error. */
export function truthy(x: anyref): i32 {
  if (ref_eq(x, True)) return 1;
  if (ref_eq(x, False) || ref_eq(x, None)) return 0;
  if (small_is(x)) return small_get(x) != 0 ? 1 : 0;
  const cls = Obj_get_cls(x);
  if (isHeap(cls)) {
    let m = userDunder(x, N.N_bool);
    if (!is_null(m)) {
      const r = callObject1(m, x);
      if (is_null(r)) return -1;
      if (!Bool_is(r)) { const mm = sbLen; sbLit("__bool__ should return bool, returned "); sbStr(typeName(r)); raiseTypeError(sbTakeStr(mm)); return -1; }
      return K.Bool_get_val(r);
    }
    m = userDunder(x, N.N_len);
    if (!is_null(m)) {
      const v = userLen(x);   // negative or oversized lengths raise, as for len()
      if (v < 0) return -1;
      return v != 0 ? 1 : 0;
    }
  }
  if (Str_is(x)) return strLen(x) != 0 ? 1 : 0;
  if (List_is(x)) return List_get_len(x) != 0 ? 1 : 0;
  if (Tuple_is(x)) return AnyArr_len(Tuple_get_items(x)) != 0 ? 1 : 0;
  if (Dict_is(x)) return dictLen(x) != 0 ? 1 : 0;
  if (Float_is(x)) return Float_get_val(x) != 0 ? 1 : 0;
  if (K.Complex_is(x)) return K.Complex_get_re(x) != 0 || K.Complex_get_im(x) != 0 ? 1 : 0;
  if (Int_is(x)) return K.Int_get_val(x) != 0 ? 1 : 0;  // boxed: big value, or an int subclass instance
  if (Range_is(x)) return K.Range_get_len(x) != 0 ? 1 : 0;
  if (K.Complex_is(x)) return K.Complex_get_re(x) != 0 || K.Complex_get_im(x) != 0 ? 1 : 0;
  { const n = extLen(x); if (n >= 0) return n != 0 ? 1 : 0; }
  return 1;
}

/** x.__index__() as i64 (ints and bools); TypeError otherwise. Check exc after calling. */
export function indexValue(x: anyref): i64 {
  if (small_is(x)) return small_get(x);
  if (Int_is(x) || Bool_is(x)) return intVal(x);
  if (K.BigInt_is(x)) { raiseWith(E.IndexError, strLit("cannot fit 'int' into an index-sized integer")); return 0; }
  const m = userDunder(x, N.N_index);
  if (!is_null(m)) {
    const r = callObject1(m, x);
    if (is_null(r)) return 0;
    if (isSmallOrInt(r)) return intVal(r);
    // PyNumber_AsSsize_t names the object's own type ("cannot fit 'B' into ...")
    if (K.BigInt_is(r)) { const mm = sbLen; sbLit("cannot fit '"); sbStr(typeName(x)); sbLit("' into an index-sized integer"); raiseWith(E.IndexError, sbTakeStr(mm)); return 0; }
    const m2 = sbLen; sbLit("__index__ returned non-int (type "); sbStr(typeName(r)); sbByte(41);
    raiseTypeError(sbTakeStr(m2));
    return 0;
  }
  const mm = sbLen; sbLit("'"); sbStr(typeName(x)); sbLit("' object cannot be interpreted as an integer");
  raiseTypeError(sbTakeStr(mm));
  return 0;
}

/**
 * A Py_ssize_t argument (CPython's "n" converter: list.pop/insert, str.center, ...): like
 * indexValue, but an int too large is an OverflowError, not the IndexError of a subscript.
 */
export function ssizeValue(x: anyref): i64 {
  if (K.BigInt_is(x)) { raiseWith(E.OverflowError, strLit("Python int too large to convert to C ssize_t")); return 0; }
  const v = indexValue(x);
  if (!is_null(exc) && isSubtype(typeOf(exc), E.IndexError)) { clearExc(); raiseWith(E.OverflowError, strLit("Python int too large to convert to C ssize_t")); }
  return v;
}
/** A start/stop argument of index()/count() (CPython's _PyEval_SliceIndex): big ints clamp. Check exc after. */
export function clampedIndexValue(x: anyref): i64 {
  if (K.BigInt_is(x)) return K.BigInt_get_sign(x) < 0 ? i64.MIN_VALUE / 2 : i64.MAX_VALUE / 2;
  const v = indexValue(x);
  if (!is_null(exc) && isSubtype(typeOf(exc), E.IndexError)) { clearExc(); return i64.MAX_VALUE / 2; }
  return v;
}

// ---- arithmetic ------------------------------------------------------------------------------------
const OP_SYMBOLS: StaticArray<string> = ["+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@"];
const IOP_SYMBOLS: StaticArray<string> = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="];

/** a <op> b for op in 0..12, in-place when op >= 16. */
export function binaryOp(a: anyref, b: anyref, op: i32): anyref {
  const inplace = op >= 16;
  const o = op & 15;
  if (!isHeapObj(a) && !isHeapObj(b)) {
    const r = numericBinop(a, b, o, inplace);
    if (is_null(r) || !ref_eq(r, NotImplemented)) return r;
  }
  if (inplace && noUser(a, AnyArr_get(N.N_ibinop, o)) && noUser(a, AnyArr_get(N.N_binop, o)) && noUser(b, AnyArr_get(N.N_rbinop, o))) {
    const r = extInplace(a, b, o); if (!ref_eq(r, NotImplemented)) return r;
  }
  const ta = typeOf(a), tb = typeOf(b);
  if (isHeap(ta) || isHeap(tb)) {
    const r = userBinop(a, b, o, inplace);
    if (is_null(r) || !ref_eq(r, NotImplemented)) return r;
    if (o == 10 && isUnionArg(a) && isUnionArg(b)) { const u = typeUnion(a, b); if (is_null(u) || !ref_eq(u, NotImplemented)) return u; }
    if (o == OP_MUL) { const rr = repeatByIndex(a, b); if (is_null(rr) || !ref_eq(rr, NotImplemented)) return rr; }
    return binopError(a, b, o, inplace);
  }
  if (o == 10 && isUnionArg(a) && isUnionArg(b)) { const u = typeUnion(a, b); if (is_null(u) || !ref_eq(u, NotImplemented)) return u; }
  // in-place repetition: a left operand with a sequence protocol (set, dict …) is the only one tried
  if (inplace && o == OP_MUL && (K.Set_is(a) || Dict_is(a)) && isRepeatable(b)) return binopError(a, b, o, inplace);
  const r = builtinBinop(a, b, o);
  if (is_null(r) || !ref_eq(r, NotImplemented)) return r;
  return binopError(a, b, o, inplace);
}
/** PEP 604: `X | Y` on classes (or None) builds a types.UnionType (stdlib/_pyex_union.py). */
function isUnionArg(x: anyref): bool { return Type_is(x) || ref_eq(x, None); }
function typeUnion(a: anyref, b: anyref): anyref {
  if (!Type_is(a) && !Type_is(b)) return NotImplemented;
  const m = importOne_(intern_(strLit("_pyex_union")), null);
  if (is_null(m)) return null;
  const f = getAttr_(m, intern_(strLit("_make")));
  if (is_null(f)) return null;
  return callObject2(f, a, b);
}
import { importOne as importOne_ } from "./builtins/modules";
import { classGetItem as classGetItem_ } from "./objects/generic";
import { bytearrayDelItem as bytearrayDelItem_ } from "./objects/bytes";
import { intern as intern_ } from "./objects/str";
import { getAttr as getAttr_ } from "./attrs";
/** Arithmetic on int/bool/float/big int operands (also instances of their subclasses); NotImplemented otherwise. */
function numericBinop(a: anyref, b: anyref, o: i32, inplace: bool): anyref {
  if (isSmallOrInt(a) && isSmallOrInt(b) && !(Bool_is(a) && Bool_is(b) && o >= 9) && o != 12) return intBinop(intVal(a), intVal(b), o);
  if (isNumber(a) && isNumber(b)) {
    if (K.BigInt_is(a) || K.BigInt_is(b)) {
      if (o == 12) return NotImplemented;   // @
      if (!Float_is(a) && !Float_is(b)) return bigBinop(a, b, o);
      if (o > OP_POW) return binopError(a, b, o, inplace);
      const x = Float_is(a) ? Float_get_val(a) : intToF64(a); if (!is_null(exc)) return null;
      const y = Float_is(b) ? Float_get_val(b) : intToF64(b); if (!is_null(exc)) return null;
      return floatBinop(x, y, o);
    }
    if (o <= OP_POW) return floatBinop(toF64(a), toF64(b), o);
  }
  return NotImplemented;
}
function isHeapObj(x: anyref): bool { return !small_is(x) && isHeap(Obj_get_cls(x)); }
/** True when x is a builtin object, or an instance of a user subclass that does not override `name`. */
function noUser(x: anyref, name: anyref): bool { return !isHeapObj(x) || is_null(userDunder(x, name)); }

function userBinop(a: anyref, b: anyref, o: i32, inplace: bool): anyref {
  if (inplace) {
    const m = userDunder(a, AnyArr_get(N.N_ibinop, o));
    if (!is_null(m)) { const r = callObject2(m, a, b); if (is_null(r) || !ref_eq(r, NotImplemented)) return r; }
  }
  const ta = typeOf(a), tb = typeOf(b);
  const rn = AnyArr_get(N.N_rbinop, o);
  const reflectFirst = !ref_eq(ta, tb) && isSubtype(tb, ta) && isHeap(tb) && !ref_eq(typeLookup(tb, rn), typeLookup(ta, rn));
  for (let pass = 0; pass < 2; pass++) {
    const reflected = (pass == 0) == reflectFirst;
    if (reflected && ref_eq(ta, tb)) continue;
    const self = reflected ? b : a, other = reflected ? a : b;
    const m = userDunder(self, AnyArr_get(reflected ? N.N_rbinop : N.N_binop, o));
    if (!is_null(m)) { const r = callObject2(m, self, other); if (is_null(r) || !ref_eq(r, NotImplemented)) return r; }
    else if (!numericSlotDefers(self, other)) {
      // no user method: the builtin implementation (also for subclasses of builtins), in the right order
      const r = builtinBinop(a, b, o);
      if (is_null(r) || !ref_eq(r, NotImplemented)) return r;
    }
  }
  return NotImplemented;
}

/** int's number slots return NotImplemented for float/complex operands (and float's for complex):
 * the wider type's slot does mixed arithmetic, so a float subclass's __rmul__ gets its turn first. */
function numericSlotDefers(self: anyref, other: anyref): bool {
  const selfInt = isSmallOrInt(self) || K.BigInt_is(self) || Bool_is(self);
  if (selfInt && (Float_is(other) || K.Complex_is(other))) return true;
  return Float_is(self) && K.Complex_is(other);
}
function builtinBinop(a: anyref, b: anyref, o: i32): anyref {
  { const r = numericBinop(a, b, o, false); if (!ref_eq(r, NotImplemented)) return r; }
  { const r = extBinop(a, b, o); if (!ref_eq(r, NotImplemented)) return r; }
  if (o == OP_MUL && ((K.BigInt_is(b) && isRepeatable(a)) || (K.BigInt_is(a) && isRepeatable(b)))) {
    return raiseOverflow_(strLit("cannot fit 'int' into an index-sized integer"));
  }
  if (Str_is(a)) {
    if (o == OP_ADD && Str_is(b)) {
      const nb = <i64>K.Bytes_len(K.Str_get_data(a)) + <i64>K.Bytes_len(K.Str_get_data(b));
      if (nb > (1 << 16) && (!C.reserve(nb + 32) || !C.chargeSteps(nb >> 6))) return null;
      return strConcat(a, b);
    }
    if (o == OP_MUL && isSmallOrInt(b)) return repeatStr(a, intVal(b));
    if (o == OP_MOD) return strPercent(a, b);
    if (o == OP_ADD) {
      const m = sbLen; sbLit("can only concatenate str (not \""); sbStr(typeName(b)); sbLit("\") to str");
      return raiseTypeError(sbTakeStr(m));
    }
  }
  if (o == OP_MUL && isSmallOrInt(a) && Str_is(b)) return repeatStr(b, intVal(a));
  if (List_is(a)) {
    if (o == OP_ADD && List_is(b)) {
      const na = List_get_len(a), nb = List_get_len(b);
      const arr = AnyArr_new(na + nb);
      AnyArr_copy(arr, 0, List_get_items(a), 0, na); AnyArr_copy(arr, na, List_get_items(b), 0, nb);
      return listFromArr(arr, na + nb);
    }
    if (o == OP_MUL && isSmallOrInt(b)) return repeatList(List_get_items(a), List_get_len(a), intVal(b), false);
    if (o == OP_ADD) {
      const m = sbLen; sbLit("can only concatenate list (not \""); sbStr(typeName(b)); sbLit("\") to list");
      return raiseTypeError(sbTakeStr(m));
    }
  }
  if (o == OP_MUL && isSmallOrInt(a) && List_is(b)) return repeatList(List_get_items(b), List_get_len(b), intVal(a), false);
  if (Tuple_is(a)) {
    if (o == OP_ADD && Tuple_is(b)) {
      const ia = Tuple_get_items(a), ib = Tuple_get_items(b);
      const na = AnyArr_len(ia), nb = AnyArr_len(ib);
      if (nb == 0) return a;
      if (na == 0) return b;
      const arr = AnyArr_new(na + nb);
      AnyArr_copy(arr, 0, ia, 0, na); AnyArr_copy(arr, na, ib, 0, nb);
      return tupleOf(arr);
    }
    if (o == OP_MUL && isSmallOrInt(b)) { const ia = Tuple_get_items(a); return repeatList(ia, AnyArr_len(ia), intVal(b), true); }
    if (o == OP_ADD) {
      const m = sbLen; sbLit("can only concatenate tuple (not \""); sbStr(typeName(b)); sbLit("\") to tuple");
      return raiseTypeError(sbTakeStr(m));
    }
  }
  if (o == OP_MUL && isSmallOrInt(a) && Tuple_is(b)) { const ib = Tuple_get_items(b); return repeatList(ib, AnyArr_len(ib), intVal(a), true); }
  if (Dict_is(a) && Dict_is(b) && o == 10 /* | */) {
    const d = dictCopy_(a);
    if (dictMerge_(d, b) < 0) return null;
    return d;
  }
  return NotImplemented;
}
import { dictCopy as dictCopy_, dictMerge as dictMerge_ } from "./objects/dict";
import { strPercent } from "./builtins/format";

const MAX_SEQ: i64 = 1 << 28; // items; larger requests fail before allocating
function repeatStr(s: anyref, n: i64): anyref {
  if (n > 0) {
    const nb = <i64>K.Bytes_len(K.Str_get_data(s));
    if (nb > 0 && n > (MAX_SEQ * 4) / nb) return raiseMemoryError();
    // budgets: fail before allocating, and charge the copy (docs/budgets.md)
    if (!C.reserve(nb * n + 32) || !C.chargeSteps((nb * n) >> 6)) return null;
  }
  return strRepeat(s, n);
}
function repeatList(items: anyref, len: i32, n: i64, tuple: bool): anyref {
  if (n <= 0 || len == 0) return tuple ? EmptyTuple : listNew(0);
  if (n > MAX_SEQ / <i64>len) return raiseMemoryError();
  if (!C.reserve(<i64>len * n * 8 + 48) || !C.chargeSteps((<i64>len * n) >> 1)) return null;
  const total = <i32>(<i64>len * n);
  const arr = AnyArr_new(total);
  if (len == 1) K.AnyArr_fill(arr, 0, AnyArr_get(items, 0), total);
  else for (let i = 0; i < <i32>n; i++) AnyArr_copy(arr, i * len, items, 0, len);
  return tuple ? tupleOf(arr) : listFromArr(arr, total);
}

/** seq * n where n has __index__ (sq_repeat takes any index). */
function repeatByIndex(a: anyref, b: anyref): anyref {
  const seqA = List_is(a) || Tuple_is(a) || Str_is(a) || K.BytesObj_is(a) || K.ByteArray_is(a);
  const seqB = List_is(b) || Tuple_is(b) || Str_is(b) || K.BytesObj_is(b) || K.ByteArray_is(b);
  if (seqA && !seqB && !is_null(userDunder(b, N.N_index))) { const n = indexValue(b); if (!is_null(exc)) return null; return builtinBinop(a, mkInt(n), OP_MUL); }
  if (seqB && !seqA && !is_null(userDunder(a, N.N_index))) { const n = indexValue(a); if (!is_null(exc)) return null; return builtinBinop(mkInt(n), b, OP_MUL); }
  // PyNumber_Multiply's sequence_repeat: a builtin sequence with a non-index operand
  if (seqA || seqB) { const m = sbLen; sbLit("can't multiply sequence by non-int of type '"); sbStr(typeName(seqA ? b : a)); sbByte(39); return raiseTypeError(sbTakeStr(m)); }
  return NotImplemented;
}
function binopError(a: anyref, b: anyref, o: i32, inplace: bool): anyref {
  const m = sbLen; sbLit("unsupported operand type(s) for "); sbLit(inplace ? IOP_SYMBOLS[o] : OP_SYMBOLS[o]);
  sbLit(": '"); sbStr(typeName(a)); sbLit("' and '"); sbStr(typeName(b)); sbLit("'");
  return raiseTypeError(sbTakeStr(m));
}

export const UN_NEG: i32 = 0;
export const UN_POS: i32 = 1;
export const UN_INVERT: i32 = 2;
export function unaryOp(x: anyref, which: i32): anyref {
  if (small_is(x)) {
    const v = <i64>small_get(x);
    return mkInt(which == UN_NEG ? -v : which == UN_POS ? v : ~v);
  }
  if ((Int_is(x) || Bool_is(x)) && !isHeapObj(x)) {
    const v = intVal(x);
    if (which == UN_NEG) { if (v == i64.MIN_VALUE) return negI64(v); return mkInt(-v); }
    return mkInt(which == UN_POS ? v : ~v);
  }
  if (K.BigInt_is(x)) return which == UN_NEG ? bigNeg(x) : which == UN_POS ? x : bigInvert(x);
  if (Float_is(x) && !isHeapObj(x)) {
    if (which == UN_NEG) return mkFloat(-Float_get_val(x));
    if (which == UN_POS) return x;
  }
  if (K.Complex_is(x) && !isHeapObj(x)) {
    if (which == UN_NEG) return complexNeg(x);
    if (which == UN_POS) return x;
  }
  const m = userDunder(x, which == UN_NEG ? N.N_neg : which == UN_POS ? N.N_pos : N.N_invert);
  if (!is_null(m)) return callObject1(m, x);
  // instances of Python subclasses of int/float/complex (IntEnum members, ...) without their own
  // method: the base type's operation on the value, giving a plain base-type result as in CPython
  if (Int_is(x) || Bool_is(x)) {
    const v = intVal(x);
    if (which == UN_NEG) { if (v == i64.MIN_VALUE) return negI64(v); return mkInt(-v); }
    return mkInt(which == UN_POS ? v : ~v);
  }
  if (Float_is(x)) {
    if (which == UN_NEG) return mkFloat(-Float_get_val(x));
    if (which == UN_POS) return mkFloat(Float_get_val(x));
  }
  if (K.Complex_is(x) && which != UN_INVERT) return which == UN_NEG ? complexNeg(x) : mkComplex(K.Complex_get_re(x), K.Complex_get_im(x));
  const mm = sbLen; sbLit("bad operand type for unary "); sbLit(which == UN_NEG ? "-" : which == UN_POS ? "+" : "~"); sbLit(": '"); sbStr(typeName(x)); sbLit("'");
  return raiseTypeError(sbTakeStr(mm));
}

import { complexNeg, mkComplex } from "./objects/complex";

// ---- containers ------------------------------------------------------------------------------------
// Slice resolution results (CPython's PySlice_GetIndicesEx), left in globals to avoid allocation.
export let sliceStart: i64 = 0;
export let sliceStop: i64 = 0;
export let sliceStep: i64 = 1;
export let sliceCount: i64 = 0;

function sliceBound(v: anyref, dflt: i64): i64 {
  if (ref_eq(v, None)) return dflt;
  return indexValueForSlice(v);
}
function indexValueForSlice(v: anyref): i64 {
  if (small_is(v) || Int_is(v) || Bool_is(v)) return intVal(v);
  if (K.BigInt_is(v)) return intVal(v);   // saturates: slices clamp huge bounds
  const m = userDunder(v, N.N_index);
  if (!is_null(m)) {
    // __index__ results clamp like int bounds (_PyEval_SliceIndex), big ones included
    const r = callObject1(m, v);
    if (is_null(r)) return 0;
    if (isSmallOrInt(r) || K.BigInt_is(r)) return intVal(r);
    const m2 = sbLen; sbLit("__index__ returned non-int (type "); sbStr(typeName(r)); sbByte(41);
    raiseTypeError(sbTakeStr(m2));
    return 0;
  }
  raiseTypeError(strLit("slice indices must be integers or None or have an __index__ method"));
  return 0;
}
/** Resolve slice s against length n; false with exc set on error. */
export function resolveSlice(s: anyref, n: i64): bool {
  let step: i64 = 1;
  const st = K.Slice_get_step(s);
  if (!ref_eq(st, None)) {
    step = indexValueForSlice(st);
    if (!is_null(exc)) return false;
    if (step == 0) { raiseValueError(strLit("slice step cannot be zero")); return false; }
  }
  let start: i64, stop: i64;
  const lo = K.Slice_get_start(s), hi = K.Slice_get_stop(s);
  if (ref_eq(lo, None)) start = step < 0 ? n - 1 : 0;
  else {
    start = sliceBound(lo, 0); if (!is_null(exc)) return false;
    if (start < 0) { start += n; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= n) start = step < 0 ? n - 1 : n;
  }
  if (ref_eq(hi, None)) stop = step < 0 ? -1 : n;
  else {
    stop = sliceBound(hi, 0); if (!is_null(exc)) return false;
    if (stop < 0) { stop += n; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= n) stop = step < 0 ? n - 1 : n;
  }
  let count: i64 = 0;
  if (step < 0) { if (stop < start) count = (start - stop - 1) / (-step) + 1; }
  else if (start < stop) count = (stop - start - 1) / step + 1;
  sliceStart = start; sliceStop = stop; sliceStep = step; sliceCount = count;
  return true;
}

function sliceArr(items: anyref): anyref {
  const n = <i32>sliceCount;
  C.chargeLater(<i64>n >> 4);
  const arr = AnyArr_new(n);
  if (sliceStep == 1) AnyArr_copy(arr, 0, items, <i32>sliceStart, n);
  else { let j = sliceStart; for (let i = 0; i < n; i++) { AnyArr_set(arr, i, AnyArr_get(items, <i32>j)); j += sliceStep; } }
  return arr;
}


/** obj[key] */
export function getItem(obj: anyref, key: anyref): anyref {
  if (List_is(obj) && noUser(obj, N.N_getitem)) {
    if (small_is(key)) return listGetItem(obj, small_get(key));
    if (K.Slice_is(key)) { if (!resolveSlice(key, List_get_len(obj))) return null; const a = sliceArr(List_get_items(obj)); return listFromArr(a, AnyArr_len(a)); }
    if (Int_is(key) || Bool_is(key)) return listGetItem(obj, intVal(key));
  }
  if (Dict_is(obj) && noUser(obj, N.N_getitem) && noUser(obj, N.N_missing)) {
    const v = dictGet(obj, key);
    if (is_null(v)) { if (is_null(exc)) return raiseKeyError(key); return null; }
    return v;
  }
  if (Tuple_is(obj) && noUser(obj, N.N_getitem)) {
    const items = Tuple_get_items(obj);
    if (small_is(key) || Int_is(key) || Bool_is(key)) {
      let i = intVal(key); const n = <i64>AnyArr_len(items);
      if (i < 0) i += n;
      if (<u64>i >= <u64>n) return raiseIndexError("tuple index out of range");
      return AnyArr_get(items, <i32>i);
    }
    if (K.Slice_is(key)) { if (!resolveSlice(key, AnyArr_len(items))) return null; return tupleOf(sliceArr(items)); }
  }
  if (Str_is(obj) && noUser(obj, N.N_getitem)) {
    if (small_is(key) || Int_is(key) || Bool_is(key)) return strGetItem(obj, intVal(key));
    if (K.Slice_is(key)) { if (!resolveSlice(key, strLen(obj))) return null; return strSlice(obj, sliceStart, sliceStop, sliceStep, sliceCount); }
  }
  if (Range_is(obj)) {
    if (small_is(key) || Int_is(key) || Bool_is(key)) {
      let i = intVal(key); const n = K.Range_get_len(obj);
      if (i < 0) i += n;
      if (i < 0 || i >= n) return raiseIndexError("range object index out of range");
      return mkInt(K.Range_get_start(obj) + i * K.Range_get_step(obj));
    }
    if (K.Slice_is(key)) {
      if (!resolveSlice(key, K.Range_get_len(obj))) return null;
      const st = K.Range_get_start(obj), sp = K.Range_get_step(obj);
      return rangeNew(st + sliceStart * sp, st + sliceStop * sp, sp * sliceStep);
    }
  }
  if (noUser(obj, N.N_getitem)) { const r = extGetItem(obj, key); if (!ref_eq(r, NotImplemented)) return r; }
  if (K.BigInt_is(key) && (List_is(obj) || Tuple_is(obj) || Str_is(obj) || Range_is(obj)) && is_null(userDunder(obj, N.N_getitem))) {
    return raiseWith(E.IndexError, strLit(Range_is(obj) ? "range object index out of range" : "cannot fit 'int' into an index-sized integer"));
  }
  const m = userDunder(obj, N.N_getitem);
  if (!is_null(m)) return callObject2(m, obj, key);
  if (Dict_is(obj)) {
    const v = dictGet(obj, key);
    if (is_null(v)) {
      if (!is_null(exc)) return null;
      const miss = userDunder(obj, N.N_missing);
      if (!is_null(miss)) return callObject2(miss, obj, key);
      return raiseKeyError(key);
    }
    return v;
  }
  if ((List_is(obj) || Tuple_is(obj) || Str_is(obj) || Range_is(obj)) && !is_null(userDunder(key, N.N_index))) {
    if (Range_is(obj)) {
      // range indexes with any int (PyNumber_Index, no ssize_t conversion): a big one is out of range
      const r = callObject1(userDunder(key, N.N_index), key);
      if (is_null(r)) return null;
      if (K.BigInt_is(r)) return raiseIndexError("range object index out of range");
      if (isSmallOrInt(r)) return getItem(obj, r);
    }
    const i = indexValue(key);
    if (!is_null(exc)) return null;
    return getItem(obj, mkInt(i));
  }
  if (Str_is(obj)) {
    const mm = sbLen; sbLit("string indices must be integers, not '"); sbStr(typeName(key)); sbByte(39);
    return raiseTypeError(sbTakeStr(mm));
  }
  if (List_is(obj) || Tuple_is(obj) || Range_is(obj)) {
    const mm = sbLen; sbStr(typeName(obj)); sbLit(" indices must be integers or slices, not "); sbStr(typeName(key));
    return raiseTypeError(sbTakeStr(mm));
  }
  if (Type_is(obj)) return classGetItem_(obj, key);   // __class_getitem__, list[int] (vm/objects/generic.ts)
  const mm = sbLen; sbLit("'"); sbStr(typeName(obj)); sbLit("' object is not subscriptable");
  return raiseTypeError(sbTakeStr(mm));
}
export function rangeNew(start: i64, stop: i64, step: i64): anyref {
  let len: i64 = 0;
  if (step > 0 && start < stop) len = (stop - start - 1) / step + 1;
  else if (step < 0 && start > stop) len = (start - stop - 1) / (-step) + 1;
  return K.Range_new(T_range, start, stop, step, len);
}

/** obj[key] = v; 0 or -1. */
export function setItem(obj: anyref, key: anyref, v: anyref): i32 {
  if (List_is(obj) && noUser(obj, N.N_setitem)) {
    if (small_is(key) || Int_is(key) || Bool_is(key)) return listSetItem(obj, intVal(key), v);
    if (K.Slice_is(key)) return listSetSlice(obj, key, v);
    if (K.BigInt_is(key)) return indexTooBig();
  }
  if (Dict_is(obj) && noUser(obj, N.N_setitem)) return dictSet(obj, key, v);
  if (noUser(obj, N.N_setitem)) { const r = extSetItem(obj, key, v); if (r != -2) return r; }
  const m = userDunder(obj, N.N_setitem);
  if (!is_null(m)) { const a = AnyArr_new(3); AnyArr_set(a, 0, obj); AnyArr_set(a, 1, key); AnyArr_set(a, 2, v); return is_null(callObject(m, a, 0, 3, null)) ? -1 : 0; }
  if (Dict_is(obj)) return dictSet(obj, key, v);
  if (List_is(obj)) {
    const mm = sbLen; sbLit("list indices must be integers or slices, not "); sbStr(typeName(key));
    raiseTypeError(sbTakeStr(mm)); return -1;
  }
  if (K.BigInt_is(key) && (isRepeatable(obj) || Range_is(obj))) return indexTooBig();   // CPython converts the index first
  const mm = sbLen; sbLit("'"); sbStr(typeName(obj)); sbLit("' object does not support item assignment");
  raiseTypeError(sbTakeStr(mm));
  return -1;
}
function listSetSlice(l: anyref, s: anyref, v: anyref): i32 {
  if (!resolveSlice(s, List_get_len(l))) return -1;
  const step = sliceStep;
  const it = getIter(v);
  if (is_null(it)) {
    // PySequence_Fast's messages for a value that is not iterable
    if (isSubtype(typeOf(exc), E.TypeError)) { clearExc(); raiseTypeError(strLit(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")); }
    return -1;
  }
  const src = ref_eq(it, v) || !(List_is(v) || Tuple_is(v)) ? iterableToArray(it) : iterableToArray(v);
  if (is_null(src)) return -1;
  if (!resolveSlice(s, List_get_len(l))) return -1;
  const n = AnyArr_len(src);
  if (sliceStep == 1) {
    const start = <i32>sliceStart;
    const stop = sliceStop < sliceStart ? start : <i32>sliceStop;
    const old = listToArr(l);
    const len = AnyArr_len(old);
    const arr = AnyArr_new(len - (stop - start) + n);
    AnyArr_copy(arr, 0, old, 0, start);
    AnyArr_copy(arr, start, src, 0, n);
    AnyArr_copy(arr, start + n, old, stop, len - stop);
    K.List_set_items(l, arr); K.List_set_len(l, AnyArr_len(arr));
    return 0;
  }
  if (<i64>n != sliceCount) {
    const m = sbLen; sbLit("attempt to assign sequence of size "); sbI64(n); sbLit(" to extended slice of size "); sbI64(sliceCount);
    raiseValueError(sbTakeStr(m)); return -1;
  }
  let j = sliceStart;
  for (let i = 0; i < n; i++) { AnyArr_set(List_get_items(l), <i32>j, AnyArr_get(src, i)); j += sliceStep; }
  return 0;
}

export function delItem(obj: anyref, key: anyref): i32 {
  if (List_is(obj) && noUser(obj, N.N_delitem)) {
    if (small_is(key) || Int_is(key) || Bool_is(key)) {
      let i = intVal(key); const n = <i64>List_get_len(obj);
      if (i < 0) i += n;
      if (<u64>i >= <u64>n) { raiseIndexError("list assignment index out of range"); return -1; }
      listDelRange(obj, <i32>i, <i32>i + 1);
      return 0;
    }
    if (K.BigInt_is(key)) return indexTooBig();
    if (K.Slice_is(key)) {
      if (!resolveSlice(key, List_get_len(obj))) return -1;
      if (sliceCount == 0) return 0;
      if (sliceStep == 1) { listDelRange(obj, <i32>sliceStart, <i32>(sliceStart + sliceCount)); return 0; }
      // extended slice: rebuild without the selected items
      const old = listToArr(obj); const n = AnyArr_len(old);
      const keep = AnyArr_new(n - <i32>sliceCount);
      let k = 0;
      for (let i = 0; i < n; i++) {
        const d = <i64>i - sliceStart;
        const sel = sliceStep > 0 ? (d >= 0 && d % sliceStep == 0 && d / sliceStep < sliceCount) : (d <= 0 && (-d) % (-sliceStep) == 0 && (-d) / (-sliceStep) < sliceCount);
        if (!sel) AnyArr_set(keep, k++, AnyArr_get(old, i));
      }
      K.List_set_items(obj, keep); K.List_set_len(obj, k);
      return 0;
    }
    if (!is_null(userDunder(key, N.N_index))) { const i = indexValue(key); if (!is_null(exc)) return -1; return delItem(obj, mkInt(i)); }
    const lm = sbLen; sbLit("list indices must be integers or slices, not "); sbStr(typeName(key));
    raiseTypeError(sbTakeStr(lm));
    return -1;
  }
  if (K.ByteArray_is(obj) && noUser(obj, N.N_delitem)) return bytearrayDelItem_(obj, key);
  if (Dict_is(obj) && noUser(obj, N.N_delitem)) {
    const r = dictDel(obj, key);
    if (r < 0) return -1;
    if (r == 0) { raiseKeyError(key); return -1; }
    return 0;
  }
  const m = userDunder(obj, N.N_delitem);
  if (!is_null(m)) return is_null(callObject2(m, obj, key)) ? -1 : 0;
  if (K.BigInt_is(key) && (isRepeatable(obj) || Range_is(obj))) return indexTooBig();
  // PySequence_DelItem for an index on a sequence; PyObject_DelItem's own message otherwise
  // (instances of Python classes have a tp_as_sequence too)
  const seqIndex = (Tuple_is(obj) || Str_is(obj) || Range_is(obj) || K.BytesObj_is(obj) || (K.Type_get_flags(typeOf(obj)) & TF_HEAP) != 0) && (isSmallOrInt(key) || !is_null(userDunder(key, N.N_index)));
  const mm = sbLen; sbLit("'"); sbStr(typeName(obj)); sbLit(seqIndex ? "' object doesn't support item deletion" : "' object does not support item deletion");
  raiseTypeError(sbTakeStr(mm));
  return -1;
}

/** len(x) or -1 with exc set. */
export function lenOf(x: anyref): i64 {
  if (!noUser(x, N.N_len)) return userLen(x);
  if (List_is(x)) return List_get_len(x);
  if (Str_is(x)) return strLen(x);
  if (Tuple_is(x)) return AnyArr_len(Tuple_get_items(x));
  if (Dict_is(x)) return dictLen(x);
  if (Range_is(x)) return K.Range_get_len(x);
  { const n = extLen(x); if (n != -2) return n; }
  if (!is_null(userDunder(x, N.N_len))) return userLen(x);
  const mm = sbLen; sbLit("object of type '"); sbStr(typeName(x)); sbLit("' has no len()");
  raiseTypeError(sbTakeStr(mm));
  return -1;
}

function userLen(x: anyref): i64 {
  const r = callObject1(userDunder(x, N.N_len), x);
  if (is_null(r)) return -1;
  if (K.BigInt_is(r)) { raiseWith(E.OverflowError, strLit("cannot fit 'int' into an index-sized integer")); return -1; }
  const v = indexValue(r);
  if (!is_null(exc)) return -1;
  if (v < 0) { raiseValueError(strLit("__len__() should return >= 0")); return -1; }
  return v;
}

/** x in c: 1, 0, -1 on error. */
export function contains(c: anyref, x: anyref): i32 {
  if (Dict_is(c) && noUser(c, N.N_contains)) { const v = dictGet(c, x); if (is_null(v)) return is_null(exc) ? 0 : -1; return 1; }
  if (noUser(c, N.N_contains)) { const r = extContains(c, x); if (r != -2) return r; }
  if (Str_is(c) && noUser(c, N.N_contains)) {
    if (!Str_is(x)) { const mm = sbLen; sbLit("'in <string>' requires string as left operand, not "); sbStr(typeName(x)); raiseTypeError(sbTakeStr(mm)); return -1; }
    return strContains(c, x) ? 1 : 0;
  }
  if ((List_is(c) || Tuple_is(c)) && noUser(c, N.N_contains)) {
    const items = List_is(c) ? List_get_items(c) : Tuple_get_items(c);
    const n = List_is(c) ? List_get_len(c) : AnyArr_len(items);
    for (let i = 0; i < n; i++) {
      const r = eqBool(AnyArr_get(items, i), x);
      if (r != 0) { C.chargeLater(<i64>i >> 3); return r; }
    }
    if (!C.chargeSteps(<i64>n >> 3)) return -1;
    return 0;
  }
  if (Range_is(c) && (small_is(x) || Int_is(x) || Bool_is(x))) {
    const v = intVal(x), st = K.Range_get_start(c), sp = K.Range_get_step(c), n = K.Range_get_len(c);
    if (n == 0) return 0;
    const d = v - st;
    if (sp > 0 ? (d < 0 || v >= K.Range_get_stop(c)) : (d > 0 || v <= K.Range_get_stop(c))) return 0;
    return d % sp == 0 ? 1 : 0;
  }
  if (Range_is(c) && K.BigInt_is(x)) return 0;   // range bounds are 64-bit
  const m = userDunder(c, N.N_contains);
  if (!is_null(m) && ref_eq(m, None)) { const mm = sbLen; sbByte(39); sbStr(typeName(c)); sbLit("' object is not a container"); raiseTypeError(sbTakeStr(mm)); return -1; }
  if (!is_null(m)) { const r = callObject2(m, c, x); if (is_null(r)) return -1; return truthy(r); }
  // fall back to iteration
  const it = getIter(c);
  if (is_null(it)) {
    if (!is_null(exc)) { clearExc(); const mm = sbLen; sbLit("argument of type '"); sbStr(typeName(c)); sbLit("' is not iterable"); raiseTypeError(sbTakeStr(mm)); }
    return -1;
  }
  while (true) {
    const v = iterNext(it);
    if (is_null(v)) return is_null(exc) ? 0 : -1;
    const r = eqBool(v, x);
    if (r != 0) return r;
  }
}

// ---- iteration ---------------------------------------------------------------------------------------
// the classes of list/tuple/str iterators (CPython names them; the sequence-protocol iterator of
// other objects stays "iterator"), created on first use
let T_list_iterator: anyref = null, T_tuple_iterator: anyref = null, T_str_iterator: anyref = null, T_str_ascii_iterator: anyref = null;
function seqIterType(x: anyref): anyref {
  if (List_is(x)) { if (is_null(T_list_iterator)) T_list_iterator = newBuiltinType_("list_iterator", C.T_object, K_FIXED_); return T_list_iterator; }
  if (Tuple_is(x)) { if (is_null(T_tuple_iterator)) T_tuple_iterator = newBuiltinType_("tuple_iterator", C.T_object, K_FIXED_); return T_tuple_iterator; }
  if (strLen(x) == K.Bytes_len(K.Str_get_data(x))) { if (is_null(T_str_ascii_iterator)) T_str_ascii_iterator = newBuiltinType_("str_ascii_iterator", C.T_object, K_FIXED_); return T_str_ascii_iterator; }
  if (is_null(T_str_iterator)) T_str_iterator = newBuiltinType_("str_iterator", C.T_object, K_FIXED_);
  return T_str_iterator;
}
import { newBuiltinType as newBuiltinType_, K_FIXED as K_FIXED_ } from "./objects/type";
/** iter(x), or null with TypeError. */
export function getIter(x: anyref): anyref {
  if ((List_is(x) || Tuple_is(x) || Str_is(x)) && noUser(x, N.N_iter)) return K.SeqIter_new(seqIterType(x), x, 0);
  if (Range_is(x)) return K.RangeIter_new(T_range_iterator, K.Range_get_start(x), K.Range_get_step(x), K.Range_get_len(x));
  if (K.SeqIter_is(x) || K.RangeIter_is(x)) return x;
  if (K.Gen_is(x) && isPlainGen_(x)) return x;
  if (K.Wrap_is(x) && isAwaitWrap_(x)) return x;
  if (noUser(x, N.N_iter)) { const r = extIter(x); if (!is_null(r)) return r; }
  if (K.Wrap_is(x) && isIterWrap(x)) return x;
  const m = userDunder(x, N.N_iter);
  if (!is_null(m) && !ref_eq(m, None)) {   // __iter__ = None: explicitly not iterable
    const it = callObject1(m, x);
    if (is_null(it)) return null;
    if (small_is(it) || Int_is(it) || Float_is(it) || Str_is(it) || List_is(it) || Tuple_is(it) || Dict_is(it) || ref_eq(it, None) || Bool_is(it)
        || (isHeapObj(it) && is_null(userDunder(it, N.N_next)))) {
      const m2 = sbLen; sbLit("iter() returned non-iterator of type '"); sbStr(typeName(it)); sbByte(39);
      return raiseTypeError(sbTakeStr(m2));
    }
    return it;
  }
  if (List_is(x) || Tuple_is(x) || Str_is(x)) return K.SeqIter_new(seqIterType(x), x, 0);
  if (Dict_is(x)) return K.SeqIter_new(T_iterator, x, 0);
  const g = is_null(m) ? userDunder(x, N.N_getitem) : null;
  if (!is_null(g)) return K.SeqIter_new(T_iterator, x, 0);  // old-style sequence protocol
  const mm = sbLen; sbLit("'"); sbStr(typeName(x)); sbLit("' object is not iterable");
  return raiseTypeError(sbTakeStr(mm));
}
import { isIterWrap, wrapNext } from "./builtins/iters";
import {
  extReprInto, extHash, extHandled, extCompare, extBinop, extInplace, extLen, extContains, extIter, isExtIter, extIterNext, extGetItem, extSetItem,
} from "./objects/ext";

/** next(it): the next value, or null — with exc unset when exhausted, set on error. */
/** next(it): the value, or null (exc set on error, unset when exhausted). Charges one step per item,
 * so that builtins that iterate (sum, sorted, list(), dict(), str.join …) pay for their work. */
export function iterNext(it: anyref): anyref {
  if (!C.chargeSteps(1)) return null;
  return iterNextRaw(it);
}
function iterNextRaw(it: anyref): anyref {
  if (K.RangeIter_is(it)) {
    const left = K.RangeIter_get_left(it);
    if (left <= 0) return null;
    const cur = K.RangeIter_get_cur(it);
    K.RangeIter_set_left(it, left - 1);
    K.RangeIter_set_cur(it, cur + K.RangeIter_get_step(it));
    return mkInt(cur);
  }
  if (K.SeqIter_is(it)) {
    const seq = K.SeqIter_get_seq(it);
    if (is_null(seq)) return null;
    const i = K.SeqIter_get_idx(it);
    if (List_is(seq)) {
      if (i >= List_get_len(seq)) { K.SeqIter_set_seq(it, null); return null; }
      K.SeqIter_set_idx(it, i + 1);
      return AnyArr_get(List_get_items(seq), i);
    }
    if (Tuple_is(seq)) {
      const items = Tuple_get_items(seq);
      if (i >= AnyArr_len(items)) { K.SeqIter_set_seq(it, null); return null; }
      K.SeqIter_set_idx(it, i + 1);
      return AnyArr_get(items, i);
    }
    if (Str_is(seq)) {
      // idx is a byte offset for str iteration
      const d = K.Str_get_data(seq);
      if (i >= K.Bytes_len(d)) { K.SeqIter_set_seq(it, null); return null; }
      const lead = K.Bytes_get(d, i);
      if (lead < 0x80) { K.SeqIter_set_idx(it, i + 1); return charStr(lead); }
      const l = utf8SeqLen_(lead);
      K.SeqIter_set_idx(it, i + l);
      return charStr(decodeAt_(d, i));
    }
    if (Dict_is(seq)) {
      const j = dictNext(seq, i);
      if (j < 0) { K.SeqIter_set_seq(it, null); return null; }
      K.SeqIter_set_idx(it, j + 1);
      return dictKeyAt(seq, j);
    }
    // old-style __getitem__ iteration
    const r = getItem(seq, mkInt(i));
    if (is_null(r)) {
      if (isSubtype(typeOf(exc), E.IndexError) || isSubtype(typeOf(exc), E.StopIteration)) { clearExc(); K.SeqIter_set_seq(it, null); }
      return null;
    }
    K.SeqIter_set_idx(it, i + 1);
    return r;
  }
  if (K.Gen_is(it) && isPlainGen_(it)) return genNext(it);
  if (K.Wrap_is(it) && isIterWrap(it)) return wrapNext(it);
  if (K.Wrap_is(it) && isAwaitWrap_(it)) return awSend_(it, None);
  if (K.Wrap_is(it) && isExtIter(it)) return extIterNext(it);
  const m = userDunder(it, N.N_next);
  if (!is_null(m)) {
    const r = callObject1(m, it);
    if (is_null(r) && isSubtype(typeOf(exc), E.StopIteration)) { clearExc(); return null; }
    return r;
  }
  const mm = sbLen; sbLit("'"); sbStr(typeName(it)); sbLit("' object is not an iterator");
  return raiseTypeError(sbTakeStr(mm));
}
import { utf8SeqLen as utf8SeqLen_, decodeAt as decodeAt_ } from "./objects/str";
import { genNext } from "./interp";
import { isPlainGen as isPlainGen_, isAwaitWrap as isAwaitWrap_, awSend as awSend_ } from "./objects/generator";

/** All items of an iterable as an exactly-sized AnyArr (list/tuple fast paths). */
export function iterableToArray(x: anyref): anyref {
  if (List_is(x) && noUser(x, N.N_iter)) { if (!C.chargeSteps(<i64>List_get_len(x) >> 4)) return null; return listToArr(x); }
  if (Tuple_is(x) && noUser(x, N.N_iter)) return Tuple_get_items(x);
  const it = getIter(x);
  if (is_null(it)) return null;
  const l = listNew(8);
  const tm = pushTemp_(l);   // visible to memory measurements while it grows
  while (true) {
    const v = iterNext(it);
    if (is_null(v)) { if (!is_null(exc)) { popTemps_(tm); return null; } break; }
    listAppend(l, v);
  }
  popTemps_(tm);
  return listToArr(l);
}
import { pushTemp as pushTemp_, popTemps as popTemps_ } from "./rt/mem";
function isRepeatable(x: anyref): bool { return Str_is(x) || List_is(x) || Tuple_is(x) || K.BytesObj_is(x) || K.ByteArray_is(x); }
function raiseOverflow_(msg: anyref): anyref { return raiseWith(E.OverflowError, msg); }
function indexTooBig(): i32 { raiseWith(E.IndexError, strLit("cannot fit 'int' into an index-sized integer")); return -1; }
import * as C from "./rt/core";

import { builtinsDict as builtinsDict_ } from "./builtins/builtins";
