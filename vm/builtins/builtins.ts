// The builtins module: functions (print, len, isinstance, sorted…) and the constructors of the
// builtin types (int(), str(), list()… stored in each type's `slots` and called by callType).
import { sbFuncName } from "../rt/args";
import * as K from "../generated/kernel";
import {
  is_null, ref_eq, small_is, small_get, small_new, AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, AnyArr_copy, Tuple_get_items,
  Str_is, Float_is, Type_is, Tuple_is, List_is, Dict_is,
} from "../generated/kernel";
import * as C from "../rt/core";
import {
  None, True, False, exc, clearExc, mkInt, mkFloat, mkBool, intVal, isSmallOrInt, typeOf, strLit, sbLen, sbPtr, sbLit, sbByte, sbTakeStr,
  sbTruncate, sbI64, sbCodepoint, EmptyTuple, EmptyStr, T_int, T_str, T_float, T_list, T_tuple, T_dict, T_bool, T_object, T_type, T_range,
} from "../rt/core";
import { raiseTypeError, raiseValueError, raiseWith, raiseLit, raiseZeroDivision } from "../rt/errors";
import * as E from "../objects/exceptions";
import * as N from "../rt/names";
import { checkArgs, argOr, kwCount } from "../rt/args";
import { newBuiltinFn, isSubtype, tupleOf, typeLookup, TF_HEAP } from "../objects/type";
import { dictNew, dictSet, dictGet, dictNext, dictKeyAt, dictValAt, dictMerge, dictLen } from "../objects/dict";
import { intern, sbStr, strLen, codepointAt, strEqLit, charStr } from "../objects/str";
import { listNew, listAppend, listFromArr, listToArr } from "../objects/list";
import { t_set, t_frozenset } from "../objects/set";
import { sortArray } from "../objects/sort";
import {
  repr, str, strInto, reprInto, typeName, lenOf, getIter, iterNext, iterableToArray, truthy, hashOf, identityHash, lessThan, clampedIndexValue,
  richCompare, binaryOp, rangeNew, indexValue, userDunder, CMP_GT,
} from "../ops";
import { getAttr, setAttr, delAttr } from "../attrs";
import { callObject, callObject1, callObject2 } from "../interp";
import { writeBuilder } from "../rt/io";
import { formatInto } from "./format";
import { parseFloat as strtod, parseError } from "../rt/strtod";
import { floatVal } from "../objects/float";
import { buildClass, objectCtor } from "../objects/object";
import { initIters } from "./iters";
import { initSuper } from "../objects/super";
import { OP_POW, OP_MOD, OP_FLOORDIV } from "../objects/int";
import { bigAbs, bigPowMod, bigSign, bigPow2BaseInto, bigFromDigits, intFromF64, intToF64, bigBinop, setMaxStrDigits, maxStrDigits } from "../objects/bigint";
function isIntObj(x: anyref): bool { return isSmallOrInt(x) || K.BigInt_is(x); }

export let builtinsDict: anyref = null;

type Native = (self: anyref, a: anyref, b: i32, n: i32, kw: anyref) => anyref;
function def(name: string, fn: Native): void { dictSet(builtinsDict, intern(strLit(name)), newBuiltinFn(name, fn, None)); }
function ctor(t: anyref, fn: Native): void {
  K.Type_set_slots(t, K.Builtin_new(C.T_builtin, changetype<i32>(fn), K.Type_get_name(t), null));
  dictSet(builtinsDict, K.Type_get_name(t), t);
}
function kwName(kw: anyref, i: i32): anyref { return AnyArr_get(Tuple_get_items(kw), i); }

// ---- print ----------------------------------------------------------------------------------------
function b_print(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  let sep: anyref = null, end: anyref = null, fd = 1;
  let fileObj: anyref = null, flush = false, fileGiven = false;
  for (let i = 0; i < nkw; i++) {
    const k = kwName(kw, i), v = AnyArr_get(a, b + npos + i);
    if (strEqLit(k, "sep")) { if (!ref_eq(v, None)) { if (!Str_is(v)) { const m = sbLen; sbLit("sep must be None or a string, not "); sbStr(typeName(v)); return raiseTypeError(sbTakeStr(m)); } sep = v; } }
    else if (strEqLit(k, "end")) { if (!ref_eq(v, None)) { if (!Str_is(v)) { const m = sbLen; sbLit("end must be None or a string, not "); sbStr(typeName(v)); return raiseTypeError(sbTakeStr(m)); } end = v; } }
    else if (strEqLit(k, "file")) { if (!ref_eq(v, None)) { fileObj = v; fileGiven = true; } }
    else if (strEqLit(k, "flush")) { const t = truthy(v); if (t < 0) return null; flush = t > 0; }
    else { const m = sbLen; sbLit("'"); sbStr(k); sbLit("' is an invalid keyword argument for print()"); return raiseTypeError(sbTakeStr(m)); }
  }
  if (!fileGiven && !is_null(sysDict)) {
    // sys imported: print goes wherever sys.stdout points now
    if (is_null(N_stdout)) N_stdout = intern(strLit("stdout"));
    const cur = dictGet(sysDict, N_stdout);
    if (is_null(cur)) return raiseWith(E.RuntimeError, strLit("lost sys.stdout"));
    if (ref_eq(cur, None)) return None;
    fileObj = cur;
  }
  if (!is_null(fileObj)) {
    if (ref_eq(fileObj, stdoutObj)) fileObj = null;
    else if (ref_eq(fileObj, stderrObj)) { fileObj = null; fd = 2; }
  }
  if (!is_null(fileObj)) {
    // print(..., file=f): f.write for each piece, like CPython
    const w = getAttr_(fileObj, intern(strLit("write")));
    if (is_null(w)) return null;
    for (let i = 0; i < npos; i++) {
      if (i > 0 && is_null(callObject1_(w, is_null(sep) ? charStr(32) : sep))) return null;
      const s = str(AnyArr_get(a, b + i));
      if (is_null(s) || is_null(callObject1_(w, s))) return null;
    }
    if (is_null(callObject1_(w, is_null(end) ? charStr(10) : end))) return null;
    if (flush) {
      const f = getAttr_(fileObj, intern(strLit("flush")));
      if (is_null(f) || is_null(callObject(f, AnyArr_new(0), 0, 0, null))) return null;
    }
    return None;
  }
  const m = sbLen;
  for (let i = 0; i < npos; i++) {
    if (i > 0) { if (is_null(sep)) sbByte(32); else sbStr(sep); }
    if (!strInto(AnyArr_get(a, b + i))) { sbTruncate(m); return null; }
  }
  if (is_null(end)) sbByte(10); else sbStr(end);
  if (!writeBuilder(fd, m)) return null;
  return None;
}
import { getAttr as getAttr_ } from "../attrs";
import { callObject1 as callObject1_ } from "../interp";
import { sysDict } from "./sys";
let N_stdout: anyref = null;
import { stdoutObj, stderrObj } from "./stdio";

// ---- simple functions ---------------------------------------------------------------------------------
function b_len(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("len", n, kw, 1, 1)) return null;
  const r = lenOf(AnyArr_get(a, b));
  return r < 0 ? null : mkInt(r);
}
// METH_O builtins: CPython 3.11 counts their calls toward the recursion limit even when specialized
function b_repr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("repr", n, kw, 1, 1)) return null;
  if (!enterRecursive_(CALLING)) return null;
  const r = repr(AnyArr_get(a, b));
  leaveRecursive_();
  return r;
}
function b_ascii(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("ascii", n, kw, 1, 1)) return null;
  if (!enterRecursive_(CALLING)) return null;
  const r = asciiStr_(AnyArr_get(a, b));
  leaveRecursive_();
  return r;
}
const CALLING = " while calling a Python object";
import { enterRecursive as enterRecursive_, leaveRecursive as leaveRecursive_ } from "../interp";
import { asciiStr as asciiStr_ } from "./format";
function b_id(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!checkArgs("id", n, kw, 1, 1)) return null; return mkInt(identityHash(AnyArr_get(a, b))); }
function b_hash(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("hash", n, kw, 1, 1)) return null;
  if (!enterRecursive_(CALLING)) return null;
  const h = hashOf(AnyArr_get(a, b));
  leaveRecursive_();
  if (h == -1 && !is_null(exc)) return null;
  return mkInt(h);
}
function classinfoCheck(x: anyref, cls: anyref, sub: bool): i32 {
  if (Tuple_is(cls)) {
    const it = Tuple_get_items(cls);
    for (let i = 0; i < AnyArr_len(it); i++) { const r = classinfoCheck(x, AnyArr_get(it, i), sub); if (r != 0) return r; }
    return 0;
  }
  if (!Type_is(cls)) {
    // any object whose class defines __instancecheck__/__subclasscheck__ (types.GenericAlias …)
    const ocls = typeOf(cls);
    if ((K.Type_get_flags(ocls) & TF_HEAP) != 0) {
      const hook = typeLookup(ocls, sub ? hookName(1) : hookName(0));
      if (!is_null(hook) && K.Func_is(hook)) {
        const r = callObject2_(hook, cls, x);
        if (is_null(r)) return -1;
        return truthy_(r);
      }
    }
    raiseTypeError(strLit(sub ? "issubclass() arg 2 must be a class, a tuple of classes, or a union" : "isinstance() arg 2 must be a type, a tuple of types, or a union"));
    return -1;
  }
  if (!sub && ref_eq(typeOf(x), cls)) return 1;
  // a metaclass's __instancecheck__ / __subclasscheck__ (abc.ABCMeta, user metaclasses)
  const meta = typeOf(cls);
  if (!ref_eq(meta, T_type) && (K.Type_get_flags(meta) & TF_HEAP) != 0) {
    const hook = typeLookup(meta, sub ? hookName(1) : hookName(0));
    if (!is_null(hook) && K.Func_is(hook)) {
      const r = callObject2_(hook, cls, x);
      if (is_null(r)) return -1;
      return truthy_(r);
    }
  }
  if (sub) return isSubtype(x, cls) ? 1 : 0;
  return isSubtype(typeOf(x), cls) ? 1 : 0;
}
import { callObject2 as callObject2_ } from "../interp";
import { truthy as truthy_ } from "../ops";
let hookNames: anyref = null;
function hookName(i: i32): anyref {
  if (is_null(hookNames)) {
    hookNames = AnyArr_new(2);
    AnyArr_set(hookNames, 0, intern(strLit("__instancecheck__")));
    AnyArr_set(hookNames, 1, intern(strLit("__subclasscheck__")));
  }
  return AnyArr_get(hookNames, i);
}
function b_isinstance(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("isinstance", n, kw, 2, 2)) return null;
  const r = classinfoCheck(AnyArr_get(a, b), AnyArr_get(a, b + 1), false);
  return r < 0 ? null : mkBool(r != 0);
}
function b_issubclass(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("issubclass", n, kw, 2, 2)) return null;
  const ci = AnyArr_get(a, b + 1);
  if (Tuple_is(ci) && K.AnyArr_len(K.Tuple_get_items(ci)) == 0) return C.False;   // nothing to check arg 1 against
  if (!Type_is(AnyArr_get(a, b))) return raiseTypeError(strLit("issubclass() arg 1 must be a class"));
  const r = classinfoCheck(AnyArr_get(a, b), AnyArr_get(a, b + 1), true);
  return r < 0 ? null : mkBool(r != 0);
}
function b_callable(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("callable", n, kw, 1, 1)) return null;
  return mkBool(isCallable_(AnyArr_get(a, b)));
}
function isCallable_(x: anyref): bool {
  return K.Func_is(x) || K.Builtin_is(x) || K.Method_is(x) || Type_is(x) || !is_null(userDunder(x, N.N_call))
    || (K.Prop_is(x) && ref_eq(K.Obj_get_cls(x), C.T_staticmethod));
}
function b_abs(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("abs", n, kw, 1, 1)) return null;
  if (!enterRecursive_(CALLING)) return null;
  const r = absImpl(a, b);
  leaveRecursive_();
  return r;
}
function absImpl(a: anyref, b: i32): anyref {
  const x = AnyArr_get(a, b);
  if (isSmallOrInt(x)) { const v = intVal(x); return v < 0 ? binaryOp(small_new(0), x, 1) : mkInt(v); }
  if (K.BigInt_is(x)) return bigAbs(x);
  if (Float_is(x)) return mkFloat(Math.abs(K.Float_get_val(x)));
  if (K.Complex_is(x)) return complexAbs_(x);
  const m = userDunder(x, N.N_abs);
  if (!is_null(m)) return callObject1(m, x);
  const mm = sbLen; sbLit("bad operand type for abs(): '"); sbStr(typeName(x)); sbLit("'");
  return raiseTypeError(sbTakeStr(mm));
}
import { complexAbs as complexAbs_ } from "../objects/complex";
function minmax(a: anyref, b: i32, n: i32, kw: anyref, isMax: bool): anyref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  let key: anyref = null, dflt: anyref = null;
  for (let i = 0; i < nkw; i++) {
    const k = kwName(kw, i);
    if (strEqLit(k, "key")) { const v = AnyArr_get(a, b + npos + i); if (!ref_eq(v, None)) key = v; }
    else if (strEqLit(k, "default")) dflt = AnyArr_get(a, b + npos + i);
    else { const m = sbLen; sbLit("'"); sbStr(k); sbLit(isMax ? "' is an invalid keyword argument for max()" : "' is an invalid keyword argument for min()"); return raiseTypeError(sbTakeStr(m)); }
  }
  if (npos == 0) { const m = sbLen; sbLit(isMax ? "max" : "min"); sbLit(" expected at least 1 argument, got 0"); return raiseTypeError(sbTakeStr(m)); }
  let items: anyref;
  if (npos == 1) { items = iterableToArray(AnyArr_get(a, b)); if (is_null(items)) return null; }
  else {
    if (!is_null(dflt)) { const m = sbLen; sbLit("Cannot specify a default for "); sbLit(isMax ? "max" : "min"); sbLit("() with multiple positional arguments"); return raiseTypeError(sbTakeStr(m)); }
    items = AnyArr_new(npos); AnyArr_copy(items, 0, a, b, npos);
  }
  const cnt = AnyArr_len(items);
  if (cnt == 0) {
    if (!is_null(dflt)) return dflt;
    const m = sbLen; sbLit(isMax ? "max" : "min"); sbLit("() arg is an empty sequence"); return raiseValueError(sbTakeStr(m));
  }
  let best = AnyArr_get(items, 0);
  let bestKey = best;
  if (!is_null(key)) { bestKey = callObject1(key, best); if (is_null(bestKey)) return null; }
  for (let i = 1; i < cnt; i++) {
    const v = AnyArr_get(items, i);
    let k = v;
    if (!is_null(key)) { k = callObject1(key, v); if (is_null(k)) return null; }
    // CPython: item > best for max, item < best for min (the operator an error message names)
    const r = isMax ? greaterThan(k, bestKey) : lessThan(k, bestKey);
    if (r < 0) return null;
    if (r) { best = v; bestKey = k; }
  }
  return best;
}
/** k > best as max() asks it (PyObject_RichCompareBool(item, maxitem, Py_GT)). */
function greaterThan(a: anyref, b: anyref): i32 {
  if (!C.chargeSteps(1)) return -1;
  if (small_is(a) && small_is(b)) return small_get(a) > small_get(b) ? 1 : 0;
  const r = richCompare_(a, b, 4);
  if (is_null(r)) return -1;
  return truthy(r);
}
import { richCompare as richCompare_ } from "../ops";
// min/max are METH_VARARGS builtins: their calls count toward the recursion limit
function b_min(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!enterRecursive_(CALLING)) return null; const r = minmax(a, b, n, kw, false); leaveRecursive_(); return r; }
function b_max(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!enterRecursive_(CALLING)) return null; const r = minmax(a, b, n, kw, true); leaveRecursive_(); return r; }
function b_sum(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos < 1 || npos > 2) return raiseTypeError(strLit(npos < 1 ? "sum() takes at least 1 positional argument (0 given)" : "sum() takes at most 2 arguments"));
  let acc: anyref = npos == 2 ? AnyArr_get(a, b + 1) : small_new(0);
  for (let i = 0; i < nkw; i++) if (strEqLit(kwName(kw, i), "start")) acc = AnyArr_get(a, b + npos + i);
  if (Str_is(acc)) return raiseTypeError(strLit("sum() can't sum strings [use ''.join(seq) instead]"));
  if (K.BytesObj_is(acc)) return raiseTypeError(strLit("sum() can't sum bytes [use b''.join(seq) instead]"));
  if (K.ByteArray_is(acc)) return raiseTypeError(strLit("sum() can't sum bytearray [use b''.join(seq) instead]"));
  const it = getIter(AnyArr_get(a, b));
  if (is_null(it)) return null;
  while (true) {
    const v = iterNext(it);
    if (is_null(v)) { if (!is_null(exc)) return null; break; }
    acc = binaryOp(acc, v, 0);
    if (is_null(acc)) return null;
  }
  return acc;
}
function b_sorted(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  // sorted() calls list.sort through a method descriptor, which counts toward the recursion limit
  // (list.sort's own comparisons of same-type objects do not count; ours do: one count here)
  if (!enterRecursive_(CALLING)) return null;
  const r = sortedImpl(a, b, n, kw);
  leaveRecursive_();
  return r;
}
function sortedImpl(a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos != 1) { const m = sbLen; sbLit("sorted expected 1 argument, got "); sbI64(npos); return raiseTypeError(sbTakeStr(m)); }
  let key: anyref = null, rev = false;
  for (let i = 0; i < nkw; i++) {
    const k = kwName(kw, i), v = AnyArr_get(a, b + npos + i);
    if (strEqLit(k, "key")) { if (!ref_eq(v, None)) key = v; }
    else if (strEqLit(k, "reverse")) { const t = indexValue(v); if (!is_null(exc)) return null; rev = t != 0; }
    else { const m = sbLen; sbLit("'"); sbStr(k); sbLit("' is an invalid keyword argument for sort()"); return raiseTypeError(sbTakeStr(m)); }
  }
  const src = AnyArr_get(a, b);
  let items: anyref;
  if (List_is(src)) items = listToArr(src);
  else { const t = iterableToArray(src); if (is_null(t)) return null; items = AnyArr_new(AnyArr_len(t)); AnyArr_copy(items, 0, t, 0, AnyArr_len(t)); }
  const cnt = AnyArr_len(items);
  if (!sortArray(items, cnt, key, rev)) return null;
  return listFromArr(items, cnt);
}
function b_any(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return anyAll(a, b, n, kw, true); }
function b_all(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return anyAll(a, b, n, kw, false); }
function anyAll(a: anyref, b: i32, n: i32, kw: anyref, isAny: bool): anyref {
  if (!checkArgs(isAny ? "any" : "all", n, kw, 1, 1)) return null;
  const it = getIter(AnyArr_get(a, b));
  if (is_null(it)) return null;
  while (true) {
    const v = iterNext(it);
    if (is_null(v)) { if (!is_null(exc)) return null; return mkBool(!isAny); }
    const t = truthy(v);
    if (t < 0) return null;
    if ((t != 0) == isAny) return mkBool(isAny);
  }
}
function b_iter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { if (!checkArgs("iter", n, kw, 1, 1)) return null; return getIter(AnyArr_get(a, b)); }
function b_next(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("next", n, kw, 1, 2)) return null;
  const it = AnyArr_get(a, b);
  if (!K.SeqIter_is(it) && !K.RangeIter_is(it) && !K.Gen_is(it) && !K.Wrap_is(it) && is_null(userDunder(it, N.N_next))) {
    const m = sbLen; sbLit("'"); sbStr(typeName(it)); sbLit("' object is not an iterator"); return raiseTypeError(sbTakeStr(m));
  }
  // a generator that returns leaves its value here; clear it first, or a plain iterator's
  // exhaustion would raise StopIteration carrying an earlier generator's return value
  setGenRetVal(null);
  const v = iterNext(it);
  if (is_null(v)) {
    if (!is_null(exc)) return null;
    if (n == 2) return AnyArr_get(a, b + 1);
    const rv = genRetVal();
    return raiseWith(E.StopIteration, is_null(rv) || ref_eq(rv, None) ? null : rv);
  }
  return v;
}
import { genReturnValue, setGenReturnValue as setGenRetVal } from "../interp";
function genRetVal(): anyref { return genReturnValue; }
function b_chr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("chr", n, kw, 1, 1)) return null;
  const x = AnyArr_get(a, b);
  // a C int argument ("i"): __index__ accepted, beyond 32 bits an OverflowError
  if (K.BigInt_is(x)) return raiseLit(E.OverflowError, "Python int too large to convert to C int");
  const v = isSmallOrInt(x) ? intVal(x) : indexValue(x);
  if (!is_null(exc)) return null;
  if (v < -2147483648 || v > 2147483647) return raiseLit(E.OverflowError, "Python int too large to convert to C int");
  if (v < 0 || v > 0x10ffff) return raiseValueError(strLit("chr() arg not in range(0x110000)"));
  return charStr(<i32>v);
}
function b_ord(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("ord", n, kw, 1, 1)) return null;
  const x = AnyArr_get(a, b);
  if (K.BytesObj_is(x) || K.ByteArray_is(x)) {
    const d = K.BytesObj_is(x) ? K.BytesObj_get_data(x) : K.ByteArray_get_data(x);
    const len = K.BytesObj_is(x) ? K.Bytes_len(d) : K.ByteArray_get_len(x);
    if (len != 1) { const m = sbLen; sbLit("ord() expected a character, but string of length "); sbI64(len); sbLit(" found"); return raiseTypeError(sbTakeStr(m)); }
    return mkInt(K.Bytes_get(d, 0));
  }
  if (!Str_is(x)) { const m = sbLen; sbLit("ord() expected string of length 1, but "); sbStr(typeName(x)); sbLit(" found"); return raiseTypeError(sbTakeStr(m)); }
  if (strLen(x) != 1) { const m = sbLen; sbLit("ord() expected a character, but string of length "); sbI64(strLen(x)); sbLit(" found"); return raiseTypeError(sbTakeStr(m)); }
  return mkInt(codepointAt(x, 0));
}
function isRealNumber(x: anyref): bool { return isSmallOrInt(x) || K.BigInt_is(x) || K.Bool_is(x) || Float_is(x) || !is_null(userDunder(x, intern(strLit("__floordiv__")))); }
/** divmod on user classes: x.__divmod__(y), then y.__rdivmod__(x); NotImplemented when neither applies. */
function userDivmod(x: anyref, y: anyref): anyref {
  const f = userDunder(x, intern(strLit("__divmod__")));
  const rf = userDunder(y, intern(strLit("__rdivmod__")));
  if (is_null(f) && is_null(rf)) return C.NotImplemented;
  if (!is_null(f)) { const r = callObject2(f, x, y); if (is_null(r) || !ref_eq(r, C.NotImplemented)) return r; }
  if (!is_null(rf) && !ref_eq(typeOf(x), typeOf(y))) { const r = callObject2(rf, y, x); if (is_null(r) || !ref_eq(r, C.NotImplemented)) return r; }
  const m = sbLen; sbLit("unsupported operand type(s) for divmod(): '"); sbStr(typeName(x)); sbLit("' and '"); sbStr(typeName(y)); sbByte(39);
  return raiseTypeError(sbTakeStr(m));
}
/** An int, bool or float (the operands divmod accepts without a user hook). */
function isRealNum(v: anyref): bool { return isSmallOrInt(v) || K.BigInt_is(v) || Float_is(v); }
function b_divmod(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("divmod", n, kw, 2, 2)) return null;
  const x = AnyArr_get(a, b), y = AnyArr_get(a, b + 1);
  const ud = userDivmod(x, y);
  if (is_null(ud) || !ref_eq(ud, C.NotImplemented)) return ud;
  if (!isRealNumber(x) || !isRealNumber(y)) { const m = sbLen; sbLit("unsupported operand type(s) for divmod(): '"); sbStr(typeName(x)); sbLit("' and '"); sbStr(typeName(y)); sbByte(39); return raiseTypeError(sbTakeStr(m)); }
  if (isSmallOrInt(x) && isSmallOrInt(y) && intVal(y) == 0) return raiseZeroDivision("integer division or modulo by zero");
  if (!isRealNum(x) || !isRealNum(y)) {
    const m = sbLen; sbLit("unsupported operand type(s) for divmod(): '"); sbStr(typeName(x)); sbLit("' and '"); sbStr(typeName(y)); sbByte(39);
    return raiseTypeError(sbTakeStr(m));
  }
  if ((Float_is(x) || Float_is(y)) && (Float_is(y) ? K.Float_get_val(y) == 0 : (isSmallOrInt(y) && intVal(y) == 0))) return raiseZeroDivision("float divmod()");
  const q = binaryOp(x, y, OP_FLOORDIV);
  if (is_null(q)) return null;
  const r = binaryOp(x, y, OP_MOD);
  if (is_null(r)) return null;
  const t = AnyArr_new(2); AnyArr_set(t, 0, q); AnyArr_set(t, 1, r);
  return tupleOf(t);
}
function b_pow(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  // Argument Clinic with keywords (base, exp, mod): "pow() missing required argument 'exp' (pos 2)"
  if (kwCount(kw) == 0 && n < 2) return raiseTypeError(strLit(n == 0 ? "pow() missing required argument 'base' (pos 1)" : "pow() missing required argument 'exp' (pos 2)"));
  if (kwCount(kw) == 0 && n > 3) { const m = sbLen; sbLit("pow() takes at most 3 arguments ("); sbI64(n); sbLit(" given)"); return raiseTypeError(sbTakeStr(m)); }
  if (!checkArgs("pow", n, kw, 2, 3)) return null;
  if (n == 3 && !ref_eq(AnyArr_get(a, b + 2), None)) {
    const x = AnyArr_get(a, b), y = AnyArr_get(a, b + 1), z = AnyArr_get(a, b + 2);
    const up = userDunder(x, intern(strLit("__pow__")));
    if (!is_null(up)) { const t = AnyArr_new(3); AnyArr_set(t, 0, x); AnyArr_set(t, 1, y); AnyArr_set(t, 2, z); const r = callObject(up, t, 0, 3, null); if (is_null(r) || !ref_eq(r, C.NotImplemented)) return r; }
    if (!isIntObj(x) || !isIntObj(y) || !isIntObj(z)) {
      // ternary_op: float's and complex's nb_power refuse a modulus (float's only once x and y
      // converted to float); with no such slot the operands are unsupported
      if (K.Complex_is(x) || K.Complex_is(y) || K.Complex_is(z)) return raiseValueError(strLit("complex modulo"));
      const xn = isIntObj(x) || Float_is(x), yn = isIntObj(y) || Float_is(y);
      if (xn && yn && (Float_is(x) || Float_is(y) || Float_is(z))) return raiseTypeError(strLit("pow() 3rd argument not allowed unless all arguments are integers"));
      const m = sbLen; sbLit("unsupported operand type(s) for ** or pow(): '"); sbStr(typeName(x)); sbLit("', '"); sbStr(typeName(y)); sbLit("', '"); sbStr(typeName(z)); sbByte(39);
      return raiseTypeError(sbTakeStr(m));
    }
    if (K.BigInt_is(x) || K.BigInt_is(y) || K.BigInt_is(z) || intVal(y) < 0) return bigPowMod(x, y, z);
    let base = intVal(x), e = intVal(y); const mod = intVal(z);
    if (mod == 0) return raiseValueError(strLit("pow() 3rd argument cannot be 0"));
    if (e < 0) return raiseValueError(strLit("base is not invertible for the given modulus"));
    // modular exponentiation with 128-bit-safe multiplication via mulmod
    let r: i64 = 1 % mod; base = ((base % mod) + mod) % mod;
    while (e > 0) { if (e & 1) r = mulmod(r, base, mod); base = mulmod(base, base, mod); e >>= 1; }
    if (mod < 0 && r > 0) r += mod;
    return mkInt(r);
  }
  return binaryOp(AnyArr_get(a, b), AnyArr_get(a, b + 1), OP_POW);
}
function mulmod(x: i64, y: i64, m: i64): i64 {
  const am = m < 0 ? -m : m;
  let r: u64 = 0, xx = <u64>(((x % am) + am) % am), yy = <u64>(((y % am) + am) % am);
  while (yy > 0) { if (yy & 1) r = (r + xx) % <u64>am; xx = (xx << 1) % <u64>am; yy >>= 1; }
  return <i64>r;
}
function b_round(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("round", n, kw, 1, 2)) return null;
  const x = AnyArr_get(a, b);
  const nd = n == 2 ? AnyArr_get(a, b + 1) : None;
  if (isSmallOrInt(x) || K.BigInt_is(x)) return roundIntObj(x, nd);
  if (Float_is(x)) {
    const v = K.Float_get_val(x);
    if (ref_eq(nd, None)) {
      if (!isFinite(v)) return raiseLit(isNaN(v) ? E.ValueError : E.OverflowError, isNaN(v) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
      let r = Math.round(v);
      if (Math.abs(v - Math.trunc(v)) == 0.5) r = 2.0 * Math.round(v / 2.0);
      return intFromF64(r);
    }
    // ndigits goes through __index__; big values clamp (PyNumber_AsSsize_t(nd, NULL))
    const d64 = clampedIndexValue(nd);
    if (!is_null(exc)) return null;
    const d = d64 > 1000 ? 1000 : d64 < -1000 ? -1000 : <i32>d64;
    if (!isFinite(v)) return x;
    // correctly rounded: format with d decimals (round-half-even on the exact value) and parse back
    if (d > 300) return x;
    if (d < -308) return mkFloat(0.0 * v);
    const m = sbLen;
    C.sbReserve(400);
    let len: i32;
    if (d >= 0) len = formatFloat_(v, 102, d, 0, sbPtr + <usize>sbLen);
    else {
      const p = Math.pow(10, <f64>(-d));
      const y = v / p;
      let r = Math.round(y);
      if (Math.abs(y - Math.trunc(y)) == 0.5) r = 2.0 * Math.round(y / 2.0);
      sbTruncate(m);
      return mkFloat(r * p);
    }
    const r = strtod(sbPtr + <usize>sbLen, len);
    sbTruncate(m);
    return mkFloat(r);
  }
  const rm = userDunder(x, intern(strLit("__round__")));
  if (!is_null(rm)) return n == 2 ? callObject(rm, a, b, 2, null) : callObject1(rm, x);
  const mm = sbLen; sbLit("type "); sbStr(typeName(x)); sbLit(" doesn't define __round__ method");
  return raiseTypeError(sbTakeStr(mm));
}
import { formatFloat as formatFloat_ } from "../rt/dtoa";
/** round(x, nd) for an int x. */
export function roundIntObj(x: anyref, nd: anyref): anyref {
  if (K.BigInt_is(nd)) return K.BigInt_get_sign(nd) < 0 ? small_new(0) : K.BigInt_is(x) ? x : mkInt(intVal(x));   // beyond any digit count
  if (K.BigInt_is(x) || (!ref_eq(nd, None) && isSmallOrInt(nd) && intVal(nd) < -18)) {
    if (ref_eq(nd, None)) return x;
    const d = indexValue(nd); if (!is_null(exc)) return null;
    if (d >= 0) return x;
    return roundIntBig(x, -d);
  }
  {
    if (ref_eq(nd, None)) return mkInt(intVal(x));
    const d = indexValue(nd); if (!is_null(exc)) return null;
    if (d >= 0) return mkInt(intVal(x));
    let p: i64 = 1; for (let i: i64 = 0; i < -d && p < 1000000000000000000; i++) p *= 10;
    const v = intVal(x);
    let q = v / p, r = v % p;
    if (r < 0) { r += p; q--; }
    if (r * 2 > p || (r * 2 == p && (q & 1))) q++;
    return binaryOp(mkInt(q), mkInt(p), 2);
  }
  return null;
}
/** round(x, -k) for an int x: round half to even at 10**k. */
function roundIntBig(x: anyref, k: i64): anyref {
  const p = bigBinop(small_new(10), mkInt(k), OP_POW); if (is_null(p)) return null;
  const q0 = binaryOp(x, p, OP_FLOORDIV); if (is_null(q0)) return null;
  const r = binaryOp(x, p, OP_MOD); if (is_null(r)) return null;
  const r2 = binaryOp(r, small_new(2), 2); if (is_null(r2)) return null;
  let q = q0;
  const c = richCompare(r2, p, CMP_GT); if (is_null(c)) return null;
  let up = ref_eq(c, True);
  if (!up) {
    const e = richCompare(r2, p, 2); if (is_null(e)) return null;
    if (ref_eq(e, True)) { const odd = binaryOp(q, small_new(1), 9); if (is_null(odd)) return null; up = !(small_is(odd) && small_get(odd) == 0); }
  }
  if (up) { q = binaryOp(q, small_new(1), 0); if (is_null(q)) return null; }
  return binaryOp(q, p, 2);
}
function b_hexlike(a: anyref, b: i32, n: i32, kw: anyref, name: string, base: i32): anyref {
  if (!checkArgs(name, n, kw, 1, 1)) return null;
  const x = AnyArr_get(a, b);
  if (K.BigInt_is(x)) {
    const m = sbLen;
    if (bigSign(x) < 0) sbByte(45);
    sbLit(base == 16 ? "0x" : base == 8 ? "0o" : "0b");
    bigPow2BaseInto(x, base, false);
    return sbTakeStr(m);
  }
  const v = indexValue(x);
  if (!is_null(exc)) return null;
  const m = sbLen;
  let mag = <u64>(v < 0 ? -v : v);
  if (v < 0) sbByte(45);
  sbLit(base == 16 ? "0x" : base == 8 ? "0o" : "0b");
  const start = sbLen;
  do { const d = <i32>(mag % <u64>base); sbByte(d < 10 ? 48 + d : 87 + d); mag /= <u64>base; } while (mag != 0);
  let i = start, j = sbLen - 1;
  while (i < j) { const t = load<u8>(sbPtr + <usize>i); store<u8>(sbPtr + <usize>i, load<u8>(sbPtr + <usize>j)); store<u8>(sbPtr + <usize>j, t); i++; j--; }
  return sbTakeStr(m);
}
function b_hex(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return b_hexlike(a, b, n, kw, "hex", 16); }
function b_oct(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return b_hexlike(a, b, n, kw, "oct", 8); }
function b_bin(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return b_hexlike(a, b, n, kw, "bin", 2); }
function b_getattr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("getattr", n, kw, 2, 3)) return null;
  const name = AnyArr_get(a, b + 1);
  if (!Str_is(name)) { const m = sbLen; sbLit("attribute name must be string, not '"); sbStr(typeName(name)); sbByte(39); return raiseTypeError(sbTakeStr(m)); }
  const v = getAttr(AnyArr_get(a, b), intern(name));
  if (is_null(v) && n == 3 && isSubtype(typeOf(exc), E.AttributeError)) { clearExc(); return AnyArr_get(a, b + 2); }
  return v;
}
function b_hasattr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("hasattr", n, kw, 2, 2)) return null;
  const name = AnyArr_get(a, b + 1);
  if (!Str_is(name)) { const m = sbLen; sbLit("attribute name must be string, not '"); sbStr(typeName(name)); sbByte(39); return raiseTypeError(sbTakeStr(m)); }
  const v = getAttr(AnyArr_get(a, b), intern(name));
  if (is_null(v)) { if (isSubtype(typeOf(exc), E.AttributeError)) { clearExc(); return False; } return null; }
  return True;
}
function b_setattr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("setattr", n, kw, 3, 3)) return null;
  const name = AnyArr_get(a, b + 1);
  if (!Str_is(name)) { const m = sbLen; sbLit("attribute name must be string, not '"); sbStr(typeName(name)); sbByte(39); return raiseTypeError(sbTakeStr(m)); }
  return setAttr(AnyArr_get(a, b), intern(name), AnyArr_get(a, b + 2)) < 0 ? null : None;
}
function b_delattr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("delattr", n, kw, 2, 2)) return null;
  return delAttr(AnyArr_get(a, b), intern(AnyArr_get(a, b + 1))) < 0 ? null : None;
}
function b_format(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("format", n, kw, 1, 2)) return null;
  const m = sbLen;
  if (!formatInto(AnyArr_get(a, b), n == 2 ? AnyArr_get(a, b + 1) : null)) { sbTruncate(m); return null; }
  return sbTakeStr(m);
}
function b_globals(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("globals", n, kw, 0, 0)) return null;
  // the calling frame's module globals (a module calling globals() at import time gets its own)
  const fr = callerFrame_;
  if (!is_null(fr)) return K.Frame_get_globals(fr);
  return currentGlobals();
}
import { currentGlobals } from "../index";
import { callerFrame as callerFrame_ } from "../interp";
function b_input(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("input", n, kw, 0, 1)) return null;
  if (n == 1) {
    // the prompt goes to sys.stdout (there is no standard input: EOF at once)
    const kwp = AnyArr_new(1); AnyArr_set(kwp, 0, intern(strLit("end")));
    const pa = AnyArr_new(2); AnyArr_set(pa, 0, AnyArr_get(a, b)); AnyArr_set(pa, 1, EmptyStr);
    if (is_null(b_print(None, pa, 0, 2, tupleOf(kwp)))) return null;
  }
  return raiseWith(E.EOFError, strLit("EOF when reading a line"));
}

// ---- type constructors -----------------------------------------------------------------------------------
/** Parse an int from str text in base (0 = auto), CPython rules (underscores, whitespace, sign, prefixes). */
import { decimalValue as decimalValue_ } from "../objects/unicode";
export function parseIntStr(s: anyref, base: i32): anyref {
  const n = strLen(s);
  let i = 0, j = n;
  while (i < j && isWs(codepointAt(s, i))) i++;
  while (j > i && isWs(codepointAt(s, j - 1))) j--;
  let neg = false;
  if (i < j && (codepointAt(s, i) == 43 || codepointAt(s, i) == 45)) { neg = codepointAt(s, i) == 45; i++; }
  let b = base;
  if (i + 1 < j && codepointAt(s, i) == 48) {
    const p = codepointAt(s, i + 1) | 32;
    if ((p == 120 && (b == 16 || b == 0)) || (p == 111 && (b == 8 || b == 0)) || (p == 98 && (b == 2 || b == 0))) {
      b = p == 120 ? 16 : p == 111 ? 8 : 2; i += 2;
      if (i < j && codepointAt(s, i) == 95) i++;
    }
  }
  const autoBase = b == 0;
  if (b == 0) b = 10;
  let v: i64 = 0;
  let digits = 0;
  let prevUnderscore = true;
  let overflow = false;
  let leadingZeroOnly = true;
  const dm = sbLen;   // digit values collected for the big-int path
  for (let k = i; k < j; k++) {
    const c = codepointAt(s, k);
    if (c == 95) { if (prevUnderscore) { sbTruncate(dm); return invalidLiteral(s, base); } prevUnderscore = true; continue; }
    let d = 99;
    if (c >= 48 && c <= 57) d = c - 48;
    else if ((c | 32) >= 97 && (c | 32) <= 122) d = (c | 32) - 87;
    else if (c >= 0x80) { const dv = decimalValue_(c); if (dv >= 0) d = dv; }   // any Unicode decimal digit (Nd)
    if (d >= b) { sbTruncate(dm); return invalidLiteral(s, base); }
    if (d != 0) leadingZeroOnly = false;
    prevUnderscore = false;
    sbByte(d);
    const nv = v * <i64>b + <i64>d;
    if (nv < v || v > (i64.MAX_VALUE - d) / b) overflow = true;
    v = nv;
    digits++;
  }
  const nd = sbLen - dm;
  sbTruncate(dm);
  if (digits == 0 || prevUnderscore) return invalidLiteral(s, base);
  if (autoBase && base == 0 && digits > 1 && codepointAt(s, i) == 48 && !leadingZeroOnly) return invalidLiteral(s, base);
  if (overflow || ((b & (b - 1)) != 0 && maxStrDigits > 0 && digits > maxStrDigits)) return bigFromDigits(sbPtr + <usize>dm, nd, b, neg);
  return mkInt(neg ? -v : v);
}
/** Cut the builder back to `max` code points after `from` (CPython's "%.200R" in error messages). */
function truncateCodepoints(from: i32, max: i32): void {
  let i = from, n = 0;
  while (i < sbLen && n < max) {
    const c = load<u8>(sbPtr + <usize>i);
    i += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    n++;
  }
  if (i < sbLen) sbTruncate(i);
}
function isWs(c: i32): bool { return c == 32 || (c >= 9 && c <= 13); }
function invalidLiteral(s: anyref, base: i32): anyref {
  const m = sbLen; sbLit("invalid literal for int() with base "); sbI64(base); sbLit(": ");
  const r0 = sbLen; reprInto(s); truncateCodepoints(r0, 200);
  return raiseValueError(sbTakeStr(m));
}
function t_int(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  let x: anyref = null, baseObj: anyref = null;
  if (npos >= 1) x = AnyArr_get(a, b);
  if (npos >= 2) baseObj = AnyArr_get(a, b + 1);
  if (npos > 2) { const m = sbLen; sbLit("int() takes at most 2 arguments ("); sbI64(npos); sbLit(" given)"); return raiseTypeError(sbTakeStr(m)); }
  for (let i = 0; i < nkw; i++) {
    if (strEqLit(kwName(kw, i), "base")) baseObj = AnyArr_get(a, b + npos + i);
    else { const m = sbLen; sbByte(39); sbStr(kwName(kw, i)); sbLit("' is an invalid keyword argument for int()"); return raiseTypeError(sbTakeStr(m)); }
  }
  // the base is read (and range-checked) before x is looked at, as CPython's long_new does
  let bv: i64 = 10;
  if (!is_null(baseObj)) {
    if (K.BigInt_is(baseObj)) bv = -1;
    else { bv = indexValue(baseObj); if (!is_null(exc)) return null; }
    if (bv != 0 && (bv < 2 || bv > 36)) return raiseValueError(strLit("int() base must be >= 2 and <= 36, or 0"));
  }
  if (is_null(x)) { if (!is_null(baseObj)) return raiseTypeError(strLit("int() missing string argument")); return small_new(0); }
  if (K.BytesObj_is(x) || K.ByteArray_is(x)) {
    // bytes are parsed like their latin-1 text; the error shows the bytes
    const r = parseIntStr(bytesText(x), <i32>bv);
    if (is_null(r) && !is_null(exc) && ref_eq(typeOf(exc), E.ValueError)) {
      clearExc();
      // (a bytearray shows as the bytes it is converted to)
      let shown = x;
      if (K.ByteArray_is(x)) { const n2 = K.ByteArray_get_len(x); const d2 = K.Bytes_new(n2); K.Bytes_copy(d2, 0, K.ByteArray_get_data(x), 0, n2); shown = K.BytesObj_new(C.T_bytes, d2, 0); }
      const m = sbLen; sbLit("invalid literal for int() with base "); sbI64(bv); sbLit(": "); const r0 = sbLen; if (!reprInto(shown)) return null; truncateCodepoints(r0, 200);
      return raiseValueError(sbTakeStr(m));
    }
    return r;
  }
  if (!is_null(baseObj)) {
    if (!Str_is(x)) return raiseTypeError(strLit("int() can't convert non-string with explicit base"));
    return parseIntText(x, <i32>bv);
  }
  if (isSmallOrInt(x)) return mkInt(intVal(x));
  if (K.BigInt_is(x)) return x;
  if (Float_is(x)) {
    const v = K.Float_get_val(x);
    if (isNaN(v)) return raiseValueError(strLit("cannot convert float NaN to integer"));
    if (!isFinite(v)) return raiseLit(E.OverflowError, "cannot convert float infinity to integer");
    return intFromF64(Math.trunc(v));
  }
  if (Str_is(x)) return parseIntText(x, 10);
  let m = userDunder(x, N.N_int);
  let which = "__int__";
  if (is_null(m)) { m = userDunder(x, N.N_index); which = "__index__"; }
  if (is_null(m)) { m = userDunder(x, intern(strLit("__trunc__"))); which = "__trunc__"; }
  if (!is_null(m)) {
    const r = callObject1(m, x);
    if (is_null(r)) return null;
    if (K.Bool_is(r)) return mkInt(intVal(r));
    if (isSmallOrInt(r) || K.BigInt_is(r)) return r;
    if (which == "__trunc__") return t_int(cls, argsOf1(r), 0, 1, null);
    const m2 = sbLen; sbLit(which); sbLit(" returned non-int (type "); sbStr(typeName(r)); sbByte(41);
    return raiseTypeError(sbTakeStr(m2));
  }
  const mm = sbLen; sbLit("int() argument must be a string, a bytes-like object or a real number, not '"); sbStr(typeName(x)); sbLit("'");
  return raiseTypeError(sbTakeStr(mm));
}
/** int(s, base) of a str: Unicode digits read as ASCII ones; an error shows s as given. */
function parseIntText(s: anyref, base: i32): anyref {
  const t = asciiNumeric(s);
  if (ref_eq(t, s)) return parseIntStr(s, base);
  const r = parseIntStr(t, base);
  if (is_null(r) && !is_null(exc) && ref_eq(typeOf(exc), E.ValueError)) { clearExc(); return invalidLiteral(s, base); }
  return r;
}
import { asciiNumeric } from "../objects/numtext";
/** The latin-1 text of a bytes or bytearray object. */
function bytesText(x: anyref): anyref {
  if (K.BytesObj_is(x)) { const d = K.BytesObj_get_data(x); return decodeBytes_(d, K.Bytes_len(d), 2, 0); }
  return decodeBytes_(K.ByteArray_get_data(x), K.ByteArray_get_len(x), 2, 0);
}
import { decodeBytes as decodeBytes_ } from "../objects/bytes";
function argsOf1(x: anyref): anyref { const a = AnyArr_new(1); AnyArr_set(a, 0, x); return a; }
import { indexValue as indexValue_ } from "../ops";
function t_float(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("float", n, kw, 0, 1)) return null;
  if (n == 0) return mkFloat(0);
  const x = AnyArr_get(a, b);
  if (Float_is(x)) return mkFloat(K.Float_get_val(x));
  if (isSmallOrInt(x)) return mkFloat(<f64>intVal(x));
  if (K.BigInt_is(x)) { const f = intToF64(x); if (!is_null(exc)) return null; return mkFloat(f); }
  if (Str_is(x)) {
    const d = K.Str_get_data(asciiNumeric(x));
    const len = K.Bytes_len(d);
    const m = sbLen;
    C.sbReserve(len);
    K.Bytes_to_mem(d, 0, sbPtr + <usize>sbLen, len);
    const v = strtod(sbPtr + <usize>sbLen, len);
    sbTruncate(m);
    if (parseError) { const mm = sbLen; sbLit("could not convert string to float: "); reprInto(x); return raiseValueError(sbTakeStr(mm)); }
    return mkFloat(v);
  }
  if (K.BytesObj_is(x) || K.ByteArray_is(x)) {
    const r = t_float(cls, argsOf1(bytesText(x)), 0, 1, null);
    if (is_null(r) && !is_null(exc) && ref_eq(typeOf(exc), E.ValueError)) {
      clearExc();
      const m = sbLen; sbLit("could not convert string to float: "); if (!reprInto(x)) return null;
      return raiseValueError(sbTakeStr(m));
    }
    return r;
  }
  const fm = userDunder(x, N.N_float);
  if (!is_null(fm)) {
    const r = callObject1(fm, x);
    if (is_null(r) || Float_is(r)) return r;
    const m2 = sbLen; sbStr(typeName(x)); sbLit(".__float__ returned non-float (type "); sbStr(typeName(r)); sbByte(41);
    return raiseTypeError(sbTakeStr(m2));
  }
  if (!is_null(userDunder(x, N.N_index))) { const v = indexValue_(x); if (!is_null(exc)) return null; return mkFloat(<f64>v); }
  const mm = sbLen; sbLit("float() argument must be a string or a real number, not '"); sbStr(typeName(x)); sbLit("'");
  return raiseTypeError(sbTakeStr(mm));
}
function t_str(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return strCtor_(cls, a, b, n, kw); }
import { strCtor as strCtor_ } from "../objects/strmethods";
import { b_dir as b_dir_ } from "./dir";
function seqCtorArgs(name: string, n: i32, kw: anyref): bool {
  if (kwCount(kw) > 0) { const m = sbLen; sbFuncName(name); sbLit("() takes no keyword arguments"); raiseTypeError(sbTakeStr(m)); return false; }
  if (n <= 1) return true;
  const m = sbLen; sbLit(name); sbLit(" expected at most 1 argument, got "); sbI64(n); raiseTypeError(sbTakeStr(m));
  return false;
}
function t_bool(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("bool", n, kw, 0, 1)) return null;
  if (n == 0) return False;
  const t = truthy(AnyArr_get(a, b));
  return t < 0 ? null : mkBool(t != 0);
}
function t_list(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!seqCtorArgs("list", n, kw)) return null;
  if (n == 0) return listNew(0);
  const src = AnyArr_get(a, b);
  const items = iterableToArray(src);
  if (is_null(items)) return null;
  const cnt = AnyArr_len(items);
  const c = AnyArr_new(cnt);
  AnyArr_copy(c, 0, items, 0, cnt);
  return listFromArr(c, cnt);
}
function t_tuple(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!seqCtorArgs("tuple", n, kw)) return null;
  if (n == 0) return EmptyTuple;
  const src = AnyArr_get(a, b);
  if (Tuple_is(src) && ref_eq(K.Obj_get_cls(src), T_tuple)) return src;
  const items = iterableToArray(src);
  if (is_null(items)) return null;
  if (AnyArr_len(items) == 0) return EmptyTuple;
  if (List_is(src)) return tupleOf(items);
  const c = AnyArr_new(AnyArr_len(items));
  AnyArr_copy(c, 0, items, 0, AnyArr_len(items));
  return tupleOf(c);
}
function t_dict(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos > 1) { const m = sbLen; sbLit("dict expected at most 1 argument, got "); sbI64(npos); return raiseTypeError(sbTakeStr(m)); }
  const d = dictNew(cls);
  if (npos == 1) { if (dictUpdateAny(d, AnyArr_get(a, b)) < 0) return null; }
  for (let i = 0; i < nkw; i++) if (dictSet(d, kwName(kw, i), AnyArr_get(a, b + npos + i)) < 0) return null;
  return d;
}
function d_init(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos > 1) { const m = sbLen; sbLit("dict expected at most 1 argument, got "); sbI64(npos); return raiseTypeError(sbTakeStr(m)); }
  if (npos == 1 && dictUpdateAny(self, AnyArr_get(a, b)) < 0) return null;
  for (let i = 0; i < nkw; i++) if (dictSet(self, kwName(kw, i), AnyArr_get(a, b + npos + i)) < 0) return null;
  return None;
}
/** iter(callable, sentinel) */
function b_iter2(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("iter", n, kw, 1, 2)) return null;
  if (n == 2 && !isCallable_(AnyArr_get(a, b))) return raiseTypeError(strLit("iter(v, w): v must be callable"));
  if (n == 2 && kwCount(kw) == 0) return K.Wrap_new(T_callable_iterator, AnyArr_get(a, b), AnyArr_get(a, b + 1), null, 0);
  return getIter(AnyArr_get(a, b));
}
import { T_callable_iterator } from "./iters";

export function dictUpdateAny(d: anyref, src: anyref): i32 {
  if (Dict_is(src)) return dictMerge(d, src);
  if (!List_is(src) && !Tuple_is(src) && !Str_is(src)) {
    // a mapping: anything with a keys() method (ChainMap, UserDict, user Mapping classes)
    const km = typeLookup(typeOf(src), keysName());
    if (!is_null(km)) {
      const keys = callObject1(km, src);
      if (is_null(keys)) return -1;
      const ks = iterableToArray(keys);
      if (is_null(ks)) return -1;
      for (let i = 0; i < AnyArr_len(ks); i++) {
        const k = AnyArr_get(ks, i);
        const v = getItem_(src, k);
        if (is_null(v) || dictSet(d, k, v) < 0) return -1;
      }
      return 0;
    }
  }
  const items = iterableToArray(src);
  if (is_null(items)) return -1;
  for (let i = 0; i < AnyArr_len(items); i++) {
    const p = AnyArr_get(items, i);
    const pair = iterableToArray(p);
    if (is_null(pair)) {
      clearExc();
      const m = sbLen; sbLit("cannot convert dictionary update sequence element #"); sbI64(i); sbLit(" to a sequence");
      raiseTypeError(sbTakeStr(m)); return -1;
    }
    if (AnyArr_len(pair) != 2) {
      const m = sbLen; sbLit("dictionary update sequence element #"); sbI64(i); sbLit(" has length "); sbI64(AnyArr_len(pair)); sbLit("; 2 is required");
      raiseValueError(sbTakeStr(m)); return -1;
    }
    if (dictSet(d, AnyArr_get(pair, 0), AnyArr_get(pair, 1)) < 0) return -1;
  }
  return 0;
}
import { getItem as getItem_ } from "../ops";
let keysStr: anyref = null;
function keysName(): anyref { if (is_null(keysStr)) keysStr = intern(strLit("keys")); return keysStr; }
function t_range(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (kwCount(kw) > 0) return raiseTypeError(strLit("range() takes no keyword arguments"));
  if (n < 1 || n > 3) {
    const m = sbLen; if (n == 0) sbLit("range expected at least 1 argument, got 0"); else { sbLit("range expected at most 3 arguments, got "); sbI64(n); }
    return raiseTypeError(sbTakeStr(m));
  }
  let start: i64 = 0, stop: i64, step: i64 = 1;
  for (let i = 0; i < n; i++) {
    const x = AnyArr_get(a, b + i);
    // ranges beyond 64 bits are not supported (CPython allows them until len() or indexing)
    if (K.BigInt_is(x)) return raiseLit(E.OverflowError, "Python int too large to convert to C ssize_t");
    if (!isSmallOrInt(x)) {
      const v = indexValue(x);
      if (!is_null(exc)) return null;
      AnyArr_set(a, b + i, mkInt(v));
    }
  }
  if (n == 1) stop = intVal(AnyArr_get(a, b));
  else { start = intVal(AnyArr_get(a, b)); stop = intVal(AnyArr_get(a, b + 1)); if (n == 3) step = intVal(AnyArr_get(a, b + 2)); }
  if (step == 0) return raiseValueError(strLit("range() arg 3 must not be zero"));
  return rangeNew(start, stop, step);
}
function t_type(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return callType_(cls, a, b, n, kw); }
import { callType as callType_ } from "../objects/object";
function t_property(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const nkw = kwCount(kw); const npos = n - nkw;
  let g: anyref = npos > 0 ? AnyArr_get(a, b) : None, s: anyref = npos > 1 ? AnyArr_get(a, b + 1) : None, d: anyref = npos > 2 ? AnyArr_get(a, b + 2) : None;
  let doc: anyref = npos > 3 ? AnyArr_get(a, b + 3) : None;
  for (let i = 0; i < nkw; i++) {
    const k = kwName(kw, i), v = AnyArr_get(a, b + npos + i);
    if (strEqLit(k, "fget")) g = v; else if (strEqLit(k, "fset")) s = v; else if (strEqLit(k, "fdel")) d = v; else if (strEqLit(k, "doc")) doc = v;
  }
  if (ref_eq(doc, None) && K.Func_is(g)) { const fd = K.Func_get_doc(g); if (!is_null(fd)) doc = fd; }
  return K.Prop_new(cls, g, s, d, doc);
}
function t_classmethod(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("classmethod", n, kw, 1, 1)) return null;
  return K.Prop_new(cls, AnyArr_get(a, b), None, None, None);
}
function t_staticmethod(cls: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("staticmethod", n, kw, 1, 1)) return null;
  return K.Prop_new(cls, AnyArr_get(a, b), None, None, None);
}
// property.setter / getter / deleter
function p_setter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("setter", n, kw, 1, 1)) return null;
  return K.Prop_new(K.Obj_get_cls(self), K.Prop_get_fget(self), AnyArr_get(a, b), K.Prop_get_fdel(self), K.Prop_get_doc(self));
}
function p_getter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("getter", n, kw, 1, 1)) return null;
  return K.Prop_new(K.Obj_get_cls(self), AnyArr_get(a, b), K.Prop_get_fset(self), K.Prop_get_fdel(self), K.Prop_get_doc(self));
}
function p_deleter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("deleter", n, kw, 1, 1)) return null;
  return K.Prop_new(K.Obj_get_cls(self), K.Prop_get_fget(self), K.Prop_get_fset(self), AnyArr_get(a, b), K.Prop_get_doc(self));
}
import { addMethod } from "../objects/type";
// __get__/__set__/__delete__ of property, classmethod and staticmethod, for explicit descriptor calls
function p_get(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__get__", n, kw, 1, 2)) return null;
  const inst = AnyArr_get(a, b);
  const owner = n > 1 ? AnyArr_get(a, b + 1) : None;
  if (ref_eq(inst, None) && ref_eq(owner, None)) return raiseTypeError(strLit("__get__(None, None) is invalid"));
  const pc = K.Obj_get_cls(self);
  if (ref_eq(pc, C.T_staticmethod)) return K.Prop_get_fget(self);
  if (ref_eq(pc, C.T_classmethod)) return classmethodGet_(self, ref_eq(owner, None) ? typeOf(inst) : owner);
  if (ref_eq(inst, None)) return self;
  return propertyGet_(self, inst, null);
}
function p_set(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__set__", n, kw, 2, 2)) return null;
  const f = K.Prop_get_fset(self);
  if (is_null(f) || ref_eq(f, None)) return raiseWith(E.AttributeError, strLit("can't set attribute"));
  return is_null(callObject2_(f, AnyArr_get(a, b), AnyArr_get(a, b + 1))) ? null : None;
}
function p_delete(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__delete__", n, kw, 1, 1)) return null;
  const f = K.Prop_get_fdel(self);
  if (is_null(f) || ref_eq(f, None)) return raiseWith(E.AttributeError, strLit("can't delete attribute"));
  return is_null(callObject1(f, AnyArr_get(a, b))) ? null : None;
}
import { classmethodGet as classmethodGet_, propertyGet as propertyGet_ } from "../attrs";
import { sys_exit } from "./sys";

export function initBuiltins(): void {
  builtinsDict = dictNew();
  // exit()/quit(): what CPython's site module adds (the REPL's way out); both raise SystemExit
  def("exit", sys_exit); def("quit", sys_exit);
  def("print", b_print); def("len", b_len); def("repr", b_repr); def("ascii", b_ascii); def("id", b_id); def("hash", b_hash);
  def("isinstance", b_isinstance); def("issubclass", b_issubclass); def("callable", b_callable); def("abs", b_abs);
  def("min", b_min); def("max", b_max); def("sum", b_sum); def("sorted", b_sorted); def("any", b_any); def("all", b_all);
  def("iter", b_iter2); def("next", b_next); def("chr", b_chr); def("ord", b_ord); def("divmod", b_divmod); def("pow", b_pow);
  def("round", b_round); def("hex", b_hex); def("oct", b_oct); def("bin", b_bin); def("getattr", b_getattr);
  def("hasattr", b_hasattr); def("setattr", b_setattr); def("delattr", b_delattr); def("format", b_format);
  def("globals", b_globals); def("dir", b_dir_); def("input", b_input);
  def("__build_class__", buildClass);
  dictSet(builtinsDict, intern(strLit("__name__")), strLit("builtins"));   // class bodies under exec(src, {}) see it
  ctor(T_int, t_int); ctor(T_float, t_float); ctor(T_str, t_str); ctor(T_bool, t_bool); ctor(T_list, t_list);
  ctor(T_tuple, t_tuple); ctor(T_dict, t_dict); ctor(C.T_set, t_set); ctor(C.T_frozenset, t_frozenset); ctor(T_range, t_range);
  ctor(T_object, objectCtor); ctor(C.T_property, t_property); ctor(C.T_classmethod, t_classmethod); ctor(C.T_staticmethod, t_staticmethod);
  dictSet(builtinsDict, K.Type_get_name(T_type), T_type);
  addMethod(T_dict, "__init__", d_init);
  addMethod(C.T_property, "__get__", p_get); addMethod(C.T_property, "__set__", p_set); addMethod(C.T_property, "__delete__", p_delete);
  addMethod(C.T_classmethod, "__get__", p_get); addMethod(C.T_staticmethod, "__get__", p_get);
  addMethod(C.T_property, "setter", p_setter); addMethod(C.T_property, "getter", p_getter); addMethod(C.T_property, "deleter", p_deleter);
  dictSet(builtinsDict, intern(strLit("None")), None);
  dictSet(builtinsDict, intern(strLit("True")), True);
  dictSet(builtinsDict, intern(strLit("False")), False);
  dictSet(builtinsDict, intern(strLit("NotImplemented")), C.NotImplemented);
  dictSet(builtinsDict, intern(strLit("Ellipsis")), C.Ellipsis);
  E.initExceptions(builtinsDict);
  initIters(builtinsDict, C.T_builtin);
  initSuper(builtinsDict);
  registerOpen(builtinsDict);
}
import { registerOpen } from "./pyex";
