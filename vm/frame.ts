// Frames, argument binding, and code-object tables (lines, exception handlers).
//
// Slot layout of a frame (one AnyArr): [0, nlocals) are the code's local variables (a variable
// captured by an inner function holds a Cell in its slot, made by MAKE_CELL at entry);
// [nlocals, nlocals+nfree) are the free variables, filled from the function's closure; the
// value stack starts at nlocals+nfree.
import * as K from "./generated/kernel";
import { is_null, AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, AnyArr_copy, Tuple_get_items, ref_eq } from "./generated/kernel";
import { T_dict, None, sbLen, sbLit, sbByte, sbTakeStr, sbI64, strLit, EmptyTuple } from "./rt/core";
import { raiseTypeError } from "./rt/errors";
import { sbStr, strEq } from "./objects/str";
import { dictNew, dictSet, dictGet } from "./objects/dict";
import { tupleOf } from "./objects/type";

export const CO_VARARGS: i32 = 4;
export const CO_VARKEYWORDS: i32 = 8;
export const CO_GENERATOR: i32 = 0x20;
export const CO_COROUTINE: i32 = 0x80;
export const CO_ITERABLE_COROUTINE: i32 = 0x100;
export const CO_ASYNC_GENERATOR: i32 = 0x200;
/** a call of such code returns a generator, coroutine or async generator object */
export const CO_GENLIKE: i32 = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
/** VM-internal (set by the loader): no *args, **kwargs or keyword-only parameters. */
export const CO_PLAIN_ARGS: i32 = 0x20000000;

export const FRAME_INIT: i32 = 1;     // __init__ frame created by a class call: return `gen` (self)
export const FRAME_ENTRY: i32 = 2;    // bottom frame of a (nested) run of the dispatch loop
export const FRAME_GEN: i32 = 4;      // generator frame

export function stackBase(code: anyref): i32 { return K.Code_get_nlocals(code) + K.Code_get_nfree(code); }

export function newFrame(func: anyref, code: anyref, globals: anyref, locals: anyref, back: anyref): anyref {
  const nl = K.Code_get_nlocals(code), nf = K.Code_get_nfree(code);
  const slots = AnyArr_new(nl + nf + K.Code_get_stacksize(code) + 1);
  if (nf > 0 && !is_null(func)) {
    const cl = Tuple_get_items(K.Func_get_closure(func));
    for (let i = 0; i < nf; i++) AnyArr_set(slots, nl + i, AnyArr_get(cl, i));
  }
  return K.Frame_new(code, func, slots, globals, locals, 0, nl + nf, back, null, 0, null);
}

/**
 * A frame for a call of Python function func: one that its code kept from an earlier call that
 * returned (releaseFrame; a list linked through `back`, as long as the deepest recursion of that
 * code so far), re-initialized, or a new one. Arguments are bound by the caller.
 */
export function callFrame(func: anyref, code: anyref, back: anyref): anyref {
  const fr = K.Code_get_free(code);
  if (is_null(fr)) return newFrame(func, code, K.Func_get_globals(func), null, back);
  K.Code_set_free(code, K.Frame_get_back(fr));
  K.Frame_set_func(fr, func);
  K.Frame_set_globals(fr, K.Func_get_globals(func));
  K.Frame_set_back(fr, back);
  K.Frame_set_pc(fr, 0);
  K.Frame_set_sp(fr, stackBase(code));
  K.Frame_set_flags(fr, 0);
  const nf = K.Code_get_nfree(code);
  if (nf > 0) AnyArr_copy(K.Frame_get_slots(fr), K.Code_get_nlocals(code), Tuple_get_items(K.Func_get_closure(func)), 0, nf);
  return fr;
}
/**
 * Frame fr (made by callFrame) has returned and nothing refers to it any more: clear its slots
 * (so it keeps nothing alive) and keep it for the next call of the same code.
 */
export function releaseFrame(fr: anyref): void {
  const slots = K.Frame_get_slots(fr);
  K.AnyArr_fill(slots, 0, null, AnyArr_len(slots));
  K.Frame_set_gen(fr, null);
  K.Frame_set_excinfo(fr, null);
  const code = K.Frame_get_code(fr);
  K.Frame_set_back(fr, K.Code_get_free(code));
  K.Code_set_free(code, fr);
}

/** Line number of instruction pc in code (from the (start, line) pairs table). */
/** Line number of instruction pc in code (from the (start pc, line, end line, col, end col) table). */
export function lineOf(code: anyref, pc: i32): i32 {
  const p = <usize>K.Code_get_lines(code);
  const n = K.Code_get_nlines(code);
  let line = K.Code_get_firstline(code);
  for (let i = 0; i < n; i++) {
    const start = load<i32>(p + <usize>(i * 20));
    if (start > pc) break;
    line = load<i32>(p + <usize>(i * 20 + 4));
  }
  return line;
}
// posOf results: the source range of an instruction (columns are UTF-8 byte offsets, -1 unknown)
export let posEndLine: i32 = 0;
export let posCol: i32 = -1;
export let posEndCol: i32 = -1;
/** Line of instruction pc, setting posEndLine/posCol/posEndCol. */
export function posOf(code: anyref, pc: i32): i32 {
  const p = <usize>K.Code_get_lines(code);
  const n = K.Code_get_nlines(code);
  let line = K.Code_get_firstline(code);
  posEndLine = line; posCol = -1; posEndCol = -1;
  for (let i = 0; i < n; i++) {
    const e = p + <usize>(i * 20);
    if (load<i32>(e) > pc) break;
    line = load<i32>(e + 4); posEndLine = load<i32>(e + 8); posCol = load<i32>(e + 12); posEndCol = load<i32>(e + 16);
  }
  return line;
}

// Handler lookup results
export let handlerTarget: i32 = 0;
export let handlerDepth: i32 = 0;
/** Find the exception handler covering instruction pc; false if none. */
export function findHandler(code: anyref, pc: i32): bool {
  const p = <usize>K.Code_get_exc(code);
  const n = K.Code_get_nexc(code);
  for (let i = 0; i < n; i++) {
    const e = p + <usize>(i * 16);
    if (pc >= load<i32>(e) && pc < load<i32>(e + 4)) {
      handlerTarget = load<i32>(e + 8);
      handlerDepth = load<i32>(e + 12);
      return true;
    }
  }
  return false;
}

function fnName(func: anyref): void { sbStr(K.Code_get_qualname(K.Func_get_code(func))); sbLit("()"); }

function missingArgs(func: anyref, code: anyref, slots: anyref, from: i32, to: i32, kind: string): void {
  const names = K.Code_get_varnames(code);
  let count = 0;
  for (let i = from; i < to; i++) if (is_null(AnyArr_get(slots, i))) count++;
  const m = sbLen;
  fnName(func); sbLit(" missing "); sbI64(count); sbLit(" required "); sbLit(kind); sbLit(count == 1 ? " argument: " : " arguments: ");
  let k = 0;
  for (let i = from; i < to; i++) {
    if (!is_null(AnyArr_get(slots, i))) continue;
    if (k > 0) sbLit(count == 2 ? " and " : k == count - 1 ? ", and " : ", ");
    sbByte(39); sbStr(AnyArr_get(names, i)); sbByte(39);
    k++;
  }
  raiseTypeError(sbTakeStr(m));
}

/** CPython's too_many_positional message (raised after the keywords were bound, as CPython does). */
function tooManyPositional(func: anyref, code: anyref, npos: i32, nkw: i32, kwnames: anyref): void {
  const argcount = K.Code_get_argcount(code);
  const kwonly = K.Code_get_kwonly(code);
  const defaults = K.Func_get_defaults(func);
  const nd = is_null(defaults) ? 0 : AnyArr_len(Tuple_get_items(defaults));
  let givenKwOnly = 0;
  // CPython counts keyword-only arguments given, for the message
  if (nkw > 0) {
    const kn = Tuple_get_items(kwnames);
    for (let j = 0; j < nkw; j++) for (let i = argcount; i < argcount + kwonly; i++) if (strEq(AnyArr_get(kn, j), AnyArr_get(K.Code_get_varnames(code), i))) givenKwOnly++;
  }
  const m = sbLen; fnName(func); sbLit(" takes ");
  if (nd > 0) { sbLit("from "); sbI64(argcount - nd); sbLit(" to "); sbI64(argcount); }
  else sbI64(argcount);
  sbLit(" positional argument"); if (argcount != 1 || nd > 0) sbLit("s");
  sbLit(" but "); sbI64(npos);
  if (givenKwOnly > 0) { sbLit(" positional argument"); if (npos != 1) sbLit("s"); sbLit(" (and "); sbI64(givenKwOnly); sbLit(" keyword-only argument"); if (givenKwOnly != 1) sbLit("s"); sbLit(") were given"); }
  else sbLit(npos == 1 ? " was given" : " were given");
  raiseTypeError(sbTakeStr(m));
}

/**
 * Bind call arguments args[start .. start+n) (the last len(kwnames) are keyword values) to the
 * parameters of func in the new frame's slots. Returns false with TypeError set on mismatch.
 */
export function bindArgs(func: anyref, code: anyref, slots: anyref, args: anyref, start: i32, n: i32, kwnames: anyref): bool {
  const argcount = K.Code_get_argcount(code);
  const kwonly = K.Code_get_kwonly(code);
  const posonly = K.Code_get_posonly(code);
  const flags = K.Code_get_flags(code);
  const nkw = is_null(kwnames) ? 0 : AnyArr_len(Tuple_get_items(kwnames));
  const npos = n - nkw;
  // fast path: exact positional call
  if (nkw == 0 && npos == argcount && kwonly == 0 && (flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0) {
    K.AnyArr_copy(slots, 0, args, start, npos);
    return true;
  }
  let slot = argcount + kwonly;
  let varargsSlot = -1, varkwSlot = -1;
  if (flags & CO_VARARGS) varargsSlot = slot++;
  if (flags & CO_VARKEYWORDS) varkwSlot = slot++;
  let kwdict: anyref = null;
  if (varkwSlot >= 0) { kwdict = dictNew(); AnyArr_set(slots, varkwSlot, kwdict); }
  const ncopy = npos < argcount ? npos : argcount;
  K.AnyArr_copy(slots, 0, args, start, ncopy);
  // too many positionals is reported after the keywords: CPython's initialize_locals binds keywords
  // first, so f(1, 2, 3, b=4) says "got multiple values for argument 'b'"
  const tooMany = npos > argcount && varargsSlot < 0;
  if (npos > argcount && !tooMany) {
    const extra = npos - argcount;
    const a = AnyArr_new(extra);
    K.AnyArr_copy(a, 0, args, start + argcount, extra);
    AnyArr_set(slots, varargsSlot, tupleOf(a));
  } else if (varargsSlot >= 0) AnyArr_set(slots, varargsSlot, EmptyTuple);
  // keywords
  if (nkw > 0) {
    const kn = Tuple_get_items(kwnames);
    const names = K.Code_get_varnames(code);
    for (let j = 0; j < nkw; j++) {
      const key = AnyArr_get(kn, j);
      const val = AnyArr_get(args, start + npos + j);
      let found = -1;
      for (let i = posonly; i < argcount + kwonly; i++) {
        const nm = AnyArr_get(names, i);
        if (ref_eq(nm, key) || strEq(nm, key)) { found = i; break; }
      }
      if (found < 0) {
        if (!is_null(kwdict)) { dictSet(kwdict, key, val); continue; }
        // positional-only passed by keyword?
        let po = false;
        for (let i = 0; i < posonly; i++) if (strEq(AnyArr_get(names, i), key)) po = true;
        const m = sbLen; fnName(func);
        if (po) {
          sbLit(" got some positional-only arguments passed as keyword arguments: '");
          let first = true;
          for (let jj = j; jj < nkw; jj++) {
            const kk = AnyArr_get(kn, jj);
            for (let i = 0; i < posonly; i++) if (strEq(AnyArr_get(names, i), kk)) { if (!first) sbLit(", "); sbStr(kk); first = false; break; }
          }
          sbByte(39);
        }
        else { sbLit(" got an unexpected keyword argument '"); sbStr(key); sbByte(39); }
        raiseTypeError(sbTakeStr(m));
        return false;
      }
      if (!is_null(AnyArr_get(slots, found))) {
        const m = sbLen; fnName(func); sbLit(" got multiple values for argument '"); sbStr(key); sbByte(39);
        raiseTypeError(sbTakeStr(m));
        return false;
      }
      AnyArr_set(slots, found, val);
    }
  }
  if (tooMany) { tooManyPositional(func, code, npos, nkw, kwnames); return false; }
  // defaults
  if (npos < argcount) {
    const defaults = K.Func_get_defaults(func);
    let d: anyref = null;
    if (!is_null(defaults)) d = Tuple_get_items(defaults);
    const nd = is_null(d) ? 0 : AnyArr_len(d);
    const firstDefault = argcount - nd;
    for (let i = npos; i < argcount; i++) {
      if (is_null(AnyArr_get(slots, i)) && i >= firstDefault) AnyArr_set(slots, i, AnyArr_get(d, i - firstDefault));
    }
    for (let i = npos; i < argcount; i++) if (is_null(AnyArr_get(slots, i))) { missingArgs(func, code, slots, npos, argcount, "positional"); return false; }
  }
  if (kwonly > 0) {
    const kwd = K.Func_get_kwdefaults(func);
    const names = K.Code_get_varnames(code);
    for (let i = argcount; i < argcount + kwonly; i++) {
      if (!is_null(AnyArr_get(slots, i))) continue;
      if (!is_null(kwd)) { const v = dictGet(kwd, AnyArr_get(names, i)); if (!is_null(v)) { AnyArr_set(slots, i, v); continue; } }
    }
    for (let i = argcount; i < argcount + kwonly; i++) if (is_null(AnyArr_get(slots, i))) { missingArgs(func, code, slots, argcount, argcount + kwonly, "keyword-only"); return false; }
  }
  return true;
}
