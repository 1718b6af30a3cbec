// The built-in exception classes. Instances are `Exc` structs (args tuple, attribute dict,
// traceback, cause/context). The hierarchy mirrors CPython 3.11's; `LimitError` is pyex's own
// budget error (steps, memory, output, time) — it derives from BaseException, but the VM's
// `fatal` flag makes it uncatchable regardless of class.
import { Type_get_dict, Exc_get_args, Tuple_get_items, AnyArr_len, AnyArr_get } from "../generated/kernel";
import { T_type, T_object } from "../rt/core";
import { newBuiltinType, K_EXC } from "./type";
import { dictSet, dictGet as dictGet_ } from "./dict";
import { intern, sbStr } from "./str";
import { strLit, sbLen, sbLit, sbTakeStr } from "../rt/core";
import { Type_get_name } from "../generated/kernel";
import { strInto, reprInto } from "../ops";

export let BaseException: anyref = null;
export let Exception: anyref = null;
export let ArithmeticError: anyref = null;
export let OverflowError: anyref = null;
export let ZeroDivisionError: anyref = null;
export let FloatingPointError: anyref = null;
export let AssertionError: anyref = null;
export let AttributeError: anyref = null;
export let EOFError: anyref = null;
export let ImportError: anyref = null;
export let ModuleNotFoundError: anyref = null;
export let LookupError: anyref = null;
export let IndexError: anyref = null;
export let KeyError: anyref = null;
export let MemoryError: anyref = null;
export let NameError: anyref = null;
export let UnboundLocalError: anyref = null;
export let OSError: anyref = null;
export let FileNotFoundError: anyref = null;
export let FileExistsError: anyref = null;
export let IsADirectoryError: anyref = null;
export let NotADirectoryError: anyref = null;
export let PermissionError: anyref = null;
export let TimeoutError: anyref = null;
export let ConnectionError: anyref = null;
export let RuntimeError: anyref = null;
export let NotImplementedError: anyref = null;
export let RecursionError: anyref = null;
export let StopIteration: anyref = null;
export let StopAsyncIteration: anyref = null;
export let SyntaxError: anyref = null;
export let IndentationError: anyref = null;
export let SystemError: anyref = null;
export let TypeError: anyref = null;
export let ValueError: anyref = null;
export let UnicodeError: anyref = null;
export let UnicodeDecodeError: anyref = null;
export let UnicodeEncodeError: anyref = null;
export let Warning: anyref = null;
export let GeneratorExit: anyref = null;
export let KeyboardInterrupt: anyref = null;
export let SystemExit: anyref = null;
export let LimitError: anyref = null;

let gBuiltins: anyref = null;
function mk(name: string, base: anyref): anyref {
  const t = newBuiltinType(name, base, K_EXC);
  dictSet(gBuiltins, Type_get_name(t), t);   // the interned name newBuiltinType made
  // every builtin exception type has its own __init__ in CPython ('__init__' in OSError.__dict__),
  // which cooperative super().__init__ chains and introspection rely on
  addMethod(t, "__init__", e_init);
  return t;
}

/** Create the hierarchy and register every class in the builtins dict. */
export function initExceptions(builtins: anyref): void {
  gBuiltins = builtins;
  BaseException = mk("BaseException", T_object);
  Exception = mk("Exception", BaseException);
  ArithmeticError = mk("ArithmeticError", Exception);
  FloatingPointError = mk("FloatingPointError", ArithmeticError);
  OverflowError = mk("OverflowError", ArithmeticError);
  ZeroDivisionError = mk("ZeroDivisionError", ArithmeticError);
  AssertionError = mk("AssertionError", Exception);
  AttributeError = mk("AttributeError", Exception);
  mk("BufferError", Exception);
  EOFError = mk("EOFError", Exception);
  ImportError = mk("ImportError", Exception);
  ModuleNotFoundError = mk("ModuleNotFoundError", ImportError);
  LookupError = mk("LookupError", Exception);
  IndexError = mk("IndexError", LookupError);
  KeyError = mk("KeyError", LookupError);
  MemoryError = mk("MemoryError", Exception);
  NameError = mk("NameError", Exception);
  UnboundLocalError = mk("UnboundLocalError", NameError);
  OSError = mk("OSError", Exception);
  dictSet(builtins, intern(strLit("IOError")), OSError);
  dictSet(builtins, intern(strLit("EnvironmentError")), OSError);
  mk("BlockingIOError", OSError);
  mk("ChildProcessError", OSError);
  ConnectionError = mk("ConnectionError", OSError);
  mk("BrokenPipeError", ConnectionError);
  mk("ConnectionAbortedError", ConnectionError);
  mk("ConnectionRefusedError", ConnectionError);
  mk("ConnectionResetError", ConnectionError);
  FileExistsError = mk("FileExistsError", OSError);
  FileNotFoundError = mk("FileNotFoundError", OSError);
  mk("InterruptedError", OSError);
  IsADirectoryError = mk("IsADirectoryError", OSError);
  NotADirectoryError = mk("NotADirectoryError", OSError);
  PermissionError = mk("PermissionError", OSError);
  mk("ProcessLookupError", OSError);
  TimeoutError = mk("TimeoutError", OSError);
  mk("ReferenceError", Exception);
  RuntimeError = mk("RuntimeError", Exception);
  NotImplementedError = mk("NotImplementedError", RuntimeError);
  RecursionError = mk("RecursionError", RuntimeError);
  StopAsyncIteration = mk("StopAsyncIteration", Exception);
  StopIteration = mk("StopIteration", Exception);
  SyntaxError = mk("SyntaxError", Exception);
  IndentationError = mk("IndentationError", SyntaxError);
  mk("TabError", IndentationError);
  SystemError = mk("SystemError", Exception);
  TypeError = mk("TypeError", Exception);
  ValueError = mk("ValueError", Exception);
  UnicodeError = mk("UnicodeError", ValueError);
  UnicodeDecodeError = mk("UnicodeDecodeError", UnicodeError);
  UnicodeEncodeError = mk("UnicodeEncodeError", UnicodeError);
  mk("UnicodeTranslateError", UnicodeError);
  Warning = mk("Warning", Exception);
  mk("BytesWarning", Warning);
  mk("DeprecationWarning", Warning);
  mk("EncodingWarning", Warning);
  mk("FutureWarning", Warning);
  mk("ImportWarning", Warning);
  mk("PendingDeprecationWarning", Warning);
  mk("ResourceWarning", Warning);
  mk("RuntimeWarning", Warning);
  mk("SyntaxWarning", Warning);
  mk("UnicodeWarning", Warning);
  mk("UserWarning", Warning);
  GeneratorExit = mk("GeneratorExit", BaseException);
  KeyboardInterrupt = mk("KeyboardInterrupt", BaseException);
  SystemExit = mk("SystemExit", BaseException);
  LimitError = mk("LimitError", BaseException);
  addMethod(BaseException, "__str__", e_str);
  addMethod(BaseException, "__repr__", e_repr);
  addMethod(BaseException, "with_traceback", e_with_traceback);
  addMethod(BaseException, "add_note", e_add_note);
}

/** BaseException.add_note(note): append to __notes__ (created as a list on first use). */
function e_add_note(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs_("add_note", n, kw, 1, 1)) return null;
  const note = AnyArr_get(a, b);
  if (!K.Str_is(note)) {
    const m = sbLen_; sbLit_("note must be a str, not '"); sbStr_(typeName_(note)); sbLit_("'");
    return raiseWith_(TypeError, sbTakeStr_(m));
  }
  const nm = intern(strLit("__notes__"));
  let notes = getAttr_(self, nm);
  if (K.is_null(notes)) {
    if (!isSubtype(typeOf_(exc_), AttributeError)) return null;
    clearExc_();
    notes = listNew_(4);
    if (setAttr_(self, nm, notes) < 0) return null;
  } else if (!K.List_is(notes)) {
    return raiseWith_(TypeError, strLit("Cannot add note: __notes__ is not a list"));
  }
  listAppend_(notes, note);
  return None;
}
import { checkArgs as checkArgs_ } from "../rt/args";
import { sbLen as sbLen_, sbLit as sbLit_, sbTakeStr as sbTakeStr_, exc as exc_, clearExc as clearExc_, typeOf as typeOf_ } from "../rt/core";
import { sbStr as sbStr_ } from "./str";
import { typeName as typeName_ } from "../ops";
import { raiseWith as raiseWith_ } from "../rt/errors";
import { getAttr as getAttr_, setAttr as setAttr_ } from "../attrs";
import { listNew as listNew_, listAppend as listAppend_ } from "./list";

function e_init(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  // OSError(errno, strerror[, filename]) was parsed by __new__ (args without the filename):
  // OSError's own __init__ leaves it alone
  if (isSubtype(K.Obj_get_cls(self), OSError) && n >= 2 && !K.is_null(K.Exc_get_dict(self)) && !K.is_null(dictGet_(K.Exc_get_dict(self), intern(strLit("errno"))))) return None;
  const args = AnyArr_new(n);
  AnyArr_copy(args, 0, a, b, n);
  Exc_set_args(self, tupleOf(args));
  return None;
}
function e_str(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const m = sbLen; excStrInto(self, isSubtype(K.Obj_get_cls(self), KeyError)); return sbTakeStr(m);
}
function e_repr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const m = sbLen; excReprInto(self, K.Obj_get_cls(self)); return sbTakeStr(m);
}
function e_with_traceback(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs_("with_traceback", n, kw, 1, 1)) return null;
  const tb = AnyArr_get(a, b);
  if (!ref_eq(tb, None) && !K.Traceback_is(tb)) return raiseTypeError_(strLit_("__traceback__ must be a traceback or None"));
  K.Exc_set_tb(self, ref_eq(tb, None) ? null : tb);
  return self;
}
import * as K from "../generated/kernel";
import { AnyArr_new, AnyArr_copy, Exc_set_args, ref_eq } from "../generated/kernel";
import { None } from "../rt/core";
import { tupleOf, isSubtype, addMethod } from "./type";

/** str(exc): '' for no args, str(arg) for one, str(args) otherwise; KeyError uses repr. */
export function excStrInto(e: anyref, isKeyError: bool): void {
  // OSError with errno and strerror: "[Errno 2] No such file or directory: 'x'"
  const d = K.Exc_get_dict(e);
  if (!K.is_null(d) && isSubtype(K.Obj_get_cls(e), OSError)) {
    const en = dictGet_(d, intern(strLit("errno"))), se = dictGet_(d, intern(strLit("strerror")));
    if (!K.is_null(en) && !K.is_null(se) && !ref_eq(en, None)) {
      sbLit("[Errno "); strInto(en); sbLit("] "); strInto(se);
      const fn = dictGet_(d, intern(strLit("filename")));
      if (!K.is_null(fn) && !ref_eq(fn, None)) {
        sbLit(": "); reprInto(fn);
        const fn2 = dictGet_(d, intern(strLit("filename2")));
        if (!K.is_null(fn2) && !ref_eq(fn2, None)) { sbLit(" -> "); reprInto(fn2); }
      }
      return;
    }
  }
  const args = Tuple_get_items(Exc_get_args(e));
  const n = AnyArr_len(args);
  if (n == 0) {
    if (isSubtype(K.Obj_get_cls(e), SyntaxError)) sbLit("None");   // str(self.msg), msg being None
    return;
  }
  // SyntaxError(msg, (filename, lineno, offset, text)): "msg (basename, line N)", "msg (line N)" or
  // "msg (basename)" depending on which of a str filename and an int lineno there are (SyntaxError_str)
  if (n == 2 && isSubtype(K.Obj_get_cls(e), SyntaxError) && K.Tuple_is(AnyArr_get(args, 1))) {
    const det = Tuple_get_items(AnyArr_get(args, 1));
    strInto(AnyArr_get(args, 0));
    const fname: anyref = AnyArr_len(det) >= 1 && K.Str_is(AnyArr_get(det, 0)) ? AnyArr_get(det, 0) : null;
    const line: anyref = AnyArr_len(det) >= 2 && isSmallOrInt_(AnyArr_get(det, 1)) && !K.Bool_is(AnyArr_get(det, 1)) ? AnyArr_get(det, 1) : null;
    if (!K.is_null(fname) || !K.is_null(line)) {
      sbLit(" (");
      if (!K.is_null(fname)) {
        let j = K.Str_get_len(fname) - 1;
        while (j >= 0 && codepointAt_(fname, j) != 47) j--;
        strInto(j >= 0 ? strSub_(fname, j + 1, K.Str_get_len(fname)) : fname);
        if (!K.is_null(line)) sbLit(", ");
      }
      if (!K.is_null(line)) { sbLit("line "); strInto(line); }
      sbLit(")");
    }
    return;
  }
  if (n == 5 && (isSubtype(K.Obj_get_cls(e), UnicodeDecodeError) || isSubtype(K.Obj_get_cls(e), UnicodeEncodeError)) && unicodeErrStr(e, args)) return;
  if (n == 1) {
    if (isKeyError) reprInto(AnyArr_get(args, 0)); else strInto(AnyArr_get(args, 0));
    return;
  }
  reprInto(Exc_get_args(e));
}

import { codepointAt as codepointAt_, strSub as strSub_ } from "./str";
import { isSmallOrInt as isSmallOrInt_ } from "../rt/core";

/** repr(exc): ClassName(arg, …) — a single argument shows without the tuple's trailing comma. */
export function excReprInto(e: anyref, cls: anyref): void {
  sbStr(Type_get_name(cls));
  const args = Tuple_get_items(Exc_get_args(e));
  const n = AnyArr_len(args);
  if (n == 1) { sbLit("("); reprInto(AnyArr_get(args, 0)); sbLit(")"); return; }
  if (n == 0) { sbLit("()"); return; }
  reprInto(Exc_get_args(e));
}
import { raiseTypeError as raiseTypeError_ } from "../rt/errors";
import { strLit as strLit_ } from "../rt/core";

/** str() of UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end, reason). */
function unicodeErrStr(e: anyref, args: anyref): bool {
  const obj = AnyArr_get(args, 1), st = AnyArr_get(args, 2), en = AnyArr_get(args, 3);
  if (!K.small_is(st) || !K.small_is(en)) return false;
  const start = K.small_get(st), end = K.small_get(en);
  const decode = isSubtype(K.Obj_get_cls(e), UnicodeDecodeError);
  if (end == start + 1) {
    if (decode && (!K.BytesObj_is(obj) || start < 0 || start >= K.Bytes_len(K.BytesObj_get_data(obj)))) return false;
    if (!decode && (!K.Str_is(obj) || start < 0 || start >= strLen_(obj))) return false;
  }
  sbByte_(39); strInto(AnyArr_get(args, 0)); sbLit(decode ? "' codec can't decode " : "' codec can't encode ");
  if (end == start + 1) {
    if (decode) {
      sbLit("byte 0x"); hexDigits(K.Bytes_get(K.BytesObj_get_data(obj), start), 2);
    } else {
      const c = codepointAt_(obj, start);
      sbLit("character '\\"); if (c < 0x100) { sbByte_(120); hexDigits(c, 2); } else if (c < 0x10000) { sbByte_(117); hexDigits(c, 4); } else { sbByte_(85); hexDigits(c, 8); }
      sbByte_(39);
    }
    sbLit(" in position "); sbI64_(start);
  } else {
    sbLit(decode ? "bytes in position " : "characters in position "); sbI64_(start); sbByte_(45); sbI64_(end - 1);
  }
  sbLit(": "); strInto(AnyArr_get(args, 4));
  return true;
}
function hexDigits(v: i32, n: i32): void {
  for (let i = n - 1; i >= 0; i--) { const d = (v >> (i * 4)) & 15; sbByte_(d < 10 ? 48 + d : 87 + d); }
}
import { sbByte as sbByte_, sbI64 as sbI64_ } from "../rt/core";
import { codepointAt as codepointAt_, strLen as strLen_ } from "./str";
