// Protocol cases for the builtin types whose behaviour lives outside ops.ts: set/frozenset,
// dict views and dict iterators, bytes/bytearray, bool bit operations, in-place list/dict
// operators. ops.ts calls these hooks at one point per protocol function; each hook answers
// "not mine" with a sentinel (NotImplemented, -2, or extHandled = false).
import * as K from "../generated/kernel";
import { is_null, ref_eq, small_is, Set_is, Wrap_is, Bool_is, List_is, Dict_is, Str_is, Tuple_is, BytesObj_is, ByteArray_is, Obj_get_cls } from "../generated/kernel";
import { NotImplemented, mkBool, isSmallOrInt, sbLen, sbLit, sbTakeStr, T_int } from "../rt/core";
import { raiseTypeError } from "../rt/errors";
import { typeName, iterableToArray, userDunder } from "../ops";
import { sbStr } from "./str";
import { listExtendArr } from "./list";
import { OP_MUL, OP_AND, OP_OR, OP_XOR } from "./int";
import {
  setLen, setContains, setIter, setIterNext, setReprInto, setHashOf, setCompare, setBinop, setInplace, T_set_iterator,
} from "./set";
import {
  isView, viewLen, viewContains, viewIter, viewReprInto, viewBinop, viewCompare, isDictIter, dictIterNext, dictIterLen, dictIter,
} from "./views";
import { dictUpdateAny } from "../builtins/builtins";
import * as N from "../rt/names";

export let extHandled: bool = false;

function isSetIter(x: anyref): bool { return Wrap_is(x) && ref_eq(Obj_get_cls(x), T_set_iterator); }

import { complexReprInto, complexHash, complexCompare, complexBinop } from "./complex";

/** repr: -1 not handled, 0 error, 1 done. */
export function extReprInto(x: anyref): i32 {
  if (K.Complex_is(x)) { complexReprInto(x); return 1; }
  if (Set_is(x)) return setReprInto(x) ? 1 : 0;
  if (Wrap_is(x) && isView(x)) return viewReprInto(x) ? 1 : 0;
  if (BytesObj_is(x) || ByteArray_is(x)) return bytesReprInto_(x) ? 1 : 0;
  return -1;
}
import { bytesReprInto as bytesReprInto_, bytesHash, bytesCompare, bytesBinop, bytesInplace, bytesLen, bytesContains, bytesIter, isBytesIter, bytesIterNext, bytesGetItem, bytesSetItem } from "./bytes";

/** hash: sets extHandled. */
export function extHash(x: anyref): i64 {
  extHandled = true;
  if (K.Complex_is(x)) return complexHash(x);
  if (Set_is(x)) return setHashOf(x);
  if (BytesObj_is(x) || ByteArray_is(x)) return bytesHash(x);
  extHandled = false;
  return 0;
}

/** Rich comparison; NotImplemented when not handled. */
export function extCompare(a: anyref, b: anyref, op: i32): anyref {
  if (K.Complex_is(a) || K.Complex_is(b)) return complexCompare(a, b, op);
  if (Set_is(a) || Set_is(b)) {
    if ((Set_is(a) && Wrap_is(b) && isView(b)) || (Set_is(b) && Wrap_is(a) && isView(a))) return viewCompare(a, b, op);
    return setCompare(a, b, op);
  }
  if ((Wrap_is(a) && isView(a)) || (Wrap_is(b) && isView(b))) return viewCompare(a, b, op);
  if (BytesObj_is(a) || ByteArray_is(a) || BytesObj_is(b) || ByteArray_is(b)) return bytesCompare(a, b, op);
  return NotImplemented;
}

function isSeq(x: anyref): bool { return Str_is(x) || List_is(x) || Tuple_is(x) || BytesObj_is(x) || ByteArray_is(x); }

/** a op b (not in-place); NotImplemented when not handled. */
export function extBinop(a: anyref, b: anyref, o: i32): anyref {
  if (K.Complex_is(a) || K.Complex_is(b)) { const r = complexBinop(a, b, o); if (!ref_eq(r, NotImplemented)) return r; }
  if (Bool_is(a) && Bool_is(b) && (o == OP_AND || o == OP_OR || o == OP_XOR)) {
    const x = K.Bool_get_val(a), y = K.Bool_get_val(b);
    return mkBool((o == OP_AND ? x & y : o == OP_OR ? x | y : x ^ y) != 0);
  }
  if (Set_is(a) || Set_is(b)) {
    if ((Wrap_is(a) && isView(a)) || (Wrap_is(b) && isView(b))) return viewBinop(a, b, o);
    // not a set operation: the other operand's protocol may apply (seq * set, bytes + set …)
    const r = setBinop(a, b, o);
    if (!ref_eq(r, NotImplemented)) return r;
  }
  if ((Wrap_is(a) && isView(a)) || (Wrap_is(b) && isView(b))) return viewBinop(a, b, o);
  if (BytesObj_is(a) || ByteArray_is(a) || BytesObj_is(b) || ByteArray_is(b)) {
    const r = bytesBinop(a, b, o);
    if (!ref_eq(r, NotImplemented)) return r;
  }
  if (o == OP_MUL) {
    // sequence repetition by a non-integer
    if (isSeq(a) && !isSmallOrInt(b) && !K.BigInt_is(b) && !isHeapInst(b)) return seqMulError(b);
    if (isSeq(b) && !isSmallOrInt(a) && !K.BigInt_is(a) && !isHeapInst(a) && !isSeq(a)) return seqMulError(a);
  }
  return NotImplemented;
}
function isHeapInst(x: anyref): bool { return !small_is(x) && (K.Type_get_flags(Obj_get_cls(x)) & TF_HEAP) != 0; }
import { TF_HEAP } from "./type";
function seqMulError(x: anyref): anyref {
  const m = sbLen; sbLit("can't multiply sequence by non-int of type '"); sbStr(typeName(x)); sbLit("'");
  return raiseTypeError(sbTakeStr(m));
}

/** a op= b for builtin a; NotImplemented when not handled. */
import { binaryOp as binaryOp_ } from "../ops";
export function extInplace(a: anyref, b: anyref, o: i32): anyref {
  if (List_is(a) && o == 0 /* += */) {
    if (List_is(b) && ref_eq(a, b)) { listExtendArr(a, K.List_get_items(b), K.List_get_len(b)); return a; }
    const arr = iterableToArray(b);
    if (is_null(arr)) return null;
    listExtendArr(a, arr, K.AnyArr_len(arr));
    return a;
  }
  if (List_is(a) && o == OP_MUL && (isSmallOrInt(b) || K.Bool_is(b))) {
    // list *= n repeats in place
    const r = binaryOp_(a, b, OP_MUL);
    if (is_null(r)) return null;
    K.List_set_items(a, K.List_get_items(r)); K.List_set_len(a, K.List_get_len(r));
    return a;
  }
  if (Dict_is(a) && o == OP_OR) return dictUpdateAny(a, b) < 0 ? null : a;
  if (Set_is(a)) return setInplace(a, b, o);
  if (ByteArray_is(a)) return bytesInplace(a, b, o);
  return NotImplemented;
}

/** len: -2 when not handled. */
export function extLen(x: anyref): i64 {
  if (Set_is(x)) return setLen(x);
  if (Wrap_is(x)) {
    if (isView(x)) return viewLen(x);
    return -2;
  }
  if (BytesObj_is(x) || ByteArray_is(x)) return bytesLen(x);
  return -2;
}

/** x in c: 1, 0, -1 error, -2 not handled. */
export function extContains(c: anyref, x: anyref): i32 {
  if (Set_is(c)) return setContains(c, x);
  if (Wrap_is(c) && isView(c)) return viewContains(c, x);
  if (BytesObj_is(c) || ByteArray_is(c)) return bytesContains(c, x);
  return -2;
}

/** iter(x): null when not handled (no exception). */
export function extIter(x: anyref): anyref {
  if (Set_is(x)) return setIter(x);
  if (Dict_is(x)) return dictIter(x);
  if (Wrap_is(x)) {
    if (isView(x)) return viewIter(x);
    if (isDictIter(x) || isSetIter(x) || isBytesIter(x)) return x;
    return null;
  }
  if (BytesObj_is(x) || ByteArray_is(x)) return bytesIter(x);
  return null;
}
export function isExtIter(it: anyref): bool { return isDictIter(it) || isSetIter(it) || isBytesIter(it); }
export function extIterNext(it: anyref): anyref {
  if (isSetIter(it)) return setIterNext(it);
  if (isBytesIter(it)) return bytesIterNext(it);
  return dictIterNext(it);
}

/** obj[key]: NotImplemented when not handled. */
export function extGetItem(obj: anyref, key: anyref): anyref {
  if (BytesObj_is(obj) || ByteArray_is(obj)) return bytesGetItem(obj, key);
  return NotImplemented;
}
/** obj[key] = v: 0, -1 error, -2 not handled. */
export function extSetItem(obj: anyref, key: anyref, v: anyref): i32 {
  if (ByteArray_is(obj)) return bytesSetItem(obj, key, v);
  return -2;
}
