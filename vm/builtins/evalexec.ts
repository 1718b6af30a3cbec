// compile(), exec() and eval(): the source goes to the host's compiler through the
// `host.compile` import (the compiler is TypeScript; the VM never parses Python itself) and comes
// back as a bytecode image, loaded like a module's. exec/eval run the code in a nested dispatch
// loop with the given (or the caller's) globals and locals.
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, AnyArr_new, AnyArr_set, Str_is, Dict_is } from "../generated/kernel";
import * as C from "../rt/core";
import { None, strLit, sbLen, sbLit, sbByte, sbTakeStr, sbPtr, mkInt } from "../rt/core";
import { raiseTypeError, raiseValueError, raiseWith, newExc } from "../rt/errors";
import * as E from "../objects/exceptions";
import * as N from "../rt/names";
import { kwCount } from "../rt/args";
import { newBuiltinFn, tupleOf } from "../objects/type";
import { dictSet, dictGet, dictNew } from "../objects/dict";
import { intern, strEqLit, sbStr } from "../objects/str";
import { loadImage, loadError } from "../loader";
import { newFrame, FRAME_ENTRY } from "../frame";
import { execute, callerFrame } from "../interp";
import { builtinsDict } from "./builtins";
import { typeName } from "../ops";
import { callerLocals } from "./introspect";

// compile(srcPtr, srcLen, namePtr, nameLen, mode 0 exec | 1 eval | 2 single) → block
//   u32 kind (0 image, 2 syntax error), u32 len, bytes: image, or "type\tmsg\tfilename\tline\toffset\ttext"
// @ts-ignore: decorator
@external("host", "compile") declare function hostCompile(src: usize, srcLen: i32, name: usize, nameLen: i32, mode: i32): usize;

function field(p: usize, end: usize, k: i32): anyref {
  // the k-th tab-separated field of [p, end) as a str
  let i = p, f = 0, start = p;
  while (i < end) {
    if (load<u8>(i) == 9) { if (f == k) break; f++; start = i + 1; }
    i++;
  }
  if (f < k) return C.EmptyStr;
  const m = sbLen; C.sbBytesFromMem(start, <i32>(i - start)); return sbTakeStr(m);
}

function syntaxError(p: usize, len: i32): anyref {
  const end = p + <usize>len;
  const typ = field(p, end, 0), msg = field(p, end, 1), fname = field(p, end, 2);
  const line = parseIntField(field(p, end, 3)), off = parseIntField(field(p, end, 4)), text = field(p, end, 5);
  const cls = strEqLit(typ, "IndentationError") ? E.IndentationError : strEqLit(typ, "TabError") ? findTab() : E.SyntaxError;
  const detail = AnyArr_new(4);
  AnyArr_set(detail, 0, fname); AnyArr_set(detail, 1, mkInt(line)); AnyArr_set(detail, 2, mkInt(off)); AnyArr_set(detail, 3, text);
  const args = AnyArr_new(2); AnyArr_set(args, 0, msg); AnyArr_set(args, 1, tupleOf(detail));
  const e = K.Exc_new(cls, tupleOf(args), dictNew(), null, null, null, 0);
  const d = K.Exc_get_dict(e);
  dictSet(d, intern(strLit("msg")), msg); dictSet(d, intern(strLit("filename")), fname);
  dictSet(d, intern(strLit("lineno")), mkInt(line)); dictSet(d, intern(strLit("offset")), mkInt(off));
  dictSet(d, intern(strLit("text")), text);
  C.setExc(e);
  return null;
}
function findTab(): anyref { const t = dictGet(builtinsDict, intern(strLit("TabError"))); return is_null(t) ? E.IndentationError : t; }
function parseIntField(s: anyref): i64 {
  const d = K.Str_get_data(s); let v: i64 = 0;
  for (let i = 0; i < K.Bytes_len(d); i++) { const c = K.Bytes_get(d, i); if (c < 48 || c > 57) break; v = v * 10 + (c - 48); }
  return v;
}

/** Compile source text (str) to a code object; mode 0 exec, 1 eval, 2 single. */
function compileSource(src: anyref, filename: anyref, mode: i32): anyref {
  const sd = K.Str_get_data(src), fd = K.Str_get_data(filename);
  const sn = K.Bytes_len(sd), fn = K.Bytes_len(fd);
  const mark = sbLen;
  C.sbReserve(sn + fn);
  const p = sbPtr + <usize>sbLen;
  K.Bytes_to_mem(sd, 0, p, sn);
  K.Bytes_to_mem(fd, 0, p + <usize>sn, fn);
  const blk = hostCompile(p, sn, p + <usize>sn, fn, mode);
  C.sbTruncate(mark);
  if (blk == 0) return raiseWith(E.RuntimeError, strLit("compile() is not available in this host"));
  const kind = load<u32>(blk), len = load<i32>(blk + 4);
  if (kind == 2) return syntaxError(blk + 8, len);
  const code = loadImage(blk + 8, len);
  if (is_null(code)) return raiseWith(E.SystemError, loadError);
  return code;
}

function modeOf(m: anyref): i32 {
  if (strEqLit(m, "exec")) return 0;
  if (strEqLit(m, "eval")) return 1;
  if (strEqLit(m, "single")) return 2;
  return -1;
}

function b_compile(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const npos = n - kwCount(kw);
  if (npos < 3) return raiseTypeError(strLit("compile() missing required argument 'mode' (pos 3)"));
  const src = AnyArr_get(a, b), fname = AnyArr_get(a, b + 1), mode = AnyArr_get(a, b + 2);
  if (!Str_is(mode) || modeOf(mode) < 0) return raiseValueError(strLit("compile() mode must be 'exec', 'eval' or 'single'"));
  if (K.Code_is(src)) return src;
  if (!Str_is(src)) return raiseTypeError(strLit("compile() arg 1 must be a string, bytes or AST object"));
  return compileSource(src, Str_is(fname) ? fname : strLit("<string>"), modeOf(mode));
}

/** The caller's globals and locals (defaults for exec/eval). */
function runCode(code: anyref, globals: anyref, locals: anyref): anyref {
  let g = globals, l = locals;
  const f = callerFrame;
  if (is_null(g) || ref_eq(g, None)) {
    if (is_null(f)) return raiseWith(E.SystemError, strLit("no current frame"));
    g = K.Frame_get_globals(f);
    // a function frame's variables are visible through a snapshot (as CPython's f_locals)
    if (is_null(l) || ref_eq(l, None)) l = callerLocals();
  } else if (!Dict_is(g)) {
    const m = sbLen; sbLit("globals must be a dict, not "); sbStr(typeName(g)); return raiseTypeError(sbTakeStr(m));
  }
  if (is_null(l) || ref_eq(l, None)) l = g;
  if (is_null(dictGet(g, N.N_builtins))) dictSet(g, N.N_builtins, builtinsDict);
  const fr = newFrame(null, code, g, l, null);
  K.Frame_set_flags(fr, FRAME_ENTRY);
  return execute(fr);
}

function evalOrExec(a: anyref, b: i32, n: i32, kw: anyref, isEval: bool): anyref {
  const npos = n - kwCount(kw);
  if (npos < 1 || npos > 3) {
    const m = sbLen; sbLit(isEval ? "eval" : "exec"); sbLit(npos < 1 ? " expected at least 1 argument, got 0" : " expected at most 3 arguments"); return raiseTypeError(sbTakeStr(m));
  }
  let src = AnyArr_get(a, b);
  let code: anyref;
  if (K.Code_is(src)) code = src;
  else if (Str_is(src)) {
    if (isEval) {
      // eval() skips leading spaces and tabs (CPython's builtin_eval_impl)
      let k = 0; const L = strLen_(src);
      while (k < L) { const c = codepointAt_(src, k); if (c != 32 && c != 9) break; k++; }
      if (k > 0) src = strSub_(src, k, L);
    }
    code = compileSource(src, strLit("<string>"), isEval ? 1 : 0); if (is_null(code)) return null;
  }
  else {
    const m = sbLen; sbLit(isEval ? "eval() arg 1 must be a string, bytes or code object" : "exec() arg 1 must be a string, bytes or code object");
    return raiseTypeError(sbTakeStr(m));
  }
  const r = runCode(code, npos > 1 ? AnyArr_get(a, b + 1) : null, npos > 2 ? AnyArr_get(a, b + 2) : null);
  if (is_null(r)) return null;
  return isEval ? r : None;
}
function b_eval(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return evalOrExec(a, b, n, kw, true); }
function b_exec(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return evalOrExec(a, b, n, kw, false); }

export function initEvalExec(): void {
  dictSet(builtinsDict, intern(strLit("compile")), newBuiltinFn("compile", b_compile, None));
  dictSet(builtinsDict, intern(strLit("eval")), newBuiltinFn("eval", b_eval, None));
  dictSet(builtinsDict, intern(strLit("exec")), newBuiltinFn("exec", b_exec, None));
}
import { strLen as strLen_, codepointAt as codepointAt_, strSub as strSub_ } from "../objects/str";
