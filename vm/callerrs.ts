// CPython's call-site messages for `f(*x)` / `f(**x)` errors (ceval.c format_kwargs_error,
// check_args_iterable): they name the callee as _PyObject_FunctionStr does ("__main__.f()",
// "print()"). Called by the interpreter after the failing operation set the exception.
import * as K from "./generated/kernel";
import { is_null, ref_eq, Str_is, Tuple_get_items, AnyArr_len, AnyArr_get } from "./generated/kernel";
import { exc, None, sbLen, sbLit, sbByte, sbTakeStr, typeOf, clearExc } from "./rt/core";
import { raiseTypeError } from "./rt/errors";
import * as E from "./objects/exceptions";
import * as N from "./rt/names";
import { sbStr, strEqLit } from "./objects/str";
import { typeName } from "./ops";
import { getAttr } from "./attrs";

/** _PyObject_FunctionStr into the string builder: "module.qualname()" or "qualname()". */
export function funcStrInto(fn: anyref): void {
  const q = getAttr(fn, N.N_qualname);
  if (is_null(q) || !Str_is(q)) { clearExc(); sbStr(typeName(fn)); sbLit(" object"); return; }
  const m = getAttr(fn, N.N_module);
  if (is_null(m)) clearExc();
  else if (Str_is(m) && !strEqLit(m, "builtins")) { sbStr(m); sbByte(46); }
  sbStr(q); sbLit("()");
}

function excMessage(): anyref {
  if (is_null(exc)) return null;
  const a = Tuple_get_items(K.Exc_get_args(exc));
  if (AnyArr_len(a) != 1) return null;
  const s = AnyArr_get(a, 0);
  return Str_is(s) ? s : null;
}
function startsWith(s: anyref, lit: string): bool {
  const d = K.Str_get_data(s);
  const n = lit.length;
  if (K.Bytes_len(d) < n) return false;
  for (let i = 0; i < n; i++) if (K.Bytes_get(d, i) != <i32>lit.charCodeAt(i)) return false;
  return true;
}
function endsWith(s: anyref, lit: string): bool {
  const d = K.Str_get_data(s);
  const n = lit.length, L = K.Bytes_len(d);
  if (L < n) return false;
  for (let i = 0; i < n; i++) if (K.Bytes_get(d, L - n + i) != <i32>lit.charCodeAt(i)) return false;
  return true;
}

/** CALL_FUNCTION_EX could not turn `x` of `f(*x)` into arguments. */
export function starArgError(fn: anyref, x: anyref): void {
  if (is_null(exc) || !ref_eq(typeOf(exc), E.TypeError)) return;
  const msg = excMessage();
  if (is_null(msg) || !startsWith(msg, "'") || !endsWith(msg, "' object is not iterable")) return;
  if (K.Bytes_len(K.Str_get_data(msg)) != K.Bytes_len(K.Str_get_data(typeName(x))) + 25) return;
  const m = sbLen; funcStrInto(fn); sbLit(" argument after * must be an iterable, not "); sbStr(typeName(x));
  raiseTypeError(sbTakeStr(m));
}

/** DICT_MERGE (the `**x` of a call) failed. */
export function mergeArgError(fn: anyref, x: anyref): void {
  if (is_null(exc) || !ref_eq(typeOf(exc), E.TypeError)) return;
  const msg = excMessage();
  if (is_null(msg)) return;
  if (endsWith(msg, "' object is not a mapping") && startsWith(msg, "'")) {
    const m = sbLen; funcStrInto(fn); sbLit(" argument after ** must be a mapping, not "); sbStr(typeName(x));
    raiseTypeError(sbTakeStr(m));
  } else if (startsWith(msg, "got multiple values for keyword argument")) {
    const m = sbLen; funcStrInto(fn); sbByte(32); sbStr(msg);
    raiseTypeError(sbTakeStr(m));
  }
}
