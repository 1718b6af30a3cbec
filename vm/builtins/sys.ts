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

export function sys_exit(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
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
function sys_getframe_loc(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return frameLoc(a, b, n, false); }
/** sys._getframe_info(depth=0) -> (filename, lineno, module name, function name) (pyex-private; traceback.extract_stack). */
function sys_getframe_info(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return frameLoc(a, b, n, true); }
function frameLoc(a: anyref, b: i32, n: i32, withName: bool): anyref {
  let depth: i64 = 0;
  if (n > 0) { const d = K.AnyArr_get(a, b); if (!isSmallOrInt(d)) return raiseTypeError(strLit("an integer is required")); depth = intVal(d); }
  let f = callerFrame;
  // a frame started by a nested dispatch loop (a call made from native code) has no `back`: its
  // `outer` is the frame that was running when that loop started
  while (depth > 0 && !K.is_null(f)) { const bk = K.Frame_get_back(f); f = K.is_null(bk) ? K.Frame_get_outer(f) : bk; depth--; }
  if (K.is_null(f)) return raiseValueError(strLit("call stack is not deep enough"));
  const code = K.Frame_get_code(f);
  const pc = K.Frame_get_pc(f);
  const items = K.AnyArr_new(withName ? 4 : 3);
  K.AnyArr_set(items, 0, K.Code_get_filename(code));
  K.AnyArr_set(items, 1, mkInt(lineOf(code, pc > 0 ? pc - 1 : 0)));
  const g = K.Frame_get_globals(f);
  let nm: anyref = None;
  if (!K.is_null(g)) { const v = dictGet(g, intern(strLit("__name__"))); if (!K.is_null(v)) nm = v; }
  K.AnyArr_set(items, 2, nm);
  if (withName) K.AnyArr_set(items, 3, K.Code_get_name(code));
  return K.Tuple_new(T_tuple, items, 0);
}
import { callerFrame } from "../interp";
import { lineOf } from "../frame";
import { dictGet } from "../objects/dict";
import { isSmallOrInt, intVal, T_tuple } from "../rt/core";
import { raiseTypeError, raiseValueError } from "../rt/errors";

function sys_getattr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const name = K.AnyArr_get(a, b);
  const extra = importOne_(strLit("_sysextra"), null);
  if (K.is_null(extra)) return null;
  const v = K.Str_is(name) && !strEqLit_(name, "__getattr__") ? dictGet(K.Module_get_dict(extra), name) : null;
  if (!K.is_null(v)) return v;
  const m = sbLen; sbLit("module 'sys' has no attribute '"); sbStr_(name); C_.sbByte(39);
  return raiseWith_(E_.AttributeError, sbTakeStr(m));
}
import { importOne as importOne_ } from "./modules";
import { strEqLit as strEqLit_, sbStr as sbStr_ } from "../objects/str";
import { raiseWith as raiseWith_ } from "../rt/errors";
import * as E_ from "../objects/exceptions";

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
  dictSet(d, intern(strLit("version")), strLit("3.11.7 (main, pyex sandbox) [pyex]"));
  dictSet(d, intern(strLit("platform")), strLit("linux"));
  dictSet(d, intern(strLit("hexversion")), mkInt(0x030b07f0));
  dictSet(d, intern(strLit("api_version")), mkInt(1013));
  dictSet(d, intern(strLit("maxunicode")), mkInt(1114111));
  dictSet(d, intern(strLit("executable")), strLit(""));
  dictSet(d, intern(strLit("prefix")), strLit("/usr/local"));
  dictSet(d, intern(strLit("path")), sysPathList());
  dictSet(d, intern(strLit("dont_write_bytecode")), True);
  dictSet(d, intern(strLit("version_info")), makeVersionInfo());
  dictSet(d, intern(strLit("builtin_module_names")), builtinNames());
  // the rarely used rest (float_info, flags, getsizeof, ...) lives in the frozen _sysextra
  // module, loaded on first use through the module's __getattr__ (PEP 562)
  dictSet(d, intern(strLit("__getattr__")), newBuiltinFn("__getattr__", sys_getattr, m));
  initStdio();
  dictSet(d, intern(strLit("stdout")), stdoutObj);
  dictSet(d, intern(strLit("stderr")), stderrObj);
  dictSet(d, intern(strLit("stdin")), stdinObj);
  dictSet(d, intern(strLit("__stdout__")), stdoutObj);
  dictSet(d, intern(strLit("__stderr__")), stderrObj);
  dictSet(d, intern(strLit("__stdin__")), stdinObj);
  dictSet(d, intern(strLit("exc_info")), newBuiltinFn("exc_info", sys_exc_info, m));
  dictSet(d, intern(strLit("exception")), newBuiltinFn("exception", sys_exception, m));
  dictSet(d, intern(strLit("getrecursionlimit")), newBuiltinFn("getrecursionlimit", sys_getrecursionlimit, m));
  dictSet(d, intern(strLit("setrecursionlimit")), newBuiltinFn("setrecursionlimit", sys_setrecursionlimit, m));
  dictSet(d, intern(strLit("getdefaultencoding")), newBuiltinFn("getdefaultencoding", sys_utf8, m));
  dictSet(d, intern(strLit("getfilesystemencoding")), newBuiltinFn("getfilesystemencoding", sys_utf8, m));
  dictSet(d, intern(strLit("intern")), newBuiltinFn("intern", sys_intern, m));
  sysDict = d;
  dictSet(d, intern(strLit("byteorder")), strLit("little"));
  dictSet(d, intern(strLit("exit")), newBuiltinFn("exit", sys_exit, m));
  dictSet(d, intern(strLit("_getframe_loc")), newBuiltinFn("_getframe_loc", sys_getframe_loc, m));
  dictSet(d, intern(strLit("_getframe_info")), newBuiltinFn("_getframe_info", sys_getframe_info, m));
  dictSet(d, intern(strLit("get_int_max_str_digits")), newBuiltinFn("get_int_max_str_digits", sys_get_int_max_str_digits, m));
  dictSet(d, intern(strLit("set_int_max_str_digits")), newBuiltinFn("set_int_max_str_digits", sys_set_int_max_str_digits, m));
  return m;
}

// ---- streams, exceptions, recursion limit, version ---------------------------------------------------
import { initStdio, stdoutObj, stderrObj, stdinObj } from "./stdio";
import { True, None as None_, sbLen, sbLit, sbTakeStr, sbI64, sbByte } from "../rt/core";
import { curExc, depth, maxDepth, setMaxDepth } from "../interp";
import { newBuiltinType, addMethod, K_TUPLE } from "../objects/type";
import { T_tuple as T_tuple_, T_object } from "../rt/core";
import { repr as repr_ } from "../ops";
import { sbStr as sbStr_ } from "../objects/str";
import { checkArgs } from "../rt/args";

/** The sys module's namespace once imported (print consults sys.stdout there); null before. */
export let sysDict: anyref = null;

function sys_exc_info(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("exc_info", n, kw, 0, 0)) return null;
  const items = K.AnyArr_new(3);
  if (K.is_null(curExc)) { for (let i = 0; i < 3; i++) K.AnyArr_set(items, i, None_); }
  else {
    K.AnyArr_set(items, 0, K.Obj_get_cls(curExc));
    K.AnyArr_set(items, 1, curExc);
    const tb = K.Exc_is(curExc) ? K.Exc_get_tb(curExc) : null;
    K.AnyArr_set(items, 2, K.is_null(tb) ? None_ : tb);
  }
  return K.Tuple_new(T_tuple_, items, 0);
}
function sys_exception(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("exception", n, kw, 0, 0)) return null;
  return K.is_null(curExc) ? None_ : curExc;
}

let hostMaxDepth: i32 = -1;
let recLimit: i32 = 1000;
function sys_getrecursionlimit(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("getrecursionlimit", n, kw, 0, 0)) return null;
  if (hostMaxDepth < 0) { hostMaxDepth = maxDepth; recLimit = maxDepth; }
  return mkInt(recLimit);
}
function sys_setrecursionlimit(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("setrecursionlimit", n, kw, 1, 1)) return null;
  const x = K.AnyArr_get(a, b);
  if (K.Float_is(x)) return raiseTypeError(strLit("'float' object cannot be interpreted as an integer"));
  const v = indexValue(x);
  if (!K.is_null(exc)) return null;
  if (v < 1) return raiseValueError(strLit("recursion limit must be greater or equal than 1"));
  if (hostMaxDepth < 0) { hostMaxDepth = maxDepth; recLimit = maxDepth; }
  const lim = v > 2147483647 ? 2147483647 : <i32>v;
  if (lim <= depth) {
    const m = sbLen; sbLit("cannot set the recursion limit to "); sbI64(lim); sbLit(" at the recursion depth "); sbI64(depth);
    sbLit(": the limit is too low");
    return raiseWith(E.RecursionError, sbTakeStr(m));
  }
  recLimit = lim;
  // never beyond what the host allows (the maxDepth budget)
  setMaxDepth(lim < hostMaxDepth ? lim : hostMaxDepth);
  return None_;
}
function sys_utf8(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return strLit("utf-8"); }
function sys_intern(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("intern", n, kw, 1, 1)) return null;
  const s = K.AnyArr_get(a, b);
  if (!K.Str_is(s)) { const m = sbLen; sbLit("intern() argument must be str, not "); sbStr_(typeName_(s)); return raiseTypeError(sbTakeStr(m)); }
  return intern(s);
}
import { typeName as typeName_ } from "../ops";

function sysPathList(): anyref {
  const l = listNew(2);
  listAppend(l, strLit("/"));
  listAppend(l, strLit("/usr/local/lib/python3.11"));
  return l;
}
function builtinNames(): anyref {
  const items = K.AnyArr_new(6);
  K.AnyArr_set(items, 0, strLit("_json")); K.AnyArr_set(items, 1, strLit("_pyex")); K.AnyArr_set(items, 2, strLit("_sre"));
  K.AnyArr_set(items, 3, strLit("builtins")); K.AnyArr_set(items, 4, strLit("math")); K.AnyArr_set(items, 5, strLit("sys"));
  return K.Tuple_new(T_tuple_, items, 0);
}

// sys.version_info: a tuple subclass with named fields (a struct sequence in CPython)
let T_vi: anyref = null;
function viField(self: anyref, i: i32): anyref { return K.AnyArr_get(K.Tuple_get_items(self), i); }
function vi_major(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return viField(self, 0); }
function vi_minor(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return viField(self, 1); }
function vi_micro(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return viField(self, 2); }
function vi_level(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return viField(self, 3); }
function vi_serial(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return viField(self, 4); }
function vi_repr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const m = sbLen;
  sbLit("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
  return sbTakeStr(m);
}
function prop(t: anyref, name: string, fn: Native): void {
  const g = newBuiltinFn(name, fn, null);
  const p = K.Prop_new(C_.T_property, g, None_, None_, None_);
  dictSet(K.Type_get_dict(t), intern(strLit(name)), p);
}
import * as C_ from "../rt/core";
import { Native } from "../objects/type";
function makeVersionInfo(): anyref {
  if (K.is_null(T_vi)) {
    T_vi = newBuiltinType("version_info", T_tuple_, K_TUPLE);
    K.Type_set_module(T_vi, strLit("sys"));
    prop(T_vi, "major", vi_major); prop(T_vi, "minor", vi_minor); prop(T_vi, "micro", vi_micro);
    prop(T_vi, "releaselevel", vi_level); prop(T_vi, "serial", vi_serial);
    addMethod(T_vi, "__repr__", vi_repr);
  }
  const items = K.AnyArr_new(5);
  K.AnyArr_set(items, 0, mkInt(3)); K.AnyArr_set(items, 1, mkInt(11)); K.AnyArr_set(items, 2, mkInt(7));
  K.AnyArr_set(items, 3, strLit("final")); K.AnyArr_set(items, 4, mkInt(0));
  return K.Tuple_new(T_vi, items, 0);
}
