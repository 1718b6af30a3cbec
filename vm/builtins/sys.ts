// The sys module: argv, maxsize, modules, version info, exit. No access to the host.
import * as K from "../generated/kernel";
import { mkInt, strLit, None, exc } from "../rt/core";
import { newBuiltinFn } from "../objects/type";
import { dictSet } from "../objects/dict";
import { intern } from "../objects/str";
import { newModule, modulesDict } from "./modules";
import { listNew, listAppend } from "../objects/list";
import { raiseWith } from "../rt/errors";
import * as E from "../objects/exceptions";
import { setExc, clearExc as C_clearExc } from "../rt/core";
import { hostInvoke } from "./pyex";

export let sysArgv: anyref = null;

function sys_exit(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const args = K.AnyArr_new(n > 0 ? 1 : 0);
  if (n > 0) K.AnyArr_set(args, 0, K.AnyArr_get(a, b));
  setExc(K.Exc_new(E.SystemExit, K.Tuple_new(K.Obj_get_cls(K.Exc_get_args(newExcDummy())), args, 0), null, null, null, null, 0));
  return null;
}
import { newExc } from "../rt/errors";
function newExcDummy(): anyref { return newExc(E.SystemExit, null); }

function sys_get_int_max_str_digits(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return mkInt(maxStrDigits); }
function sys_set_int_max_str_digits(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (n != 1) return raiseWith(E.TypeError, strLit("set_int_max_str_digits() takes exactly one argument"));
  const v = indexValue(K.AnyArr_get(a, b));
  if (!K.is_null(exc)) return null;
  if (v != 0 && v < 640) return raiseWith(E.ValueError, strLit("maxdigits must be 0 or larger than 640"));
  setMaxStrDigits(v > 2147483647 ? 2147483647 : <i32>v);
  return None;
}
import { maxStrDigits, setMaxStrDigits } from "../objects/bigint";
import { indexValue } from "../ops";

/** sys._getframe_loc(depth=0) -> (filename, lineno, module name) of a caller frame (pyex-private; warnings uses it). */
function sys_getframe_loc(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  let depth: i64 = 0;
  if (n > 0) { const d = K.AnyArr_get(a, b); if (!isSmallOrInt(d)) return raiseTypeError(strLit("an integer is required")); depth = intVal(d); }
  let f = callerFrame;
  while (depth > 0 && !K.is_null(f)) { f = K.Frame_get_back(f); depth--; }
  if (K.is_null(f)) return raiseValueError(strLit("call stack is not deep enough"));
  const code = K.Frame_get_code(f);
  const pc = K.Frame_get_pc(f);
  const items = K.AnyArr_new(3);
  K.AnyArr_set(items, 0, K.Code_get_filename(code));
  K.AnyArr_set(items, 1, mkInt(lineOf(code, pc > 0 ? pc - 1 : 0)));
  const g = K.Frame_get_globals(f);
  let nm: anyref = None;
  if (!K.is_null(g)) { const v = dictGet(g, intern(strLit("__name__"))); if (!K.is_null(v)) nm = v; }
  K.AnyArr_set(items, 2, nm);
  return K.Tuple_new(T_tuple, items, 0);
}
import { callerFrame } from "../interp";
import { lineOf } from "../frame";
import { dictGet } from "../objects/dict";
import { isSmallOrInt, intVal, T_tuple } from "../rt/core";
import { raiseTypeError, raiseValueError } from "../rt/errors";

export function initSys(): anyref {
  const m = newModule("sys");
  const d = K.Module_get_dict(m);
  if (K.is_null(sysArgv)) {
    // from the host's `argv` option (vm/builtins/pyex.ts); ["main.py"] if the host has none
    sysArgv = hostInvoke(strLit("argv"), K.AnyArr_new(0), 0, 0);
    if (K.is_null(sysArgv) || !K.List_is(sysArgv)) { C_clearExc(); sysArgv = listNew(1); listAppend(sysArgv, strLit("main.py")); }
  }
  dictSet(d, intern(strLit("argv")), sysArgv);
  dictSet(d, intern(strLit("maxsize")), mkInt(9223372036854775807));
  dictSet(d, intern(strLit("modules")), modulesDict());
  dictSet(d, intern(strLit("version")), strLit("3.11.7 (pyex)"));
  dictSet(d, intern(strLit("platform")), strLit("pyex"));
  dictSet(d, intern(strLit("byteorder")), strLit("little"));
  dictSet(d, intern(strLit("exit")), newBuiltinFn("exit", sys_exit, m));
  dictSet(d, intern(strLit("_getframe_loc")), newBuiltinFn("_getframe_loc", sys_getframe_loc, m));
  dictSet(d, intern(strLit("get_int_max_str_digits")), newBuiltinFn("get_int_max_str_digits", sys_get_int_max_str_digits, m));
  dictSet(d, intern(strLit("set_int_max_str_digits")), newBuiltinFn("set_int_max_str_digits", sys_set_int_max_str_digits, m));
  return m;
}
