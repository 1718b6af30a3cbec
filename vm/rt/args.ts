// Argument checking for native functions. Natives receive their arguments as a window of an
// AnyArr (args[base .. base+n)); when `kw` (a tuple of names) is non-null, the last len(kw) of
// those are keyword arguments. Messages follow CPython's.
import { is_null, AnyArr_get, Tuple_get_items, AnyArr_len } from "../generated/kernel";
import { sbLen, sbLit, sbI64, sbTakeStr } from "./core";
import { raiseTypeError } from "./errors";

/** Check a native's positional arity; keywords are rejected. Raises and returns false on error. */
export function checkArgs(name: string, n: i32, kw: anyref, min: i32, max: i32): bool {
  if (!is_null(kw) && AnyArr_len(Tuple_get_items(kw)) > 0) {
    const m = sbLen; sbLit(name); sbLit("() takes no keyword arguments");
    raiseTypeError(sbTakeStr(m));
    return false;
  }
  if (n >= min && n <= max) return true;
  const m = sbLen;
  sbLit(name);
  if (min == max && min == 0) { sbLit("() takes no arguments ("); }
  else if (min == max && min == 1) { sbLit("() takes exactly one argument ("); }
  else if (oldStyle(name)) {
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
