// Argument checking for native functions. Natives receive their arguments as a window of an
// AnyArr (args[base .. base+n)); when `kw` (a tuple of names) is non-null, the last len(kw) of
// those are keyword arguments. Messages follow CPython's.
import { is_null, AnyArr_get, Tuple_get_items, AnyArr_len, Type_get_name } from "../generated/kernel";
import { sbLen, sbLit, sbI64, sbTakeStr, sbByte } from "./core";
import { raiseTypeError } from "./errors";
import { sbStr, strEqLit } from "../objects/str";

/** The type owning the native being called (null for free functions); set by interp's callNative. */
let nativeOwner: anyref = null;
export function setNativeOwner(t: anyref): anyref { const prev = nativeOwner; nativeOwner = t; return prev; }
/**
 * A native's name as CPython's _PyObject_FunctionStr writes it in the messages of METH_NOARGS,
 * METH_O and keyword-less methods: "bytes.capitalize" for a method of a builtin type, "len" for
 * a free function. A name that is already qualified is written as is.
 */
export function sbFuncName(name: string): void {
  if (!is_null(nativeOwner) && name.indexOf(".") < 0) { sbStr(Type_get_name(nativeOwner)); sbByte(46); }
  sbLit(name);
}

/** Check a native's positional arity; keywords are rejected. Raises and returns false on error. */
export function checkArgs(name: string, n: i32, kw: anyref, min: i32, max: i32, parseTuple: bool = false): bool {
  if (!is_null(kw) && AnyArr_len(Tuple_get_items(kw)) > 0) {
    const m = sbLen; sbFuncName(name); sbLit("() takes no keyword arguments");
    raiseTypeError(sbTakeStr(m));
    return false;
  }
  if (n >= min && n <= max) return true;
  const m = sbLen;
  if (min == max && min <= 1) sbFuncName(name); else sbLit(name);
  if (min == max && min == 0) { sbLit("() takes no arguments ("); }
  else if (min == max && min == 1) { sbLit("() takes exactly one argument ("); }
  else if (parseTuple || oldStyle(name)) {
    // PyArg_ParseTuple's wording (str/bytes search methods, complex)
    if (min == max) { sbLit("() takes exactly "); sbI64(min); sbLit(" arguments ("); }
    else if (n < min) { sbLit("() takes at least "); sbI64(min); sbLit(min == 1 ? " argument (" : " arguments ("); }
    else { sbLit("() takes at most "); sbI64(max); sbLit(max == 1 ? " argument (" : " arguments ("); }
  } else {
    // Argument Clinic's _PyArg_CheckPositional: "divmod expected 2 arguments, got 1"
    const want = min == max ? min : n < min ? min : max;
    sbLit(" expected "); if (min != max) sbLit(n < min ? "at least " : "at most ");
    sbI64(want); sbLit(want == 1 ? " argument, got " : " arguments, got "); sbI64(n);
    raiseTypeError(sbTakeStr(m));
    return false;
  }
  sbI64(n); sbLit(" given)");
  raiseTypeError(sbTakeStr(m));
  return false;
}

function oldStyle(name: string): bool {
  return name == "count" || name == "startswith" || name == "endswith" || name == "find" || name == "rfind" || name == "complex" || name == "round";
}

/** Positional argument i, or `dflt` when not given. */
export function argOr(args: anyref, base: i32, n: i32, i: i32, dflt: anyref): anyref {
  return i < n ? AnyArr_get(args, base + i) : dflt;
}

/** Number of keyword arguments in a call. */
export function kwCount(kw: anyref): i32 { return is_null(kw) ? 0 : AnyArr_len(Tuple_get_items(kw)); }

/**
 * Argument Clinic's keyword parser checks for a method taking up to `max` positional-or-keyword
 * parameters named n0, n1: "split() takes at most 2 arguments (3 given)", "'x' is an invalid
 * keyword argument for split()". Binding the values stays with the caller.
 */
export function checkKwArgs(fname: string, a: anyref, b: i32, n: i32, kw: anyref, max: i32, n0: string, n1: string): bool {
  const nkw = kwCount(kw);
  if (n > max) {
    const m = sbLen; sbLit(fname); sbLit("() takes at most "); sbI64(max); sbLit(max == 1 ? " argument (" : " arguments ("); sbI64(n); sbLit(" given)");
    raiseTypeError(sbTakeStr(m)); return false;
  }
  for (let i = 0; i < nkw; i++) {
    const k = AnyArr_get(Tuple_get_items(kw), i);
    if (!(strEqLit(k, n0) || (n1.length > 0 && strEqLit(k, n1)))) {
      const m = sbLen; sbByte(39); sbStr(k); sbLit("' is an invalid keyword argument for "); sbLit(fname); sbLit("()");
      raiseTypeError(sbTakeStr(m)); return false;
    }
  }
  return true;
}

export let ARG0: anyref = null, ARG1: anyref = null, ARG2: anyref = null, ARG3: anyref = null, ARG4: anyref = null;
/**
 * Argument Clinic's binding of up to five positional-or-keyword parameters named n0..n4 ("" =
 * absent) into ARG0..4 (null = not given), with its messages ("takes at most 2 arguments (3
 * given)", "'x' is an invalid keyword argument for f()", "given by name ('x') and position (1)",
 * "missing required argument 'x' (pos 1)"; min > 0 requires the first).
 */
export function bindArgs(fname: string, a: anyref, b: i32, n: i32, kw: anyref, min: i32, max: i32,
                         n0: string, n1: string, n2: string, n3: string = "", n4: string = ""): bool {
  ARG0 = null; ARG1 = null; ARG2 = null; ARG3 = null; ARG4 = null;
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos > max) {
    const m = sbLen; sbLit(fname); sbLit("() takes at most "); sbI64(max); sbLit(max == 1 ? " argument (" : " arguments ("); sbI64(npos); sbLit(" given)");
    raiseTypeError(sbTakeStr(m)); return false;
  }
  if (npos > 0) ARG0 = AnyArr_get(a, b);
  if (npos > 1) ARG1 = AnyArr_get(a, b + 1);
  if (npos > 2) ARG2 = AnyArr_get(a, b + 2);
  if (npos > 3) ARG3 = AnyArr_get(a, b + 3);
  if (npos > 4) ARG4 = AnyArr_get(a, b + 4);
  for (let i = 0; i < nkw; i++) {
    const k = AnyArr_get(Tuple_get_items(kw), i);
    const v = AnyArr_get(a, b + npos + i);
    let slot = -1;
    if (n0.length > 0 && strEqLit(k, n0)) slot = 0;
    else if (n1.length > 0 && strEqLit(k, n1)) slot = 1;
    else if (n2.length > 0 && strEqLit(k, n2)) slot = 2;
    else if (n3.length > 0 && strEqLit(k, n3)) slot = 3;
    else if (n4.length > 0 && strEqLit(k, n4)) slot = 4;
    if (slot < 0) {
      const m = sbLen; sbByte(39); sbStr(k); sbLit("' is an invalid keyword argument for "); sbLit(fname); sbLit("()");
      raiseTypeError(sbTakeStr(m)); return false;
    }
    if (slot < npos) {
      const m = sbLen; sbLit("argument for "); sbLit(fname); sbLit("() given by name ('"); sbStr(k); sbLit("') and position ("); sbI64(slot + 1); sbLit(")");
      raiseTypeError(sbTakeStr(m)); return false;
    }
    if (slot == 0) ARG0 = v; else if (slot == 1) ARG1 = v; else if (slot == 2) ARG2 = v; else if (slot == 3) ARG3 = v; else ARG4 = v;
  }
  if (min > 0 && is_null(ARG0)) {
    const m = sbLen; sbLit(fname); sbLit("() missing required argument '"); sbLit(n0); sbLit("' (pos 1)");
    raiseTypeError(sbTakeStr(m)); return false;
  }
  return true;
}
