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
  dictSet(d, intern(strLit("get_int_max_str_digits")), newBuiltinFn("get_int_max_str_digits", sys_get_int_max_str_digits, m));
  dictSet(d, intern(strLit("set_int_max_str_digits")), newBuiltinFn("set_int_max_str_digits", sys_set_int_max_str_digits, m));
  return m;
}
