// Methods and attributes of int (and so bool): bit_length, bit_count, to_bytes, from_bytes,
// as_integer_ratio, conjugate, the numeric dunders, real/imag/numerator/denominator.
import { callObject1 as callObject1_ } from "../interp";
import * as K from "../generated/kernel";
import { is_null, ref_eq, small_is, small_new, AnyArr_get, AnyArr_len, Tuple_get_items, AnyArr_new, AnyArr_set } from "../generated/kernel";
import * as C from "../rt/core";
import { mkInt, isSmallOrInt, intVal, strLit, None, True, exc, sbLen, sbLit, sbTakeStr, T_classmethod, T_property, T_bytes } from "../rt/core";
import { raiseTypeError, raiseValueError } from "../rt/errors";
import { addMethod, addAttr, newBuiltinFn, tupleOf } from "./type";
import { checkArgs, kwCount } from "../rt/args";
import { strEqLit, sbStr } from "./str";
import { typeName, iterableToArray, indexValue, getIter } from "../ops";
import { bigBitLength, intToBytesArr, intFromBytesMem, bigAbs, bigSign } from "./bigint";

function isInt(x: anyref): bool { return isSmallOrInt(x) || K.BigInt_is(x); }
/** The int value of self as a plain int (bool -> int). */
/** The exact int of x (int.__int__, .real …: instances of subclasses give a plain int). */
function asInt(x: anyref): anyref {
  if (K.Bool_is(x)) return small_new(K.Bool_get_val(x));
  if (K.Int_is(x) && !ref_eq(K.Obj_get_cls(x), T_int_)) return mkInt_(K.Int_get_val(x));
  return x;
}
import { T_int as T_int_, mkInt as mkInt_ } from "../rt/core";

function bitLength(x: anyref): i64 {
  if (K.BigInt_is(x)) return bigBitLength(x);
  const v = intVal(x);
  const m: u64 = v < 0 ? <u64>0 - <u64>v : <u64>v;
  return <i64>(64 - clz(m));
}
function m_bit_length(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (is_null(self)) { if (n - kwCount(kw) < 1) return raiseTypeError(strLit("descriptor needs an argument")); self = AnyArr_get(a, b); b++; n--; }
  if (!checkArgs("int.bit_length", n, kw, 0, 0)) return null;
  return mkInt(bitLength(self));
}
function m_bit_count(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (is_null(self)) { if (n - kwCount(kw) < 1) return raiseTypeError(strLit("descriptor needs an argument")); self = AnyArr_get(a, b); b++; n--; }
  if (!checkArgs("int.bit_count", n, kw, 0, 0)) return null;
  const x = self;
  if (!K.BigInt_is(x)) { const v = intVal(x); return mkInt(popcnt(v < 0 ? <u64>0 - <u64>v : <u64>v)); }
  const limbs = K.BigInt_get_limbs(x);
  let c: i64 = 0;
  for (let i = 0; i < K.I32Arr_len(limbs); i++) c += <i64>popcnt(<u32>K.I32Arr_get(limbs, i));
  return mkInt(c);
}
function selfNamed(name: string, self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (is_null(self)) { if (n - kwCount(kw) < 1) return raiseTypeError(strLit("descriptor needs an argument")); self = AnyArr_get(a, b); b++; n--; }
  if (!checkArgs(name, n, kw, 0, 0)) return null;
  return asInt(self);
}
// one native per name, so an arity error names the method ("int.conjugate() takes no arguments")
function m_self(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return selfNamed("int", self, a, b, n, kw); }
function m_conjugate(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return selfNamed("conjugate", self, a, b, n, kw); }
function m_index(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return selfNamed("__index__", self, a, b, n, kw); }
function m_int(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return selfNamed("__int__", self, a, b, n, kw); }
function m_trunc(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return selfNamed("__trunc__", self, a, b, n, kw); }
function m_floor(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return selfNamed("__floor__", self, a, b, n, kw); }
function m_ceil(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return selfNamed("__ceil__", self, a, b, n, kw); }
function m_round(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (is_null(self)) { if (n - kwCount(kw) < 1) return raiseTypeError(strLit("descriptor needs an argument")); self = AnyArr_get(a, b); b++; n--; }
  if (!checkArgs("__round__", n, kw, 0, 1)) return null;
  if (n == 0) return asInt(self);
  return roundInt_(asInt(self), AnyArr_get(a, b));
}
import { roundIntObj as roundInt_ } from "../builtins/builtins";
function m_as_integer_ratio(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (is_null(self)) { if (n - kwCount(kw) < 1) return raiseTypeError(strLit("descriptor needs an argument")); self = AnyArr_get(a, b); b++; n--; }
  if (!checkArgs("int.as_integer_ratio", n, kw, 0, 0)) return null;
  const t = AnyArr_new(2); AnyArr_set(t, 0, asInt(self)); AnyArr_set(t, 1, small_new(1));
  return tupleOf(t);
}
function p_zero(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return small_new(0); }
function p_one(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return small_new(1); }

// keyword handling for to_bytes / from_bytes
let kwLength: anyref = null;
let kwOrder: anyref = null;
let kwSigned: anyref = null;
function parseBytesArgs(name: string, firstName: string, a: anyref, b: i32, n: i32, kw: anyref): bool {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  kwLength = null; kwOrder = null; kwSigned = null;
  if (npos > 3) { const m = sbLen; sbLit(name); sbLit("() takes at most 2 positional arguments"); raiseTypeError(sbTakeStr(m)); return false; }
  if (npos >= 2) kwLength = AnyArr_get(a, b + 1);
  if (npos >= 3) kwOrder = AnyArr_get(a, b + 2);
  let unknown: anyref = null;
  for (let i = 0; i < nkw; i++) {
    const k = AnyArr_get(Tuple_get_items(kw), i), v = AnyArr_get(a, b + npos + i);
    if (strEqLit(k, firstName)) kwLength = v;
    else if (strEqLit(k, "byteorder")) kwOrder = v;
    else if (strEqLit(k, "signed")) kwSigned = v;
    else if (is_null(unknown)) unknown = k;
  }
  // a missing required argument is reported before an unknown keyword (clinic's order)
  if (!is_null(unknown) && !(firstName == "bytes" && is_null(kwLength))) { const m = sbLen; sbLit(name); sbLit("() got an unexpected keyword argument '"); sbStr(unknown); sbLit("'"); raiseTypeError(sbTakeStr(m)); return false; }
  return true;
}
/** byteorder: 1 little, 0 big, -1 error. */
function byteOrder(): i32 {
  if (is_null(kwOrder)) return 0;
  if (K.Str_is(kwOrder)) {
    if (strEqLit(kwOrder, "little")) return 1;
    if (strEqLit(kwOrder, "big")) return 0;
    raiseValueError(strLit("byteorder must be either 'little' or 'big'"));
    return -1;
  }
  const m = sbLen; sbLit("to_bytes() argument 'byteorder' must be str, not "); sbStr(typeName(kwOrder)); raiseTypeError(sbTakeStr(m));
  return -1;
}
function isSigned(): i32 {
  if (is_null(kwSigned)) return 0;
  return truthy_(kwSigned);
}
import { truthy as truthy_ } from "../ops";

function m_to_bytes(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (is_null(self)) { if (n - kwCount(kw) < 1) return raiseTypeError(strLit("descriptor needs an argument")); self = AnyArr_get(a, b); b++; n--; }
  if (!parseBytesArgs("to_bytes", "length", a, b - 1, n + 1, kw)) return null;
  const x = self;
  let length: i64 = 1;
  if (!is_null(kwLength)) { length = indexValue(kwLength); if (!is_null(exc)) return null; }
  if (length < 0) return raiseValueError(strLit("length argument must be non-negative"));
  if (length > (1 << 28)) return raiseMemory_();
  const order = byteOrder(); if (order < 0) return null;
  const sg = isSigned(); if (sg < 0) return null;
  const data = intToBytesArr(x, <i32>length, order == 1, sg == 1);
  if (is_null(data)) return null;
  return K.BytesObj_new(T_bytes, data, 0);
}
import { raiseMemoryError as raiseMemory_ } from "../rt/errors";

function f_from_bytes(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  // self is the class (classmethod); the arguments follow
  if (!parseBytesArgs("from_bytes", "bytes", a, b - 1, n + 1, kw)) return null;
  const src = kwLength;
  if (is_null(src)) return raiseTypeError(strLit("from_bytes() missing required argument 'bytes' (pos 1)"));
  const order = byteOrder(); if (order < 0) return null;
  const sg = isSigned(); if (sg < 0) return null;
  let data: anyref = null, len = 0;
  if (K.BytesObj_is(src)) { data = K.BytesObj_get_data(src); len = K.Bytes_len(data); }
  else if (K.ByteArray_is(src)) { data = K.ByteArray_get_data(src); len = K.ByteArray_get_len(src); }
  const m = sbLen;
  if (!is_null(data)) {
    C.sbReserve(len);
    K.Bytes_to_mem(data, 0, C.sbPtr + <usize>sbLen, len);
  } else {
    if (K.Str_is(src)) return raiseTypeError(strLit("cannot convert 'str' object to bytes"));
    // PyBytes_FromObject: what is neither a buffer nor iterable "cannot convert"
    const it = getIter(src);
    if (is_null(it)) { if (K.BigInt_is(src) || C.isSmallOrInt(src) || K.Float_is(src) || ref_eq(src, C.None)) { C.clearExc(); const mm = sbLen; sbLit("cannot convert '"); sbStr(typeName(src)); sbLit("' object to bytes"); return raiseTypeError(sbTakeStr(mm)); } return null; }
    const arr = iterableToArray(it);
    if (is_null(arr)) return null;
    len = AnyArr_len(arr);
    C.sbReserve(len);
    for (let i = 0; i < len; i++) {
      const v = AnyArr_get(arr, i);
      if (!isSmallOrInt(v)) { const mm = sbLen; sbLit("'"); sbStr(typeName(v)); sbLit("' object cannot be interpreted as an integer"); return raiseTypeError(sbTakeStr(mm)); }
      const iv = intVal(v);
      if (iv < 0 || iv > 255) return raiseValueError(strLit("bytes must be in range(0, 256)"));
      store<u8>(C.sbPtr + <usize>(sbLen + i), <u8>iv);
    }
  }
  const r = intFromBytesMem(C.sbPtr + <usize>m, len, order == 1, sg == 1);
  // a subclass gets cls(value): bool.from_bytes(b'\x01\x00', 'big') is True
  if (!is_null(r) && K.Type_is(self) && !ref_eq(self, C.T_int)) return callObject1_(self, r);
  return r;
}

function addProp(t: anyref, name: string, fn: Native): void {
  addAttr(t, name, K.Prop_new(T_property, newBuiltinFn(name, fn, null), None, None, None));
}
type Native = (self: anyref, a: anyref, b: i32, n: i32, kw: anyref) => anyref;

export function registerIntMethods(t: anyref): void {
  addMethod(t, "bit_length", m_bit_length);
  addMethod(t, "bit_count", m_bit_count);
  addMethod(t, "to_bytes", m_to_bytes);
  addMethod(t, "conjugate", m_conjugate);
  addMethod(t, "as_integer_ratio", m_as_integer_ratio);
  addMethod(t, "__index__", m_index);
  addMethod(t, "__int__", m_int);
  addMethod(t, "__trunc__", m_trunc);
  addMethod(t, "__floor__", m_floor);
  addMethod(t, "__ceil__", m_ceil);
  addMethod(t, "__round__", m_round);
  addAttr(t, "from_bytes", K.Prop_new(T_classmethod, newBuiltinFn("from_bytes", f_from_bytes, null), None, None, None));
  addProp(t, "real", m_self);
  addProp(t, "numerator", m_self);
  addProp(t, "imag", p_zero);
  addProp(t, "denominator", p_one);
}
