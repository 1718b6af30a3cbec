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
import { setExc } from "../rt/core";

export let sysArgv: anyref = null;

function sys_exit(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const args = K.AnyArr_new(n > 0 ? 1 : 0);
  if (n > 0) K.AnyArr_set(args, 0, K.AnyArr_get(a, b));
  setExc(K.Exc_new(E.SystemExit, K.Tuple_new(K.Obj_get_cls(K.Exc_get_args(newExcDummy())), args, 0), null, null, null, null, 0));
  return null;
}
import { newExc } from "../rt/errors";
function newExcDummy(): anyref { return newExc(E.SystemExit, null); }

export function initSys(): anyref {
  const m = newModule("sys");
  const d = K.Module_get_dict(m);
  if (K.is_null(sysArgv)) { sysArgv = listNew(1); listAppend(sysArgv, strLit("main.py")); }
  dictSet(d, intern(strLit("argv")), sysArgv);
  dictSet(d, intern(strLit("maxsize")), mkInt(9223372036854775807));
  dictSet(d, intern(strLit("modules")), modulesDict());
  dictSet(d, intern(strLit("version")), strLit("3.11.7 (pyex)"));
  dictSet(d, intern(strLit("platform")), strLit("pyex"));
  dictSet(d, intern(strLit("byteorder")), strLit("little"));
  dictSet(d, intern(strLit("exit")), newBuiltinFn("exit", sys_exit, m));
  return m;
}
