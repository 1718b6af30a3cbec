// Raising exceptions from native code. Every helper sets the pending exception (core.exc) and
// returns null so that `return raiseX(...)` propagates the sentinel in one line.
// The exception classes themselves are created in vm/objects/exceptions.ts.
import { setExc, strLit, sbLen, sbLit, sbTakeStr } from "./core";
import { Exc_new, AnyArr_new, AnyArr_set, Tuple_new, is_null } from "../generated/kernel";
import * as E from "../objects/exceptions";

/** A new exception instance of class `cls` with args (msg,), msg a str object (or no args if null). */
export function newExc(cls: anyref, msg: anyref): anyref {
  let args: anyref;
  if (is_null(msg)) args = Tuple_new(tupleType(), AnyArr_new(0), 0);
  else { const a = AnyArr_new(1); AnyArr_set(a, 0, msg); args = Tuple_new(tupleType(), a, 0); }
  return Exc_new(cls, args, null, null, null, null, 0);
}
import { T_tuple } from "./core";
function tupleType(): anyref { return T_tuple; }

export function raiseWith(cls: anyref, msg: anyref): anyref { setExc(newExc(cls, msg)); return null; }
export function raiseTypeError(msg: anyref): anyref { return raiseWith(E.TypeError, msg); }
export function raiseValueError(msg: anyref): anyref { return raiseWith(E.ValueError, msg); }
export function raiseIndexError(msg: string): anyref { return raiseWith(E.IndexError, strLit(msg)); }
export function raiseZeroDivision(msg: string): anyref { return raiseWith(E.ZeroDivisionError, strLit(msg)); }
export function raiseOverflow(msg: string): anyref { return raiseWith(E.OverflowError, strLit(msg)); }
export function raiseMemoryError(): anyref { return raiseWith(E.MemoryError, null); }
export function raiseLit(cls: anyref, msg: string): anyref { return raiseWith(cls, strLit(msg)); }
export function raiseKeyError(key: anyref): anyref {
  const a = AnyArr_new(1); AnyArr_set(a, 0, key);
  setExc(Exc_new(E.KeyError, Tuple_new(T_tuple, a, 0), null, null, null, null, 0));
  return null;
}
