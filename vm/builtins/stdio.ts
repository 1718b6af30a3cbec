// sys.stdin / sys.stdout / sys.stderr: native text streams over the host's output (fd 1/2) and an
// empty standard input. print() writes straight to fd 1/2 while sys.stdout/sys.stderr are these
// objects; once a program rebinds them (sys.stdout = io.StringIO(), contextlib.redirect_stdout)
// print calls the new object's write() like CPython.
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, Str_get_data, Bytes_len } from "../generated/kernel";
import * as C from "../rt/core";
import { None, True, False, mkInt, strLit, sbLen, sbLit, sbTakeStr, T_object, EmptyStr } from "../rt/core";
import { raiseTypeError, raiseWith, raiseLit } from "../rt/errors";
import * as E from "../objects/exceptions";
import { newBuiltinType, addMethod, K_OBJECT } from "../objects/type";
import { dictNew, dictSet } from "../objects/dict";
import { intern, sbStr, strLen } from "../objects/str";
import { writeMem, flushOut } from "../rt/io";
import { typeName, getIter, iterNext } from "../ops";
import { checkArgs } from "../rt/args";

export let stdoutObj: anyref = null;
export let stderrObj: anyref = null;
export let stdinObj: anyref = null;
let stdoutBuf: anyref = null;
let stderrBuf: anyref = null;
let T_text: anyref = null;
let T_buf: anyref = null;

function fdOf(self: anyref): i32 {
  if (ref_eq(self, stdoutObj) || ref_eq(self, stdoutBuf)) return 1;
  if (ref_eq(self, stderrObj) || ref_eq(self, stderrBuf)) return 2;
  return 0;
}

/** Write a str to fd 1/2 (the output budget applies); false with the error set. */
export function writeStrFd(fd: i32, s: anyref): bool {
  const d = Str_get_data(s);
  const n = Bytes_len(d);
  if (n == 0) return true;
  const m = sbLen;
  sbStr(s);
  const ok = writeMem(fd, C.sbPtr + <usize>m, n);
  C.sbTruncate(m);
  return ok;
}

function s_write(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("write", n, kw, 1, 1)) return null;
  const fd = fdOf(self);
  if (fd == 0) return raiseLit(E.OSError, "not writable");
  const s = AnyArr_get(a, b);
  if (!K.Str_is(s)) {
    const m = sbLen; sbLit("write() argument must be str, not "); if (ref_eq(s, None)) sbLit("None"); else sbStr(typeName(s));
    return raiseTypeError(sbTakeStr(m));
  }
  if (!writeStrFd(fd, s)) return null;
  return mkInt(strLen(s));
}

function s_writelines(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("writelines", n, kw, 1, 1)) return null;
  const fd = fdOf(self);
  const it = getIter(AnyArr_get(a, b));
  if (is_null(it)) return null;
  while (true) {
    const s = iterNext(it);
    if (is_null(s)) { if (!is_null(C.exc)) return null; break; }
    if (!K.Str_is(s)) {
      const m = sbLen; sbLit("write() argument must be str, not "); sbStr(typeName(s));
      return raiseTypeError(sbTakeStr(m));
    }
    if (fd == 0) return raiseLit(E.OSError, "not writable");
    if (!writeStrFd(fd, s)) return null;
  }
  return None;
}

function b_write(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("write", n, kw, 1, 1)) return null;
  const x = AnyArr_get(a, b);
  let d: anyref = null, len = 0;
  if (K.BytesObj_is(x)) { d = K.BytesObj_get_data(x); len = Bytes_len(d); }
  else if (K.ByteArray_is(x)) { d = K.ByteArray_get_data(x); len = K.ByteArray_get_len(x); }
  else {
    const m = sbLen; sbLit("a bytes-like object is required, not '"); sbStr(typeName(x)); C.sbByte(39);
    return raiseTypeError(sbTakeStr(m));
  }
  const m = sbLen;
  C.sbBytes(d, 0, len);
  const ok = writeMem(fdOf(self), C.sbPtr + <usize>m, len);
  C.sbTruncate(m);
  if (!ok) return null;
  return mkInt(len);
}

function s_flush(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return None; }
function s_false(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return False; }
function s_readable(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return fdOf(self) == 0 ? True : False; }
function s_writable(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return fdOf(self) != 0 ? True : False; }
function s_fileno(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return mkInt(fdOf(self)); }
function s_read(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (fdOf(self) != 0) return raiseLit(E.OSError, "not readable");
  return EmptyStr;
}
function s_readlines(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (fdOf(self) != 0) return raiseLit(E.OSError, "not readable");
  return K.List_new(C.T_list, K.AnyArr_new(0), 0);
}
function s_iter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return self; }
function s_next(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return raiseWith(E.StopIteration, null); }
function s_enter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return self; }
function s_exit(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return None; }
function s_repr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const fd = fdOf(self);
  const m = sbLen;
  sbLit("<_io.TextIOWrapper name='"); sbLit(fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>");
  sbLit(fd == 0 ? "' mode='r' encoding='utf-8'>" : "' mode='w' encoding='utf-8'>");
  return sbTakeStr(m);
}
function b_repr(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const m = sbLen;
  sbLit("<_io.BufferedWriter name='"); sbLit(fdOf(self) == 1 ? "<stdout>" : "<stderr>"); sbLit("'>");
  return sbTakeStr(m);
}

function attr(d: anyref, name: string, v: anyref): void { dictSet(d, intern(strLit(name)), v); }

function makeStream(fd: i32): anyref {
  const d = dictNew();
  attr(d, "name", strLit(fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>"));
  attr(d, "mode", strLit(fd == 0 ? "r" : "w"));
  attr(d, "encoding", strLit("utf-8"));
  attr(d, "errors", strLit(fd == 2 ? "backslashreplace" : "strict"));
  attr(d, "closed", False);
  attr(d, "line_buffering", False);
  attr(d, "newlines", None);
  return K.Inst_new(T_text, d);
}

/** Create the three stream objects once per run. */
export function initStdio(): void {
  if (!is_null(stdoutObj)) return;
  T_text = newBuiltinType("TextIOWrapper", T_object, K_OBJECT);
  K.Type_set_module(T_text, strLit("_io"));
  addMethod(T_text, "write", s_write); addMethod(T_text, "writelines", s_writelines);
  addMethod(T_text, "flush", s_flush); addMethod(T_text, "isatty", s_false);
  addMethod(T_text, "readable", s_readable); addMethod(T_text, "writable", s_writable); addMethod(T_text, "seekable", s_false);
  addMethod(T_text, "fileno", s_fileno); addMethod(T_text, "read", s_read); addMethod(T_text, "readline", s_read);
  addMethod(T_text, "readlines", s_readlines); addMethod(T_text, "__iter__", s_iter); addMethod(T_text, "__next__", s_next);
  addMethod(T_text, "__enter__", s_enter); addMethod(T_text, "__exit__", s_exit); addMethod(T_text, "__repr__", s_repr);
  addMethod(T_text, "close", s_flush); addMethod(T_text, "reconfigure", s_flush);
  T_buf = newBuiltinType("BufferedWriter", T_object, K_OBJECT);
  K.Type_set_module(T_buf, strLit("_io"));
  addMethod(T_buf, "write", b_write); addMethod(T_buf, "flush", s_flush); addMethod(T_buf, "__repr__", b_repr);
  addMethod(T_buf, "fileno", s_fileno); addMethod(T_buf, "isatty", s_false);
  stdinObj = makeStream(0);
  stdoutObj = makeStream(1);
  stderrObj = makeStream(2);
  stdoutBuf = K.Inst_new(T_buf, dictNew());
  stderrBuf = K.Inst_new(T_buf, dictNew());
  dictSet(K.Inst_get_dict(stdoutObj), intern(strLit("buffer")), stdoutBuf);
  dictSet(K.Inst_get_dict(stderrObj), intern(strLit("buffer")), stderrBuf);
}
