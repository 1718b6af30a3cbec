// The dispatch loop. Python calls never recurse on the wasm stack: CALL pushes a heap frame and
// the loop continues in it; RETURN_VALUE pops back to the caller. Natives that call back into
// Python (sorted(key=…), a user __eq__ inside a dict lookup, __init__ via type()) use
// callObject, which runs a nested loop until its entry frame returns; that nesting is bounded
// and counted in the same depth as frames.
//
// Error convention: any operation that fails sets core.exc and returns a sentinel; the case
// `break`s out of the switch to the unwind code below it, which consults the code object's
// exception table (no setup/teardown opcodes), or pops frames until a handler is found.
import { setNativeOwner } from "./rt/args";
import * as K from "./generated/kernel";
import * as M from "./rt/mem";
import {
  is_null, ref_eq, small_is, small_get, small_new, AnyArr_get, AnyArr_set, AnyArr_new, AnyArr_len, AnyArr_copy,
  Tuple_get_items, Str_is, Func_is, Builtin_is, Method_is, Type_is, List_is, Tuple_is, Dict_is, Exc_is,
} from "./generated/kernel";
import * as C from "./rt/core";
import {
  None, True, False, exc, setExc, clearExc, fatal, mkInt, mkFloat, mkBool, typeOf, strLit, sbLen, sbLit, sbByte, sbTakeStr, sbI64,
  T_tuple, T_list, T_dict, T_function, T_cell, T_slice, T_type, T_object, EmptyTuple, setFatal,
} from "./rt/core";
import { raiseTypeError, raiseWith, newExc, raiseLit } from "./rt/errors";
import * as E from "./objects/exceptions";
import * as N from "./rt/names";
import * as OPS from "./generated/opcodes";
import { OP_COST } from "./generated/opcodes";
import {
  binaryOp, richCompare, truthy, getItem, setItem, delItem, contains, getIter, iterNext, unaryOp, repr, str, typeName,
  UN_NEG, UN_POS, UN_INVERT, iterableToArray, userDunder, CMP_EQ,
} from "./ops";
import { getAttr, setAttr, delAttr, loadMethod, methodSelf } from "./attrs";
import { dictNew, dictGetStr, dictSetH, dictDel, dictSet, dictGet, dictMerge, dictNext, dictKeyAt, dictValAt } from "./objects/dict";
import { strHash, sbStr, strAppend } from "./objects/str";
import { listFromArr, listAppend, listExtendArr, listToArr } from "./objects/list";
import { tupleOf, isSubtype, typeLookup, TF_HEAP } from "./objects/type";
import {
  newFrame, callFrame, releaseFrame, bindArgs, stackBase, lineOf, findHandler, handlerTarget, handlerDepth, FRAME_INIT, FRAME_ENTRY, FRAME_GEN,
  CO_GENLIKE, CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR, CO_PLAIN_ARGS,
} from "./frame";
import { callType } from "./objects/object";
import { formatValue } from "./builtins/format";
import { setNew, setAdd, setUpdate } from "./objects/set";
import { builtinsDict } from "./builtins/builtins";
import { intBinop } from "./objects/int";
import { floatBinop } from "./objects/float";
import * as GT from "./objects/generator";

// ---- limits ----------------------------------------------------------------------------------
export let depth: i32 = 0;            // live Python frames + nested native runs
export let maxDepth: i32 = 1000;
export function setMaxDepth(d: i32): void { maxDepth = d; }

/** The frame that made the current native call (zero-argument super() reads it). */
export let callerFrame: anyref = null;

/** The exception being handled (sys.exc_info()), or null. */
export let curExc: anyref = null;

// Traceback entry for the frame at pc (prepends: the chain reads outermost → innermost).
function addTraceback(e: anyref, code: anyref, pc: i32): void {
  if (!Exc_is(e)) return;
  K.Exc_set_tb(e, K.Traceback_new(C.T_traceback, K.Exc_get_tb(e), code, lineOf(code, pc), pc));
}

function recursionError(): void {
  raiseWith(E.RecursionError, strLit("maximum recursion depth exceeded"));
}
/**
 * CPython's Py_EnterRecursiveCall: C-level steps that can recurse (repr, str, comparisons, calls of
 * builtins and classes) count in the same depth as Python frames, and the check that trips names
 * the step ("maximum recursion depth exceeded in comparison"). False with RecursionError set.
 */
export function enterRecursive(where: string): bool {
  if (depth >= maxDepth) {
    const m = sbLen; sbLit("maximum recursion depth exceeded"); sbLit(where);
    raiseWith(E.RecursionError, sbTakeStr(m));
    return false;
  }
  depth++;
  return true;
}
export function leaveRecursive(): void { depth--; }
/** Native code re-entering the loop nests wasm frames: at most this many nested runs of the loop
 * started by callObject (a 1 MB engine stack holds 650-900 depending on the path), whatever the Python depth. */
const MAX_NESTED_RUNS: i32 = 500;
let nestedRuns: i32 = 0;

/** Normalize what `raise X` got into an exception instance; null + TypeError otherwise. */
function makeRaisable(x: anyref): anyref {
  if (Type_is(x)) {
    if (!isSubtype(x, E.BaseException)) return raiseTypeError(strLit("exceptions must derive from BaseException"));
    const r = callObject(x, AnyArr_new(0), 0, 0, null);
    if (is_null(r)) return null;
    if (!Exc_is(r)) return raiseTypeError(strLit("calling exception class did not return an exception instance"));
    return r;
  }
  if (Exc_is(x)) return x;
  return raiseTypeError(strLit("exceptions must derive from BaseException"));
}

/** isinstance for except clauses: cls may be a class or a tuple of classes. -1 on error. */
function excMatches(e: anyref, cls: anyref): i32 {
  if (Tuple_is(cls)) {
    const items = Tuple_get_items(cls);
    for (let i = 0; i < AnyArr_len(items); i++) { const r = excMatches(e, AnyArr_get(items, i)); if (r != 0) return r; }
    return 0;
  }
  if (!Type_is(cls) || !isSubtype(cls, E.BaseException)) {
    raiseTypeError(strLit("catching classes that do not inherit from BaseException is not allowed"));
    return -1;
  }
  return isSubtype(typeOf(e), cls) ? 1 : 0;
}

function nameError(name: anyref): void {
  const m = sbLen; sbLit("name '"); sbStr(name); sbLit("' is not defined");
  const e = newExc(E.NameError, sbTakeStr(m));
  setExc(e);
  setPendingAttr_("name", name);
}
import { setPendingAttr as setPendingAttr_ } from "./objects/excattrs";
function unboundLocal(code: anyref, slot: i32): void {
  const m = sbLen; sbLit("cannot access local variable '"); sbStr(AnyArr_get(K.Code_get_varnames(code), slot));
  sbLit("' where it is not associated with a value");
  setExc(newExc(E.UnboundLocalError, sbTakeStr(m)));
}
function freeUnbound(code: anyref, slot: i32): void {
  const m = sbLen; sbLit("cannot access free variable '"); sbStr(AnyArr_get(K.Code_get_varnames(code), slot));
  sbLit("' where it is not associated with a value in enclosing scope");
  setExc(newExc(E.NameError, sbTakeStr(m)));
}

// ---- calling ---------------------------------------------------------------------------------
/**
 * Call any callable with args[start .. start+n) (last len(kw) are keywords) from native code.
 * Python functions run in a nested dispatch loop.
 */
export function callObject(f: anyref, args: anyref, start: i32, n: i32, kw: anyref): anyref {
  if (Builtin_is(f)) return callNative(f, K.Builtin_get_self(f), args, start, n, kw);
  if (Method_is(f)) {
    const a = AnyArr_new(n + 1);
    AnyArr_set(a, 0, K.Method_get_self(f));
    AnyArr_copy(a, 1, args, start, n);
    return callObject(K.Method_get_func(f), a, 0, n + 1, kw);
  }
  if (Func_is(f)) {
    const code = K.Func_get_code(f);
    if (depth >= maxDepth || nestedRuns >= MAX_NESTED_RUNS) { recursionError(); return null; }
    const fr = callFrame(f, code, null);
    if (!bindArgs(f, code, K.Frame_get_slots(fr), args, start, n, kw)) return null;
    if (K.Code_get_flags(code) & CO_GENLIKE) return makeGenerator(fr);
    K.Frame_set_flags(fr, FRAME_ENTRY);
    nestedRuns++;
    const r = execute(fr);
    nestedRuns--;
    releaseFrame(fr);
    return r;
  }
  if (Type_is(f)) return callType(f, args, start, n, kw);
  if (K.Prop_is(f) && ref_eq(K.Obj_get_cls(f), C.T_staticmethod)) return callObject(K.Prop_get_fget(f), args, start, n, kw);   // 3.10+: staticmethod objects are callable
  const m = userDunder(f, N.N_call);
  if (!is_null(m)) {
    const a = AnyArr_new(n + 1);
    AnyArr_set(a, 0, f);
    AnyArr_copy(a, 1, args, start, n);
    if (!enterRecursive(" while calling a Python object")) return null;
    const r = callObject(m, a, 0, n + 1, kw);
    leaveRecursive();
    return r;
  }
  const mm = sbLen; sbLit("'"); sbStr(typeName(f)); sbLit("' object is not callable");
  return raiseTypeError(sbTakeStr(mm));
}
export function callObject0(f: anyref): anyref { return callObject(f, AnyArr_new(0), 0, 0, null); }
export function callObject1(f: anyref, a: anyref): anyref { const x = AnyArr_new(1); AnyArr_set(x, 0, a); return callObject(f, x, 0, 1, null); }
export function callObject2(f: anyref, a: anyref, b: anyref): anyref { const x = AnyArr_new(2); AnyArr_set(x, 0, a); AnyArr_set(x, 1, b); return callObject(f, x, 0, 2, null); }

type Native = (self: anyref, args: anyref, base: i32, n: i32, kw: anyref) => anyref;
/**
 * Call a native. A method native (self field null: registered with addMethod and reached
 * unbound, as in LOAD_METHOD's form or `str.lower(s)`) takes its receiver from the first argument.
 * Free functions carry a non-null self (None or their module).
 */
function callNative(b: anyref, self: anyref, args: anyref, start: i32, n: i32, kw: anyref): anyref {
  const fn = changetype<Native>(K.Builtin_get_id(b));
  if (is_null(self)) {
    if (n - (is_null(kw) ? 0 : AnyArr_len(Tuple_get_items(kw))) <= 0) {
      const m = sbLen; sbLit("unbound method "); sbStr(K.Builtin_get_name(b)); sbLit("() needs an argument");
      return raiseTypeError(sbTakeStr(m));
    }
    self = AnyArr_get(args, start); start++; n--;
    const owner = K.Builtin_get_owner(b);
    // __new__ takes the class as its first argument, not an instance
    if (!is_null(owner) && !isSubtype(typeOf(self), owner) && !strEqLit_(K.Builtin_get_name(b), "__new__")) {
      const m = sbLen; sbLit("descriptor '"); sbStr(K.Builtin_get_name(b)); sbLit("' for '"); sbStr(K.Type_get_name(owner));
      sbLit("' objects doesn't apply to a '"); sbStr(typeName(self)); sbLit("' object");
      return raiseTypeError(sbTakeStr(m));
    }
  }
  // CPython 3.11 calls most builtins through specialized instructions without a recursion count
  // (the few that count do it themselves: repr, hash, abs …); a guard against runaway native
  // recursion remains
  if (depth > maxDepth + 50) { recursionError(); return null; }
  const prev = setNativeOwner(K.Builtin_get_owner(b));   // names "bytes.capitalize()" in arity errors
  const r = fn(self, args, start, n, kw);
  setNativeOwner(prev);
  return r;
}

// ---- generators, coroutines, async generators ----------------------------------------------------
// The generator the last CALL in the loop created, with the calling frame and the pc after that CALL.
let freshGen: anyref = null, freshGenFrame: anyref = null, freshGenPc: i32 = -1;
/** Gen aflags bit: the generator is referenced only by the for loop that iterates it. */
const GEN_LOOP_OWNED: i32 = 4;
/** Close a loop-owned generator the loop dropped; errors from close() are ignored as CPython ignores
 * them in a generator's finalizer (false only for an uncatchable LimitError). */
function closeLoopGen(g: anyref): bool {
  K.Gen_set_aflags(g, K.Gen_get_aflags(g) & ~GEN_LOOP_OWNED);
  if (K.Gen_get_state(g) == 3 || K.Gen_get_state(g) == 0) { K.Gen_set_state(g, 3); return true; }
  const saved = curExc;
  genClose(g);
  curExc = saved;
  if (fatal) return false;
  clearExc();
  return true;
}
function makeGenerator(fr: anyref): anyref {
  const code = K.Frame_get_code(fr);
  const fl = K.Code_get_flags(code);
  const cls = (fl & CO_ASYNC_GENERATOR) ? GT.T_async_generator : (fl & CO_COROUTINE) ? GT.T_coroutine : C.T_generator;
  const g = K.Gen_new(cls, fr, 0, K.Code_get_name(code), K.Code_get_qualname(code));
  K.Frame_set_flags(fr, FRAME_GEN | FRAME_ENTRY);
  K.Frame_set_gen(fr, g);
  return g;
}
// Gen state: 0 created, 1 suspended, 2 running, 3 finished
function kindMsg(kind: i32, gen: string, coro: string, agen: string): anyref { return strLit(kind == 0 ? gen : kind == 1 ? coro : agen); }
/** RuntimeError(msg) whose __cause__ (and __context__) is the pending exception. */
function raiseFromCause(msg: anyref): anyref {
  const cause = exc;
  const e = newExc(E.RuntimeError, msg);
  K.Exc_set_cause(e, cause); K.Exc_set_context(e, cause); K.Exc_set_suppress(e, 1);
  setExc(e);
  return null;
}
/**
 * Run a generator frame with its own exception state: sys.exc_info() inside is the exception its
 * handlers are handling (kept across a yield in an except block), and the caller's state comes
 * back when it yields or ends.
 */
function runGenFrame(fr: anyref): anyref {
  const callerExc = curExc;
  curExc = K.Frame_get_excinfo(fr);
  const r = execute(fr);
  K.Frame_set_excinfo(fr, genYielded ? curExc : null);
  curExc = callerExc;
  return r;
}
/** After a generator's frame ran: suspended (value), returned (null, genReturnValue), raised. */
function genFinish(g: anyref, r: anyref, kind: i32): anyref {
  if (genYielded) { K.Gen_set_state(g, 1); return r; }
  K.Gen_set_state(g, 3);
  if (is_null(r)) {
    if (!is_null(exc) && !fatal) {
      const t = typeOf(exc);
      if (isSubtype(t, E.StopIteration)) return raiseFromCause(kindMsg(kind, "generator raised StopIteration", "coroutine raised StopIteration", "async generator raised StopIteration"));
      if (kind == 2 && isSubtype(t, E.StopAsyncIteration)) return raiseFromCause(strLit("async generator raised StopAsyncIteration"));
    }
    return null;
  }
  // return value: StopIteration(value) unless None (plain exhaustion)
  genReturnValue = r;
  return null;
}
/** Resume generator g sending v; returns the yielded value, or null (exc unset = finished). */
export function genSend(g: anyref, v: anyref): anyref {
  const st = K.Gen_get_state(g);
  const kind = GT.genKind(g);
  if (st == 3) {
    if (kind == 1) return raiseLit(E.RuntimeError, "cannot reuse already awaited coroutine");
    return null;
  }
  if (st == 2) return raiseWith(E.ValueError, kindMsg(kind, "generator already executing", "coroutine already executing", "async generator already executing"));
  if (st == 0 && !ref_eq(v, None)) return raiseTypeError(kindMsg(kind, "can't send non-None value to a just-started generator", "can't send non-None value to a just-started coroutine", "can't send non-None value to a just-started async generator"));
  const fr = K.Gen_get_frame(g);
  if (depth >= maxDepth) { recursionError(); return null; }
  if (st != 0) {
    // push the sent value as the result of the YIELD_VALUE expression
    const sp = K.Frame_get_sp(fr);
    AnyArr_set(K.Frame_get_slots(fr), sp, v);
    K.Frame_set_sp(fr, sp + 1);
  }
  K.Gen_set_state(g, 2);
  genYielded = false;
  const r = runGenFrame(fr);
  return genFinish(g, r, kind);
}
export let genYielded: bool = false;
let pendingThrow: bool = false;

/** The object a suspended frame is delegating to (`yield from` / `await`), or null. */
function yieldFromOf(fr: anyref): anyref {
  const pc = K.Frame_get_pc(fr);
  if (pc < 2) return null;
  const base = <usize>K.Code_get_base(K.Frame_get_code(fr));
  if ((word(base, pc - 1) & 0xff) != OPS.OP_YIELD_VALUE || (word(base, pc - 2) & 0xff) != OPS.OP_SEND) return null;
  return AnyArr_get(K.Frame_get_slots(fr), K.Frame_get_sp(fr) - 1);
}
/** The awaitable a coroutine is suspended on (cr_await), or null. */
export function genAwaiting(g: anyref): anyref {
  if (K.Gen_get_state(g) != 1) return null;
  return yieldFromOf(K.Gen_get_frame(g));
}

/** close() a `yield from` delegate: 0, or -1 with exc set. */
function closeIter(yf: anyref): i32 {
  if (K.Gen_is(yf)) return genClose(yf);
  if (GT.isAwaitWrap(yf)) return GT.awClose(yf);
  const m = getAttr(yf, N_close());
  if (is_null(m)) {
    if (!is_null(exc) && isSubtype(typeOf(exc), E.AttributeError)) { clearExc(); return 0; }
    return -1;
  }
  return is_null(callObject0(m)) ? -1 : 0;
}
let nClose: anyref = null, nThrow: anyref = null;
function N_close(): anyref { if (is_null(nClose)) nClose = internName(strLit("close")); return nClose; }
function N_throw(): anyref { if (is_null(nThrow)) nThrow = internName(strLit("throw")); return nThrow; }

/** generator.close(): 0, or -1 with exc set. */
export function genClose(g: anyref): i32 {
  const st = K.Gen_get_state(g);
  if (st == 0 || st == 3) { K.Gen_set_state(g, 3); return 0; }
  const kind = GT.genKind(g);
  const r = genThrowImpl(g, newExc(E.GeneratorExit, null), true);
  if (!is_null(r)) {
    raiseWith(E.RuntimeError, kindMsg(kind, "generator ignored GeneratorExit", "coroutine ignored GeneratorExit", "async generator ignored GeneratorExit"));
    return -1;
  }
  if (!is_null(exc)) {
    const t = typeOf(exc);
    if (!fatal && (isSubtype(t, E.GeneratorExit) || isSubtype(t, E.StopIteration))) { clearExc(); return 0; }
    return -1;
  }
  return 0;
}

/** generator.throw(e): resume g raising e at its yield point; like genSend's result. */
export function genThrow(g: anyref, e: anyref): anyref { return genThrowImpl(g, e, true); }
/** athrow()/aclose(): a GeneratorExit is thrown into the awaited object instead of closing it. */
export function genThrowNoClose(g: anyref, e: anyref): anyref { return genThrowImpl(g, e, false); }

function genThrowImpl(g: anyref, e: anyref, closeOnExit: bool): anyref {
  const st = K.Gen_get_state(g);
  const kind = GT.genKind(g);
  if (st == 2) return raiseWith(E.ValueError, kindMsg(kind, "generator already executing", "coroutine already executing", "async generator already executing"));
  if (st == 3 && kind == 1) return raiseLit(E.RuntimeError, "cannot reuse already awaited coroutine");
  if (st == 0 || st == 3) {
    // never started or finished: the exception propagates from here
    K.Gen_set_state(g, 3);
    setExc(e);
    return null;
  }
  const fr = K.Gen_get_frame(g);
  if (depth >= maxDepth) { recursionError(); return null; }
  const yf = yieldFromOf(fr);
  if (!is_null(yf)) {
    if (closeOnExit && isSubtype(typeOf(e), E.GeneratorExit)) {
      // close the delegate, then raise GeneratorExit (or the close error) here
      K.Gen_set_state(g, 2);
      const err = closeIter(yf);
      K.Gen_set_state(g, 1);
      if (err < 0) { if (fatal) return null; e = exc; clearExc(); }
    } else {
      K.Gen_set_state(g, 2);
      genReturnValue = null;
      let r: anyref = null;
      let thrown = true;
      if (K.Gen_is(yf)) r = genThrowImpl(yf, e, closeOnExit);
      else if (GT.isAwaitWrap(yf)) r = GT.awThrow(yf, e);
      else {
        const m = getAttr(yf, N_throw());
        if (is_null(m)) {
          if (!isSubtype(typeOf(exc), E.AttributeError)) { K.Gen_set_state(g, 1); return null; }
          clearExc();
          thrown = false;
        } else {
          r = callObject1(m, e);
          if (is_null(r) && !is_null(exc) && !fatal && isSubtype(typeOf(exc), E.StopIteration)) { genReturnValue = stopValue(exc); clearExc(); }
        }
      }
      K.Gen_set_state(g, 1);
      if (thrown) {
        if (!is_null(r)) return r;              // the delegate yielded: still suspended in the loop
        if (fatal) return null;
        // the delegate is done: pop it and continue after the SEND loop
        const pc = K.Frame_get_pc(fr);
        K.Frame_set_pc(fr, <i32>(word(<usize>K.Code_get_base(K.Frame_get_code(fr)), pc - 2) >> 8));
        K.Frame_set_sp(fr, K.Frame_get_sp(fr) - 1);
        if (is_null(exc)) {
          const v = is_null(genReturnValue) ? None : genReturnValue;
          genReturnValue = null;
          return genSend(g, v);
        }
        e = exc;
        clearExc();
      }
    }
  }
  K.Gen_set_state(g, 2);
  genYielded = false;
  setExc(e);
  pendingThrow = true;
  genReturnValue = null;
  const r = runGenFrame(fr);
  return genFinish(g, r, kind);
}
/** StopIteration's value (its first argument, or None). */
function stopValue(e: anyref): anyref {
  if (!Exc_is(e)) return None;
  const a = Tuple_get_items(K.Exc_get_args(e));
  return AnyArr_len(a) > 0 ? AnyArr_get(a, 0) : None;
}
export let genReturnValue: anyref = null;
export function setGenReturnValue(v: anyref): void { genReturnValue = v; }
export function genNext(g: anyref): anyref { genReturnValue = null; return genSend(g, None); }

/** One step of `yield from`/`await` on a receiver that is not a generator (genSend's convention). */
function sendGeneric(recv: anyref, v: anyref): anyref {
  genReturnValue = null;
  if (GT.isAwaitWrap(recv)) return GT.awSend(recv, v);
  let r: anyref;
  if (ref_eq(v, None)) {
    const m = userDunder(recv, N.N_next);
    if (is_null(m)) return iterNext(recv);
    r = callObject1(m, recv);
  } else r = callMethodByName(recv, "send", v);
  if (is_null(r) && !is_null(exc) && !fatal && isSubtype(typeOf(exc), E.StopIteration)) { genReturnValue = stopValue(exc); clearExc(); }
  return r;
}

let nAwait: anyref = null, nAiter: anyref = null, nAnext: anyref = null, nAenter: anyref = null, nAexit: anyref = null;
function N_await(): anyref { if (is_null(nAwait)) nAwait = internName(strLit("__await__")); return nAwait; }
function N_aiter(): anyref { if (is_null(nAiter)) nAiter = internName(strLit("__aiter__")); return nAiter; }
function N_anext(): anyref { if (is_null(nAnext)) nAnext = internName(strLit("__anext__")); return nAnext; }
function N_aenter(): anyref { if (is_null(nAenter)) nAenter = internName(strLit("__aenter__")); return nAenter; }
function N_aexit(): anyref { if (is_null(nAexit)) nAexit = internName(strLit("__aexit__")); return nAexit; }

function isIterator(x: anyref): bool {
  if (K.Gen_is(x)) return GT.isPlainGen(x);
  if (K.SeqIter_is(x) || K.RangeIter_is(x) || GT.isAwaitWrap(x)) return true;
  if (K.Wrap_is(x) && isIterWrap_(x)) return true;
  return !is_null(userDunder(x, N.N_next));
}
import { isIterWrap as isIterWrap_ } from "./builtins/iters";

/** The iterator that `await x` drives (GET_AWAITABLE); where: 0 await, 1 __aenter__, 2 __aexit__. */
export function getAwaitable(x: anyref, where: i32): anyref {
  if (GT.isCoroutine(x)) {
    if (!is_null(genAwaiting(x))) return raiseLit(E.RuntimeError, "coroutine is being awaited already");
    return x;
  }
  if (K.Gen_is(x) && (K.Code_get_flags(K.Frame_get_code(K.Gen_get_frame(x))) & CO_ITERABLE_COROUTINE)) return x;
  if (GT.isAwaitWrap(x)) {
    if (ref_eq(K.Obj_get_cls(x), GT.T_coroutine_wrapper)) return K.Wrap_get_a(x);
    return x;
  }
  const m = typeLookup(typeOf(x), N_await());
  if (is_null(m)) {
    const mm = sbLen;
    if (where == 1) sbLit("'async with' received an object from __aenter__ that does not implement __await__: ");
    else if (where == 2) sbLit("'async with' received an object from __aexit__ that does not implement __await__: ");
    else sbLit("object ");
    sbStr(typeName(x));
    if (where == 0) sbLit(" can't be used in 'await' expression");
    return raiseTypeError(sbTakeStr(mm));
  }
  const r = callObject1(m, x);
  if (is_null(r)) return null;
  if (GT.isCoroutine(r)) return raiseTypeError(strLit("__await__() returned a coroutine"));
  if (K.Wrap_is(r) && ref_eq(K.Obj_get_cls(r), GT.T_coroutine_wrapper)) return K.Wrap_get_a(r);
  if (!isIterator(r)) {
    const mm = sbLen; sbLit("__await__() returned non-iterator of type '"); sbStr(typeName(r)); sbByte(39);
    return raiseTypeError(sbTakeStr(mm));
  }
  return r;
}

function getAiter(x: anyref): anyref {
  const m = typeLookup(typeOf(x), N_aiter());
  if (is_null(m)) {
    const mm = sbLen; sbLit("'async for' requires an object with __aiter__ method, got "); sbStr(typeName(x));
    return raiseTypeError(sbTakeStr(mm));
  }
  const it = callObject1(m, x);
  if (is_null(it)) return null;
  if (is_null(typeLookup(typeOf(it), N_anext()))) {
    const mm = sbLen; sbLit("'async for' received an object from __aiter__ that does not implement __anext__: "); sbStr(typeName(it));
    return raiseTypeError(sbTakeStr(mm));
  }
  return it;
}

function getAnext(ait: anyref): anyref {
  if (GT.isAsyncGen(ait)) return GT.agenAnext(ait);
  const m = typeLookup(typeOf(ait), N_anext());
  if (is_null(m)) {
    const mm = sbLen; sbLit("'async for' requires an iterator with __anext__ method, got "); sbStr(typeName(ait));
    return raiseTypeError(sbTakeStr(mm));
  }
  const nx = callObject1(m, ait);
  if (is_null(nx)) return null;
  const aw = getAwaitable(nx, 0);
  if (is_null(aw)) {
    if (isSubtype(typeOf(exc), E.TypeError)) {
      clearExc();
      const mm = sbLen; sbLit("'async for' received an invalid object from __anext__: "); sbStr(typeName(nx));
      return raiseTypeError(sbTakeStr(mm));
    }
    return null;
  }
  return aw;
}

/** BEFORE_ASYNC_WITH's lookups: the bound __aexit__ (or null with TypeError). */
function asyncWithMethod(mgr: anyref, name: anyref, missedExit: bool): anyref {
  const m = typeLookup(typeOf(mgr), name);
  if (is_null(m)) {
    const mm = sbLen; sbLit("'"); sbStr(typeName(mgr)); sbLit("' object does not support the asynchronous context manager protocol");
    if (missedExit) sbLit(" (missed __aexit__ method)");
    raiseTypeError(sbTakeStr(mm));
    return null;
  }
  if (Func_is(m)) return K.Method_new(C.T_method, m, mgr);
  if (Builtin_is(m)) return K.Builtin_new(C.T_builtin, K.Builtin_get_id(m), K.Builtin_get_name(m), mgr);
  return m;
}

// ---- except* (exception groups live in Python: stdlib/_pyex_eg.py) ----------------------------------
let egModule: anyref = null;
function egLoad(): bool {
  if (!is_null(egModule)) return true;
  const m = importOne(internName(strLit("_pyex_eg")), null);
  if (is_null(m)) return false;
  egModule = m;
  // the builtins BaseExceptionGroup and ExceptionGroup are its classes
  const d = K.Module_get_dict(m);
  for (let i = 0; i < 2; i++) {
    const nm = internName(strLit(i == 0 ? "BaseExceptionGroup" : "ExceptionGroup"));
    const v = dictGetStr(d, nm, strHash(nm));
    if (!is_null(v)) dictSetH(builtinsDict, nm, strHash(nm), v);
  }
  return true;
}
function egHelper(name: string): anyref {
  if (!egLoad()) return null;
  return getAttr(egModule, internName(strLit(name)));
}
/** BaseExceptionGroup once stdlib/_pyex_eg.py is loaded (it is loaded on first use), else null. */
export function egBaseClass(): anyref {
  if (is_null(egModule)) return null;
  const nm = internName(strLit("BaseExceptionGroup"));
  return dictGetStr(K.Module_get_dict(egModule), nm, strHash(nm));
}
/** Builtins defined in Python and bound on first use: null (exc unset) when name is not one. */
function lazyBuiltin(name: anyref): anyref {
  const fn = strEqLit_(name, "aiter") || strEqLit_(name, "anext");
  if (!fn && !strEqLit_(name, "ExceptionGroup") && !strEqLit_(name, "BaseExceptionGroup")) return null;
  if (!egLoad()) return null;
  if (fn) {
    const v = dictGetStr(K.Module_get_dict(egModule), name, strHash(name));
    if (!is_null(v)) dictSetH(builtinsDict, name, strHash(name), v);
    return v;
  }
  return dictGetStr(builtinsDict, name, strHash(name));
}

// ---- the loop ----------------------------------------------------------------------------------
/** A small int or an exact float (not a subclass instance): arithmetic on it needs no Python code. */
/** COMPARE_OP's arg (< <= == != > >=) on two machine numbers (i32 small ints or f64: NaN makes only != true). */
// @ts-ignore: decorator
@inline function cmpOp<T>(arg: i32, x: T, y: T): bool {
  switch (arg) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x == y;
    case 3: return x != y;
    case 4: return x > y;
    default: return x >= y;
  }
}
// @ts-ignore: decorator
@inline function exactNum(x: anyref): bool { return small_is(x) || ref_eq(K.Obj_get_cls(x), C.T_float); }
/** The value of an exactNum as f64 (small ints convert exactly). */
// @ts-ignore: decorator
@inline function numF64(x: anyref): f64 { return small_is(x) ? <f64>small_get(x) : K.Float_get_val(x); }
/** Charge n steps for instructions that have run; false (LimitError or MemoryError set) to unwind. */
// @ts-ignore: decorator
@inline function meter(n: i32): bool {
  const left = C.stepsLeft - <i64>n;
  C.setStepsLeft(left);
  if (left < 0 && !C.stepsOut()) return false;
  if (K.mem_allocated() > C.memThreshold) return M.memCheck(true);
  return true;
}
/** The steps an instruction costs beyond the one the loop counts (OP_COST in vm/opcodes.mjs). */
// @ts-ignore: decorator
@inline function extraCost(op: i32): void { C.chargeLater(<i64>unchecked(OP_COST[op]) - 1); }
// @ts-ignore: decorator
@inline function word(base: usize, pc: i32): u32 { return load<u32>(base + (<usize>pc << 2)); }

// ---- suspend/resume (docs/capabilities.md, "Asynchronous host calls") --------------------------
// An asynchronous host call (network, an async tool) made by `_pyex.call` straight from a CALL of the
// outermost loop returns to the host instead of blocking: every frame involved lives on the GC heap,
// so the loop saves the caller's pc/sp and returns; the host awaits the effect and calls resume(),
// which pushes the result (or raises the error) in that frame and runs the loop on from there.
// From a nested loop (a generator, a callback of a native) the wasm stack holds state the heap does
// not, so there the host must block (JSPI) or refuse.
let loops: i32 = 0;                 // activations of the dispatch loop on the wasm stack
let suspendFn: anyref = null;       // _pyex.call (set by vm/builtins/pyex.ts)
let suspendOk: bool = false;        // CALL is calling suspendFn directly from the outermost loop
/** True while the loop is unwinding to the host for a suspension (run()/resume() return STATUS_SUSPENDED). */
export let suspended: bool = false;
let suspendedFrame: anyref = null;
export function setSuspendFn(f: anyref): void { suspendFn = f; }
/** May the host call now being made suspend the interpreter? (read once by _pyex.call) */
export function takeSuspendOk(): bool { const v = suspendOk; suspendOk = false; return v; }
/** The host chose to suspend: the native returns null without an exception set. */
export function requestSuspend(): void { suspended = true; }
/** Continue the suspended frame with the host call's result (null: the exception set in core.exc is raised there). */
export function resumeSuspended(v: anyref): anyref {
  const f = suspendedFrame;
  suspendedFrame = null;
  suspended = false;
  if (is_null(v)) pendingThrow = true;
  else {
    const sp = K.Frame_get_sp(f);
    AnyArr_set(K.Frame_get_slots(f), sp, v);
    K.Frame_set_sp(f, sp + 1);
  }
  depth--;   // the loop counts its entry frame again
  return execute(f);
}

/** Run frame `entry` (flags must include FRAME_ENTRY) to completion; its return value or null. */
export function execute(entry: anyref): anyref {
  // keep the frame chain reachable for memory measurements (vm/rt/mem.ts)
  const prev = M.curFrame;
  K.Frame_set_outer(entry, prev);
  M.setCurFrame(entry);
  loops++;
  const r = executeLoop(entry);
  loops--;
  K.Frame_set_outer(entry, null);
  M.setCurFrame(prev);
  return r;
}
function executeLoop(entry: anyref): anyref {
  let f = entry;
  let code = K.Frame_get_code(f);
  let slots = K.Frame_get_slots(f);
  let base = <usize>K.Code_get_base(code);
  let consts = K.Code_get_consts(code);
  let names = K.Code_get_names(code);
  let pc = K.Frame_get_pc(f);
  let sp = K.Frame_get_sp(f);
  let addTb = true;
  depth++;
  if (depth > maxDepth) { depth--; recursionError(); return null; }
  if (K.Frame_get_flags(f) & FRAME_GEN) K.Frame_set_back(f, null);

  // Metering: every instruction costs one step (plus OP_COST - 1 more, charged by the few
  // instructions that cost more: extraCost). Instead of charging each instruction as it runs, the
  // loop counts the straight run [mark, pc) and charges it at every point where control leaves
  // the run: jumps, FOR_ITER, calls, returns, yields and unwinding. Totals are exactly the
  // per-instruction ones; the step limit and the memory budget are checked at those points.
  let mark = pc;
  let throwNow = pendingThrow;   // generator.throw(): resume by raising at the yield point
  pendingThrow = false;
  while (true) {
    // ---- dispatch ----
    if (!throwNow) while (true) {
      const w = word(base, pc);
      const op = w & 0xff;
      let arg = <i32>(w >> 8);
      pc++;
      switch (op) {
        case OPS.OP_NOP: continue;
        case OPS.OP_POP_TOP: {
          const v = AnyArr_get(slots, --sp);
          if (K.Gen_is(v) && (K.Gen_get_aflags(v) & GEN_LOOP_OWNED) != 0) {
            K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
            if (!closeLoopGen(v)) break;
          }
          continue;
        }
        case OPS.OP_PUSH_NULL: AnyArr_set(slots, sp++, null); continue;
        case OPS.OP_COPY: { AnyArr_set(slots, sp, AnyArr_get(slots, sp - arg)); sp++; continue; }
        case OPS.OP_COPY__COPY: {
          AnyArr_set(slots, sp, AnyArr_get(slots, sp - arg)); sp++;
          const b = <i32>(word(base, pc) >> 8);
          pc++;
          AnyArr_set(slots, sp, AnyArr_get(slots, sp - b)); sp++;
          continue;
        }
        case OPS.OP_SWAP__SWAP: {
          let t = AnyArr_get(slots, sp - 1);
          AnyArr_set(slots, sp - 1, AnyArr_get(slots, sp - arg));
          AnyArr_set(slots, sp - arg, t);
          const b = <i32>(word(base, pc) >> 8);
          pc++;
          t = AnyArr_get(slots, sp - 1);
          AnyArr_set(slots, sp - 1, AnyArr_get(slots, sp - b));
          AnyArr_set(slots, sp - b, t);
          continue;
        }
        case OPS.OP_SWAP: {
          const t = AnyArr_get(slots, sp - 1);
          AnyArr_set(slots, sp - 1, AnyArr_get(slots, sp - arg));
          AnyArr_set(slots, sp - arg, t);
          continue;
        }
        case OPS.OP_LOAD_CONST: AnyArr_set(slots, sp++, AnyArr_get(consts, arg)); continue;
        case OPS.OP_LOAD_SMALL_INT: AnyArr_set(slots, sp++, small_new((arg << 8) >> 8)); continue;
        case OPS.OP_LOAD_FAST: {
          const v = AnyArr_get(slots, arg);
          if (is_null(v)) { unboundLocal(code, arg); break; }
          AnyArr_set(slots, sp++, v);
          continue;
        }
        case OPS.OP_STORE_FAST: AnyArr_set(slots, arg, AnyArr_get(slots, --sp)); continue;
        case OPS.OP_DELETE_FAST: {
          if (is_null(AnyArr_get(slots, arg))) { unboundLocal(code, arg); break; }
          AnyArr_set(slots, arg, null);
          continue;
        }
        case OPS.OP_MAKE_CELL: AnyArr_set(slots, arg, K.Cell_new(T_cell, AnyArr_get(slots, arg))); continue;
        case OPS.OP_LOAD_CLOSURE: AnyArr_set(slots, sp++, AnyArr_get(slots, arg)); continue;
        case OPS.OP_LOAD_DEREF: {
          const v = K.Cell_get_val(AnyArr_get(slots, arg));
          if (is_null(v)) {
            if (arg < K.Code_get_nlocals(code)) unboundLocal(code, arg); else freeUnbound(code, arg);
            break;
          }
          AnyArr_set(slots, sp++, v);
          continue;
        }
        case OPS.OP_STORE_DEREF: K.Cell_set_val(AnyArr_get(slots, arg), AnyArr_get(slots, --sp)); continue;
        case OPS.OP_DELETE_DEREF: {
          const c = AnyArr_get(slots, arg);
          if (is_null(K.Cell_get_val(c))) { unboundLocal(code, arg); break; }
          K.Cell_set_val(c, null);
          continue;
        }
        case OPS.OP_LOAD_GLOBAL: {
          const name = AnyArr_get(names, arg);
          let v = loadGlobal(code, pc - 1, K.Frame_get_globals(f), name);
          if (is_null(v)) { K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp); v = lazyBuiltin(name); if (is_null(v)) { if (is_null(exc)) nameError(name); break; } }
          AnyArr_set(slots, sp++, v);
          continue;
        }
        case OPS.OP_STORE_GLOBAL: {
          storeName(code, pc - 1, K.Frame_get_globals(f), AnyArr_get(names, arg), AnyArr_get(slots, --sp));
          continue;
        }
        case OPS.OP_DELETE_GLOBAL: {
          const name = AnyArr_get(names, arg);
          const r = dictDel(K.Frame_get_globals(f), name);
          if (r <= 0) { if (r == 0) nameError(name); break; }
          continue;
        }
        case OPS.OP_LOAD_NAME: {
          const name = AnyArr_get(names, arg);
          const loc = K.Frame_get_locals(f);
          const g = K.Frame_get_globals(f);
          let v: anyref = null;
          if (ref_eq(loc, g)) v = loadGlobal(code, pc - 1, g, name);   // module level: locals are the globals
          else {
            const h = strHash(name);
            if (!is_null(loc)) v = dictGetStr(loc, name, h);
            if (is_null(v)) v = dictGetStr(g, name, h);
            if (is_null(v)) v = dictGetStr(builtinsDict, name, h);
          }
          if (is_null(v)) { K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp); v = lazyBuiltin(name); if (is_null(v)) { if (is_null(exc)) nameError(name); break; } }
          AnyArr_set(slots, sp++, v);
          continue;
        }
        case OPS.OP_LOAD_CLASSDEREF: {
          const name = AnyArr_get(K.Code_get_varnames(code), arg);
          let v = dictGetStr(K.Frame_get_locals(f), name, strHash(name));
          if (is_null(v)) v = K.Cell_get_val(AnyArr_get(slots, arg));
          if (is_null(v)) { freeUnbound(code, arg); break; }
          AnyArr_set(slots, sp++, v);
          continue;
        }
        case OPS.OP_STORE_NAME: {
          storeName(code, pc - 1, K.Frame_get_locals(f), AnyArr_get(names, arg), AnyArr_get(slots, --sp));
          continue;
        }
        case OPS.OP_DELETE_NAME: {
          const name = AnyArr_get(names, arg);
          const r = dictDel(K.Frame_get_locals(f), name);
          if (r <= 0) { if (r == 0) nameError(name); break; }
          continue;
        }
        // superinstructions (vm/opcodes.mjs): the second word's argument is word(base, pc)
        case OPS.OP_LOAD_FAST__LOAD_FAST: {
          const v = AnyArr_get(slots, arg);
          if (is_null(v)) { unboundLocal(code, arg); break; }
          const b = <i32>(word(base, pc) >> 8);
          pc++;
          const v2 = AnyArr_get(slots, b);
          if (is_null(v2)) { unboundLocal(code, b); break; }
          AnyArr_set(slots, sp++, v);
          AnyArr_set(slots, sp++, v2);
          continue;
        }
        case OPS.OP_LOAD_FAST__LOAD_SMALL_INT: {
          const v = AnyArr_get(slots, arg);
          if (is_null(v)) { unboundLocal(code, arg); break; }
          AnyArr_set(slots, sp++, v);
          AnyArr_set(slots, sp++, small_new(<i32>word(base, pc) >> 8));   // signed 24-bit argument
          pc++;
          continue;
        }
        case OPS.OP_STORE_FAST__STORE_FAST: {
          AnyArr_set(slots, arg, AnyArr_get(slots, --sp));
          AnyArr_set(slots, <i32>(word(base, pc) >> 8), AnyArr_get(slots, --sp));
          pc++;
          continue;
        }
        case OPS.OP_STORE_FAST__LOAD_FAST: {
          AnyArr_set(slots, arg, AnyArr_get(slots, --sp));
          const b = <i32>(word(base, pc) >> 8);
          pc++;
          const v = AnyArr_get(slots, b);
          if (is_null(v)) { unboundLocal(code, b); break; }
          AnyArr_set(slots, sp++, v);
          continue;
        }
        case OPS.OP_LOAD_FAST__LOAD_ATTR: {
          const v = AnyArr_get(slots, arg);
          if (is_null(v)) { unboundLocal(code, arg); break; }
          AnyArr_set(slots, sp++, v);
          arg = <i32>(word(base, pc) >> 8);
          pc++;
        }
        // falls through: LOAD_ATTR with the second word's argument
        case OPS.OP_LOAD_ATTR: {
          extraCost(op);
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const v = loadAttr(code, pc - 1, AnyArr_get(slots, sp - 1), AnyArr_get(names, arg));
          if (is_null(v)) break;
          AnyArr_set(slots, sp - 1, v);
          continue;
        }
        case OPS.OP_STORE_ATTR: {
          extraCost(op);
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          sp -= 2;
          if (storeAttr(code, pc - 1, AnyArr_get(slots, sp + 1), AnyArr_get(names, arg), AnyArr_get(slots, sp)) < 0) break;
          continue;
        }
        case OPS.OP_DELETE_ATTR: {
          extraCost(op);
          sp--;
          if (delAttr(AnyArr_get(slots, sp), AnyArr_get(names, arg)) < 0) break;
          continue;
        }
        case OPS.OP_LOAD_METHOD: {
          extraCost(op);
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const obj = AnyArr_get(slots, sp - 1);
          const m = loadMethodIC(code, pc - 1, obj, AnyArr_get(names, arg));
          if (is_null(m)) break;
          if (icMethodSelf) { AnyArr_set(slots, sp - 1, m); AnyArr_set(slots, sp++, obj); }
          else { AnyArr_set(slots, sp - 1, null); AnyArr_set(slots, sp++, m); }
          continue;
        }
        case OPS.OP_LOAD_FAST__LOAD_SMALL_INT__BINARY_SUBSCR: {
          const v = AnyArr_get(slots, arg);
          if (is_null(v)) { unboundLocal(code, arg); break; }
          AnyArr_set(slots, sp++, v);
          AnyArr_set(slots, sp++, small_new(<i32>word(base, pc) >> 8));
          pc += 2;
        }
        // falls through: BINARY_SUBSCR (pc is past its word)
        case OPS.OP_BINARY_SUBSCR: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const key = AnyArr_get(slots, sp - 1), obj = AnyArr_get(slots, sp - 2);
          let v: anyref;
          if (List_is(obj) && small_is(key) && ref_eq(K.Obj_get_cls(obj), T_list)) {
            let i = small_get(key);
            const n = K.List_get_len(obj);
            if (i < 0) i += n;
            if (<u32>i < <u32>n) v = AnyArr_get(K.List_get_items(obj), i);
            else v = getItem(obj, key);
          } else v = getItem(obj, key);
          if (is_null(v)) break;
          sp--;
          AnyArr_set(slots, sp - 1, v);
          continue;
        }
        case OPS.OP_STORE_SUBSCR: {
          const key = AnyArr_get(slots, sp - 1), obj = AnyArr_get(slots, sp - 2);
          if (List_is(obj) && small_is(key) && ref_eq(K.Obj_get_cls(obj), T_list)) {
            let i = small_get(key);
            const n = K.List_get_len(obj);
            if (i < 0) i += n;
            if (<u32>i < <u32>n) { AnyArr_set(K.List_get_items(obj), i, AnyArr_get(slots, sp - 3)); sp -= 3; continue; }
          }
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          sp -= 3;
          if (setItem(AnyArr_get(slots, sp + 1), AnyArr_get(slots, sp + 2), AnyArr_get(slots, sp)) < 0) break;
          continue;
        }
        case OPS.OP_DELETE_SUBSCR: {
          sp -= 2;
          if (delItem(AnyArr_get(slots, sp), AnyArr_get(slots, sp + 1)) < 0) break;
          continue;
        }
        case OPS.OP_BUILD_SLICE: {
          let step: anyref = None;
          if (arg == 3) step = AnyArr_get(slots, --sp);
          const stop = AnyArr_get(slots, --sp);
          const start = AnyArr_get(slots, sp - 1);
          AnyArr_set(slots, sp - 1, K.Slice_new(T_slice, start, stop, step));
          continue;
        }
        case OPS.OP_BINARY_OP__STORE_FAST: {
          // + - * of two small ints or exactNum floats stored straight into the local; else BINARY_OP alone
          const b = AnyArr_get(slots, sp - 1), a = AnyArr_get(slots, sp - 2);
          const o = arg & 15;
          if (o <= 2) {
            let v: anyref = null;
            if (small_is(a) && small_is(b)) {
              const x = <i64>small_get(a), y = <i64>small_get(b);
              v = mkInt(o == 0 ? x + y : o == 1 ? x - y : x * y);
            } else if ((K.Float_is(a) || K.Float_is(b)) && exactNum(a) && exactNum(b)) {
              const x = numF64(a), y = numF64(b);
              v = mkFloat(o == 0 ? x + y : o == 1 ? x - y : x * y);
            }
            if (!is_null(v)) {
              sp -= 2;
              AnyArr_set(slots, <i32>(word(base, pc) >> 8), v);
              pc++;
              continue;
            }
          }
        }
        // falls through (not a triple: the preamble below is skipped) into BINARY_OP
        case OPS.OP_LOAD_FAST__LOAD_FAST__BINARY_OP: case OPS.OP_LOAD_FAST__LOAD_SMALL_INT__BINARY_OP: if (op != OPS.OP_BINARY_OP__STORE_FAST) {
          const v = AnyArr_get(slots, arg);
          if (is_null(v)) { unboundLocal(code, arg); break; }
          const w2 = word(base, pc);
          let v2: anyref;
          if (op == OPS.OP_LOAD_FAST__LOAD_SMALL_INT__BINARY_OP) v2 = small_new(<i32>w2 >> 8);
          else {
            const b = <i32>(w2 >> 8);
            v2 = AnyArr_get(slots, b);
            if (is_null(v2)) { pc++; unboundLocal(code, b); break; }
          }
          AnyArr_set(slots, sp++, v);
          AnyArr_set(slots, sp++, v2);
          arg = <i32>(word(base, pc + 1) >> 8);
          pc += 2;
        }
        // falls through: BINARY_OP with the third word's argument (pc is past its word)
        case OPS.OP_BINARY_OP: {
          const b = AnyArr_get(slots, sp - 1), a = AnyArr_get(slots, sp - 2);
          let v: anyref;
          if (small_is(a) && small_is(b)) {
            const x = <i64>small_get(a), y = <i64>small_get(b);
            const o = arg & 15;
            if (o == 0) v = mkInt(x + y);
            else if (o == 1) v = mkInt(x - y);
            else if (o == 2) v = mkInt(x * y);
            else if (o != 12) v = intBinop(x, y, o);
            else { K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp); v = binaryOp(a, b, arg); }   // int @ int: TypeError
          } else if ((arg & 15) <= 6 && (K.Float_is(a) || K.Float_is(b)) && exactNum(a) && exactNum(b)) {
            // float with float or small int: + - * here, / // % ** (zero checks, Python's rounding) in floatBinop
            const x = numF64(a), y = numF64(b);
            const o = arg & 15;
            if (o <= 2) v = mkFloat(o == 0 ? x + y : o == 1 ? x - y : x * y);
            else { K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp); v = floatBinop(x, y, o); }
          } else if (arg == 16 && Str_is(a) && Str_is(b) && ref_eq(K.Obj_get_cls(a), C.T_str) && ref_eq(K.Obj_get_cls(b), C.T_str)) {
            K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
            v = strAppend(a, b);   // s += t: amortized in place
          } else {
            K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
            v = binaryOp(a, b, arg);
          }
          if (is_null(v)) break;
          sp--;
          AnyArr_set(slots, sp - 1, v);
          continue;
        }
        case OPS.OP_UNARY_NEGATIVE: case OPS.OP_UNARY_POSITIVE: case OPS.OP_UNARY_INVERT: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const v = unaryOp(AnyArr_get(slots, sp - 1), op == OPS.OP_UNARY_NEGATIVE ? UN_NEG : op == OPS.OP_UNARY_POSITIVE ? UN_POS : UN_INVERT);
          if (is_null(v)) break;
          AnyArr_set(slots, sp - 1, v);
          continue;
        }
        case OPS.OP_UNARY_NOT: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const t = truthy(AnyArr_get(slots, sp - 1));
          if (t < 0) break;
          AnyArr_set(slots, sp - 1, t ? False : True);
          continue;
        }
        case OPS.OP_COMPARE_OP__POP_JUMP_IF_FALSE: case OPS.OP_COMPARE_OP__POP_JUMP_IF_TRUE: {
          const b = AnyArr_get(slots, sp - 1), a = AnyArr_get(slots, sp - 2);
          if (small_is(a) && small_is(b)) {
            const x = small_get(a), y = small_get(b);
            const r = cmpOp(arg, x, y);
            sp -= 2;
            const target = <i32>(word(base, pc) >> 8);
            pc++;
            const n = pc - mark; mark = pc;
            if (!meter(n)) break;
            if (r == (op == OPS.OP_COMPARE_OP__POP_JUMP_IF_TRUE)) pc = mark = target;
            continue;
          }
        }
        // falls through: COMPARE_OP alone (the jump word runs next)
        case OPS.OP_COMPARE_OP: {
          const b = AnyArr_get(slots, sp - 1), a = AnyArr_get(slots, sp - 2);
          let v: anyref;
          if (small_is(a) && small_is(b)) {
            const x = small_get(a), y = small_get(b);
            const r = cmpOp(arg, x, y);
            v = r ? True : False;
          } else if ((K.Float_is(a) || K.Float_is(b)) && exactNum(a) && exactNum(b)) {
            const x = numF64(a), y = numF64(b);   // NaN: only != is true, as f64 comparisons give
            const r = cmpOp(arg, x, y);
            v = r ? True : False;
          } else {
            K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
            v = richCompare(a, b, arg);
          }
          if (is_null(v)) break;
          sp--;
          AnyArr_set(slots, sp - 1, v);
          continue;
        }
        case OPS.OP_IS_OP: {
          sp--;
          const r = ref_eq(AnyArr_get(slots, sp - 1), AnyArr_get(slots, sp)) != (arg != 0);
          AnyArr_set(slots, sp - 1, r ? True : False);
          continue;
        }
        case OPS.OP_CONTAINS_OP: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const r = contains(AnyArr_get(slots, sp - 1), AnyArr_get(slots, sp - 2));
          if (r < 0) break;
          sp--;
          AnyArr_set(slots, sp - 1, (r != 0) != (arg != 0) ? True : False);
          continue;
        }
        case OPS.OP_BUILD_TUPLE: {
          if (arg == 0) { AnyArr_set(slots, sp++, EmptyTuple); continue; }
          const a = AnyArr_new(arg);
          sp -= arg;
          AnyArr_copy(a, 0, slots, sp, arg);
          AnyArr_set(slots, sp++, tupleOf(a));
          continue;
        }
        case OPS.OP_BUILD_LIST: {
          const a = AnyArr_new(arg < 4 ? 4 : arg);
          sp -= arg;
          AnyArr_copy(a, 0, slots, sp, arg);
          AnyArr_set(slots, sp++, K.List_new(T_list, a, arg));
          continue;
        }
        case OPS.OP_BUILD_SET: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const s = setNew(C.T_set);
          sp -= arg;
          let ok = true;
          for (let i = 0; i < arg; i++) if (setAdd(s, AnyArr_get(slots, sp + i)) < 0) { ok = false; break; }
          if (!ok) break;
          AnyArr_set(slots, sp++, s);
          continue;
        }
        case OPS.OP_BUILD_MAP: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const d = dictNew(T_dict, arg);
          sp -= 2 * arg;
          let ok = true;
          for (let i = 0; i < arg; i++) if (dictSet(d, AnyArr_get(slots, sp + 2 * i), AnyArr_get(slots, sp + 2 * i + 1)) < 0) { ok = false; break; }
          if (!ok) break;
          AnyArr_set(slots, sp++, d);
          continue;
        }
        case OPS.OP_BUILD_CONST_KEY_MAP: {
          const keys = Tuple_get_items(AnyArr_get(slots, --sp));
          const d = dictNew(T_dict, arg);
          sp -= arg;
          let ok = true;
          for (let i = 0; i < arg; i++) if (dictSet(d, AnyArr_get(keys, i), AnyArr_get(slots, sp + i)) < 0) { ok = false; break; }
          if (!ok) break;
          AnyArr_set(slots, sp++, d);
          continue;
        }
        case OPS.OP_BUILD_STRING: {
          sp -= arg;
          const m = sbLen;
          for (let i = 0; i < arg; i++) sbStr(AnyArr_get(slots, sp + i));
          AnyArr_set(slots, sp++, sbTakeStr(m));
          continue;
        }
        case OPS.OP_LIST_APPEND: listAppend(AnyArr_get(slots, sp - 1 - arg), AnyArr_get(slots, sp - 1)); sp--; continue;
        case OPS.OP_SET_ADD: {
          if (setAdd(AnyArr_get(slots, sp - 1 - arg), AnyArr_get(slots, sp - 1)) < 0) break;
          sp--;
          continue;
        }
        case OPS.OP_MAP_ADD: {
          if (dictSet(AnyArr_get(slots, sp - 2 - arg), AnyArr_get(slots, sp - 2), AnyArr_get(slots, sp - 1)) < 0) break;
          sp -= 2;
          continue;
        }
        case OPS.OP_LIST_EXTEND: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          let src = AnyArr_get(slots, sp - 1);
          if (!List_is(src) && !Tuple_is(src)) {
            // [*x] / f(*x) of a non-iterable: "Value after * must be an iterable, not T"
            const it0 = getIter(src);
            if (is_null(it0)) {
              if (C.fatal == 0 && isSubtype(typeOf(exc), E.TypeError) && is_null(userDunder(src, N.N_iter)) && is_null(userDunder(src, N.N_getitem))) {
                clearExc();
                const m = C.sbLen; C.sbLit("Value after * must be an iterable, not "); sbStr(typeName(src));
                raiseTypeError(C.sbTakeStr(m));
              }
              break;
            }
            src = it0;
          }
          const items = iterableToArray(src);
          if (is_null(items)) break;
          listExtendArr(AnyArr_get(slots, sp - 1 - arg), items, AnyArr_len(items));
          sp--;
          continue;
        }
        case OPS.OP_SET_UPDATE: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          if (setUpdate(AnyArr_get(slots, sp - 1 - arg), AnyArr_get(slots, sp - 1)) < 0) break;
          sp--;
          continue;
        }
        case OPS.OP_DICT_UPDATE: case OPS.OP_DICT_MERGE: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          if (dictUpdateFrom(AnyArr_get(slots, sp - 1 - arg), AnyArr_get(slots, sp - 1), op == OPS.OP_DICT_MERGE) < 0) {
            if (op == OPS.OP_DICT_MERGE) mergeArgError(AnyArr_get(slots, sp - 3 - arg), AnyArr_get(slots, sp - 1));
            break;
          }
          sp--;
          continue;
        }
        case OPS.OP_LIST_TO_TUPLE: {
          const l = AnyArr_get(slots, sp - 1);
          AnyArr_set(slots, sp - 1, tupleOf(listToArr(l)));
          continue;
        }
        case OPS.OP_UNPACK_SEQUENCE: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const seq = AnyArr_get(slots, sp - 1);
          let items: anyref;
          let n: i32;
          if (Tuple_is(seq)) { items = Tuple_get_items(seq); n = AnyArr_len(items); }
          else if (List_is(seq)) { items = K.List_get_items(seq); n = K.List_get_len(seq); }
          else { items = unpackIter(seq, arg); if (is_null(items)) break; n = AnyArr_len(items); }
          if (n != arg) { unpackError(n, arg); break; }
          sp--;
          for (let i = arg - 1; i >= 0; i--) AnyArr_set(slots, sp++, AnyArr_get(items, i));
          continue;
        }
        case OPS.OP_UNPACK_EX: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const before = arg & 0xfff, after = arg >> 12;
          const items = iterableToArray(AnyArr_get(slots, sp - 1));
          if (is_null(items)) break;
          const n = AnyArr_len(items);
          if (n < before + after) {
            const m = sbLen; sbLit("not enough values to unpack (expected at least "); sbI64(before + after); sbLit(", got "); sbI64(n); sbByte(41);
            raiseWith(E.ValueError, sbTakeStr(m));
            break;
          }
          sp--;
          for (let i = n - 1; i >= n - after; i--) AnyArr_set(slots, sp++, AnyArr_get(items, i));
          const mid = n - after - before;
          const ma = AnyArr_new(mid);
          AnyArr_copy(ma, 0, items, before, mid);
          AnyArr_set(slots, sp++, listFromArr(ma, mid));
          for (let i = before - 1; i >= 0; i--) AnyArr_set(slots, sp++, AnyArr_get(items, i));
          continue;
        }
        case OPS.OP_FORMAT_VALUE: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          let spec: anyref = null;
          if (arg & 4) spec = AnyArr_get(slots, --sp);
          const v = formatValue(AnyArr_get(slots, sp - 1), arg & 3, spec);
          if (is_null(v)) break;
          AnyArr_set(slots, sp - 1, v);
          continue;
        }
        case OPS.OP_JUMP: {
          const n = pc - mark; mark = pc;
          if (!meter(n)) break;
          pc = mark = arg;
          continue;
        }
        case OPS.OP_POP_JUMP_IF_FALSE: case OPS.OP_POP_JUMP_IF_TRUE: {
          const v = AnyArr_get(slots, --sp);
          let t: i32;
          if (ref_eq(v, True)) t = 1;
          else if (ref_eq(v, False)) t = 0;
          else { K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp); t = truthy(v); if (t < 0) break; }
          const n = pc - mark; mark = pc;
          if (!meter(n)) break;
          if ((t != 0) == (op == OPS.OP_POP_JUMP_IF_TRUE)) pc = mark = arg;
          continue;
        }
        case OPS.OP_POP_JUMP_IF_NONE: case OPS.OP_POP_JUMP_IF_NOT_NONE: {
          const n = pc - mark; mark = pc;
          if (!meter(n)) break;
          if (ref_eq(AnyArr_get(slots, --sp), None) == (op == OPS.OP_POP_JUMP_IF_NONE)) pc = mark = arg;
          continue;
        }
        case OPS.OP_JUMP_IF_FALSE_OR_POP: case OPS.OP_JUMP_IF_TRUE_OR_POP: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const t = truthy(AnyArr_get(slots, sp - 1));
          if (t < 0) break;
          const n = pc - mark; mark = pc;
          if (!meter(n)) break;
          if ((t != 0) == (op == OPS.OP_JUMP_IF_TRUE_OR_POP)) pc = mark = arg; else sp--;
          continue;
        }
        case OPS.OP_GET_ITER: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const src = AnyArr_get(slots, sp - 1);
          // `for x in gen(...)`: a generator made by the CALL just before, going straight into a for
          // loop, is referenced by that loop only; when the loop drops it early (break, return, an
          // exception caught in this frame) it is closed as CPython's refcounting would close it
          if (ref_eq(src, freshGen) && ref_eq(f, freshGenFrame) && freshGenPc == pc - 1
              && ((word(base, pc) & 0xff) == OPS.OP_FOR_ITER || (word(base, pc) & 0xff) == OPS.OP_FOR_ITER__STORE_FAST) && GT.isPlainGen(src)) K.Gen_set_aflags(src, K.Gen_get_aflags(src) | GEN_LOOP_OWNED);
          freshGen = null; freshGenFrame = null;
          const it = getIter(src);
          if (is_null(it)) break;
          AnyArr_set(slots, sp - 1, it);
          continue;
        }
        case OPS.OP_FOR_ITER: case OPS.OP_FOR_ITER__STORE_FAST: {
          { const n = pc - mark; mark = pc; if (!meter(n)) break; }
          const it = AnyArr_get(slots, sp - 1);
          let v: anyref;
          if (K.RangeIter_is(it)) {
            const left = K.RangeIter_get_left(it);
            if (left <= 0) { sp--; pc = mark = arg; continue; }
            const cur = K.RangeIter_get_cur(it);
            K.RangeIter_set_left(it, left - 1);
            K.RangeIter_set_cur(it, cur + K.RangeIter_get_step(it));
            v = mkInt(cur);
          } else {
            K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
            v = iterNext(it);
            if (is_null(v)) {
              if (!is_null(exc)) break;
              sp--; pc = mark = arg; continue;
            }
          }
          if (op == OPS.OP_FOR_ITER__STORE_FAST) { AnyArr_set(slots, <i32>(word(base, pc) >> 8), v); pc++; }
          else AnyArr_set(slots, sp++, v);
          continue;
        }
        case OPS.OP_CALL: case OPS.OP_CALL_KW: {
          { const n = pc - mark + <i32>unchecked(OP_COST[op]) - 1; mark = pc; if (!meter(n)) break; }
          let kw: anyref = null;
          let nargs = arg;
          let top = sp;
          if (op == OPS.OP_CALL_KW) { kw = AnyArr_get(slots, sp - 1); top = sp - 1; }
          const fslot = top - nargs - 2;
          let callable = AnyArr_get(slots, fslot);
          let argStart = fslot + 1;
          if (is_null(callable)) { callable = AnyArr_get(slots, fslot + 1); argStart = fslot + 2; }
          else nargs++;
          // bound method on a plain call: unpack into function + self in place
          if (Method_is(callable) && argStart == fslot + 2) {
            AnyArr_set(slots, fslot, K.Method_get_func(callable));
            AnyArr_set(slots, fslot + 1, K.Method_get_self(callable));
            callable = K.Method_get_func(callable);
            argStart = fslot + 1;
            nargs++;
          }
          if (Func_is(callable)) {
            const fcode = K.Func_get_code(callable);
            if (depth >= maxDepth) { recursionError(); break; }
            const nf = callFrame(callable, fcode, f);
            if (is_null(kw) && (K.Code_get_flags(fcode) & CO_PLAIN_ARGS) != 0 && nargs == K.Code_get_argcount(fcode)) {
              AnyArr_copy(K.Frame_get_slots(nf), 0, slots, argStart, nargs);
            } else if (!bindArgs(callable, fcode, K.Frame_get_slots(nf), slots, argStart, nargs, kw)) break;
            if (K.Code_get_flags(fcode) & CO_GENLIKE) {
              sp = fslot;
              const ng = makeGenerator(nf);
              AnyArr_set(slots, sp++, ng);
              freshGen = ng; freshGenFrame = f; freshGenPc = pc;   // see GET_ITER
              continue;
            }
            K.Frame_set_pc(f, pc);
            K.Frame_set_sp(f, fslot);
            depth++;
            f = nf; M.setCurFrame(f); code = fcode; slots = K.Frame_get_slots(f); base = <usize>K.Code_get_base(code);
            consts = K.Code_get_consts(code); names = K.Code_get_names(code); pc = mark = 0; sp = stackBase(code);
            continue;
          }
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          let r: anyref;
          callerFrame = f;
          if (Builtin_is(callable)) {
            suspendOk = loops == 1 && ref_eq(callable, suspendFn);
            r = callNative(callable, K.Builtin_get_self(callable), slots, argStart, nargs, kw);
            suspendOk = false;
            if (is_null(r) && suspended) {
              // back to the host; resume() pushes the result at fslot
              K.Frame_set_pc(f, pc); K.Frame_set_sp(f, fslot);
              suspendedFrame = f;
              return null;
            }
          }
          else if (Type_is(callable)) {
            // user class with a Python __init__: run it as a frame of this loop
            const init = classInitFunc(callable);
            if (!is_null(init) && Func_is(init)) {
              const self = allocInstance(callable, slots, argStart, nargs, kw);
              if (is_null(self)) break;
              const icode = K.Func_get_code(init);
              if (depth >= maxDepth) { enterRecursive(" while calling a Python object"); break; }
              if (depth + 1 >= maxDepth) { recursionError(); break; }
              const nf = callFrame(init, icode, f);
              // bind (self, args…): put self into slot fslot (below args) and bind from there
              AnyArr_set(slots, argStart - 1, self);
              if (!bindArgs(init, icode, K.Frame_get_slots(nf), slots, argStart - 1, nargs + 1, kw)) break;
              K.Frame_set_flags(nf, FRAME_INIT);
              K.Frame_set_gen(nf, self);
              K.Frame_set_pc(f, pc);
              K.Frame_set_sp(f, fslot);
              depth += 2;   // the class call and the __init__ frame
              f = nf; M.setCurFrame(f); code = icode; slots = K.Frame_get_slots(f); base = <usize>K.Code_get_base(code);
              consts = K.Code_get_consts(code); names = K.Code_get_names(code); pc = mark = 0; sp = stackBase(code);
              continue;
            }
            r = callType(callable, slots, argStart, nargs, kw);
          }
          else r = callObject(callable, slots, argStart, nargs, kw);
          if (is_null(r)) break;
          sp = fslot;
          AnyArr_set(slots, sp++, r);
          continue;
        }
        case OPS.OP_CALL_FUNCTION_EX: {
          extraCost(op);
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          let kwargs: anyref = null;
          if (arg & 1) kwargs = AnyArr_get(slots, --sp);
          const posArg = AnyArr_get(slots, --sp);
          const callable = AnyArr_get(slots, --sp);
          sp--; // NULL
          const pos = iterableToArray(posArg);
          if (is_null(pos)) { starArgError(callable, posArg); break; }
          const np = AnyArr_len(pos);
          let r: anyref;
          let xargs = pos, xn = np;
          let xkw: anyref = null;
          if (!is_null(kwargs) && !ref_eq(C.None, kwargs)) {
            // flatten kwargs into names tuple + values after the positional ones
            if (!Dict_is(kwargs)) { raiseTypeError(strLit("argument after ** must be a mapping")); break; }
            const nk = K.Dict_get_count(kwargs);
            const all = AnyArr_new(np + nk);
            AnyArr_copy(all, 0, pos, 0, np);
            const kn = AnyArr_new(nk);
            let j = 0;
            let i = dictNext(kwargs, 0);
            let bad = false;
            while (i >= 0) {
              const k = dictKeyAt(kwargs, i);
              if (!Str_is(k)) { bad = true; break; }
              AnyArr_set(kn, j, k); AnyArr_set(all, np + j, dictValAt(kwargs, i)); j++;
              i = dictNext(kwargs, i + 1);
            }
            if (bad) { raiseTypeError(strLit("keywords must be strings")); break; }
            xargs = all; xn = np + nk; xkw = tupleOf(kn);
          }
          // a Python function (or a bound method of one) runs as a frame of this loop, as with CALL:
          // f(*a, **k) in wrappers and decorators then costs no wasm recursion and can suspend
          let xf = callable;
          if (Method_is(xf) && Func_is(K.Method_get_func(xf))) {
            const a2 = AnyArr_new(xn + 1);
            AnyArr_set(a2, 0, K.Method_get_self(xf));
            AnyArr_copy(a2, 1, xargs, 0, xn);
            xargs = a2; xn++; xf = K.Method_get_func(xf);
          }
          if (Func_is(xf) && (K.Code_get_flags(K.Func_get_code(xf)) & CO_GENLIKE) == 0) {
            const fcode = K.Func_get_code(xf);
            if (depth >= maxDepth) { recursionError(); break; }
            const nf = callFrame(xf, fcode, f);
            if (!bindArgs(xf, fcode, K.Frame_get_slots(nf), xargs, 0, xn, xkw)) break;
            { const n = pc - mark; mark = pc; if (!meter(n)) break; }
            K.Frame_set_pc(f, pc);
            K.Frame_set_sp(f, sp);
            depth++;
            f = nf; M.setCurFrame(f); code = fcode; slots = K.Frame_get_slots(f); base = <usize>K.Code_get_base(code);
            consts = K.Code_get_consts(code); names = K.Code_get_names(code); pc = mark = 0; sp = stackBase(code);
            continue;
          }
          r = callObject(xf, xargs, 0, xn, xkw);
          if (is_null(r)) break;
          AnyArr_set(slots, sp++, r);
          continue;
        }
        case OPS.OP_MAKE_FUNCTION: {
          const fcode = AnyArr_get(slots, --sp);
          let closure: anyref = null, annotations: anyref = null, kwdefaults: anyref = null, defaults: anyref = null;
          if (arg & 8) closure = AnyArr_get(slots, --sp);
          if (arg & 4) annotations = AnyArr_get(slots, --sp);
          if (arg & 2) kwdefaults = AnyArr_get(slots, --sp);
          if (arg & 1) defaults = AnyArr_get(slots, --sp);
          const g = K.Frame_get_globals(f);
          const modname = dictGetStr(g, N.N_name, strHash(N.N_name));
          const consts0 = K.Code_get_consts(fcode);
          // a docstring is the first constant when the code flags say so (flag 0x4000_0000)
          let doc: anyref = None;
          if ((K.Code_get_flags(fcode) & 0x40000000) != 0 && AnyArr_len(consts0) > 0) doc = AnyArr_get(consts0, 0);
          const fn = K.Func_new(T_function, fcode, g, defaults, kwdefaults, closure, K.Code_get_name(fcode), K.Code_get_qualname(fcode),
            null, doc, annotations, is_null(modname) ? None : modname);
          AnyArr_set(slots, sp++, fn);
          continue;
        }
        case OPS.OP_RETURN_VALUE: {
          { const n = pc - mark; mark = pc; if (!meter(n)) break; }
          let v = AnyArr_get(slots, --sp);
          const flags = K.Frame_get_flags(f);
          if (flags & FRAME_INIT) {
            if (!ref_eq(v, None)) {
              const m = sbLen; sbLit("__init__() should return None, not '"); sbStr(typeName(v)); sbByte(39);
              raiseTypeError(sbTakeStr(m));
              break;
            }
            v = K.Frame_get_gen(f);
            depth--;
          }
          depth--;
          if (flags & FRAME_ENTRY) {
            K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
            genYielded = false;
            return v;
          }
          const done = f;
          f = K.Frame_get_back(f); M.setCurFrame(f);
          releaseFrame(done);
          code = K.Frame_get_code(f); slots = K.Frame_get_slots(f); base = <usize>K.Code_get_base(code);
          consts = K.Code_get_consts(code); names = K.Code_get_names(code);
          pc = mark = K.Frame_get_pc(f); sp = K.Frame_get_sp(f);
          AnyArr_set(slots, sp++, v);
          continue;
        }
        case OPS.OP_YIELD_VALUE: {
          // only generator frames are entry frames here: suspend and return the value
          { const n = pc - mark; mark = pc; if (!meter(n)) break; }
          const v = AnyArr_get(slots, --sp);
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          genYielded = true;
          depth--;
          return v;
        }
        case OPS.OP_RETURN_GENERATOR: case OPS.OP_GEN_START: continue;
        case OPS.OP_GET_YIELD_FROM_ITER: {
          const x = AnyArr_get(slots, sp - 1);
          if (GT.isCoroutine(x)) {
            if ((K.Code_get_flags(code) & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) == 0) {
              raiseTypeError(strLit("cannot 'yield from' a coroutine object in a non-coroutine generator"));
              break;
            }
            continue;
          }
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const it = getIter(x);
          if (is_null(it)) break;
          AnyArr_set(slots, sp - 1, it);
          continue;
        }
        case OPS.OP_SEND: {
          // stack: receiver, value → receiver, yielded value (then YIELD_VALUE) or pop and push result
          { const n = pc - mark; mark = pc; if (!meter(n)) break; }
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const v = AnyArr_get(slots, sp - 1);
          const recv = AnyArr_get(slots, sp - 2);
          let r: anyref;
          if (K.Gen_is(recv)) { genReturnValue = null; r = genSend(recv, v); }
          else r = sendGeneric(recv, v);
          if (is_null(r)) {
            if (!is_null(exc)) break;
            sp -= 2;
            AnyArr_set(slots, sp++, is_null(genReturnValue) ? None : genReturnValue);
            genReturnValue = null;
            pc = mark = arg;
            continue;
          }
          AnyArr_set(slots, sp - 1, r);
          continue;
        }
        case OPS.OP_LOAD_BUILD_CLASS: AnyArr_set(slots, sp++, dictGetStr(builtinsDict, N.N_build_class, strHash(N.N_build_class))); continue;
        case OPS.OP_SETUP_ANNOTATIONS: {
          const loc = K.Frame_get_locals(f);
          if (is_null(dictGetStr(loc, N.N_annotations, strHash(N.N_annotations)))) dictSetH(loc, N.N_annotations, strHash(N.N_annotations), dictNew());
          continue;
        }
        case OPS.OP_RAISE_VARARGS: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          if (arg == 0) {
            if (is_null(curExc)) { raiseLit(E.RuntimeError, "No active exception to reraise"); break; }
            setExc(curExc);
            addTb = false;
            break;
          }
          let cause: anyref = null;
          if (arg == 2) cause = AnyArr_get(slots, --sp);
          const e = makeRaisable(AnyArr_get(slots, --sp));
          if (is_null(e)) break;
          if (arg == 2) {
            if (ref_eq(cause, None)) { K.Exc_set_cause(e, None); K.Exc_set_suppress(e, 1); }
            else {
              const c = makeRaisable(cause);
              if (is_null(c)) { clearExc(); raiseTypeError(strLit("exception causes must derive from BaseException")); break; }
              K.Exc_set_cause(e, c); K.Exc_set_suppress(e, 1);
            }
          }
          setExc(e);
          break;
        }
        case OPS.OP_RERAISE: {
          setExc(AnyArr_get(slots, --sp));
          addTb = false;
          break;
        }
        case OPS.OP_PUSH_EXC_INFO: {
          const e = AnyArr_get(slots, sp - 1);
          AnyArr_set(slots, sp - 1, is_null(curExc) ? None : curExc);
          AnyArr_set(slots, sp++, e);
          curExc = e;
          continue;
        }
        case OPS.OP_POP_EXCEPT: {
          const prev = AnyArr_get(slots, --sp);
          curExc = ref_eq(prev, None) ? null : prev;
          continue;
        }
        case OPS.OP_CHECK_EXC_MATCH: {
          const r = excMatches(AnyArr_get(slots, sp - 2), AnyArr_get(slots, sp - 1));
          if (r < 0) break;
          AnyArr_set(slots, sp - 1, r ? True : False);
          continue;
        }
        case OPS.OP_LOAD_ASSERTION_ERROR: AnyArr_set(slots, sp++, E.AssertionError); continue;
        case OPS.OP_BEFORE_WITH: {
          extraCost(op);
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const mgr = AnyArr_get(slots, sp - 1);
          const enter = lookupSpecial(mgr, N.N_enter);
          if (is_null(enter)) break;
          const exit = lookupSpecial(mgr, N.N_exit);
          if (is_null(exit)) break;
          const r = callObject0(enter);
          if (is_null(r)) break;
          AnyArr_set(slots, sp - 1, exit);
          AnyArr_set(slots, sp++, r);
          continue;
        }
        case OPS.OP_WITH_EXCEPT_START: {
          extraCost(op);
          // stack: exit, prev_exc, exc → exit, prev_exc, exc, exit(type, exc, tb)
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const e = AnyArr_get(slots, sp - 1);
          const exit = AnyArr_get(slots, sp - 3);
          const a = AnyArr_new(3);
          AnyArr_set(a, 0, typeOf(e)); AnyArr_set(a, 1, e);
          const tb = Exc_is(e) ? K.Exc_get_tb(e) : null;
          AnyArr_set(a, 2, is_null(tb) ? None : tb);
          const r = callObject(exit, a, 0, 3, null);
          if (is_null(r)) break;
          AnyArr_set(slots, sp++, r);
          continue;
        }
        case OPS.OP_IMPORT_NAME: {
          extraCost(op);
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const m = importModule(AnyArr_get(names, arg), AnyArr_get(slots, sp - 1), AnyArr_get(slots, sp - 2), K.Frame_get_globals(f));
          if (is_null(m)) break;
          sp--;
          AnyArr_set(slots, sp - 1, m);
          continue;
        }
        case OPS.OP_IMPORT_FROM: {
          extraCost(op);
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const mod = AnyArr_get(slots, sp - 1);
          const name = AnyArr_get(names, arg);
          let v = getAttr(mod, name);
          if (is_null(v) && K.Module_is(mod)) {
            // a submodule not imported yet: `from pkg import sub`
            clearExc();
            const m = sbLen; sbStr(K.Module_get_name(mod)); sbByte(46); sbStr(name);
            const full = internName(sbTakeStr(m));
            v = importOne(full, mod);
            if (is_null(v) && !is_null(exc) && !isSubtype(typeOf(exc), E.ModuleNotFoundError)) break;
          }
          if (is_null(v)) {
            clearExc();
            const m = sbLen; sbLit("cannot import name '"); sbStr(name); sbLit("' from '");
            if (K.Module_is(mod)) sbStr(K.Module_get_name(mod)); sbByte(39);
            raiseWith(E.ImportError, sbTakeStr(m));
            break;
          }
          AnyArr_set(slots, sp++, v);
          continue;
        }
        case OPS.OP_IMPORT_STAR: {
          extraCost(op);
          const mod = AnyArr_get(slots, --sp);
          if (K.Module_is(mod)) {
            const d = K.Module_get_dict(mod);
            const loc = K.Frame_get_locals(f);
            let i = dictNext(d, 0);
            while (i >= 0) {
              const k = dictKeyAt(d, i);
              if (Str_is(k) && K.Bytes_len(K.Str_get_data(k)) > 0 && K.Bytes_get(K.Str_get_data(k), 0) != 95) dictSet(loc, k, dictValAt(d, i));
              i = dictNext(d, i + 1);
            }
          }
          continue;
        }
        case OPS.OP_PRINT_EXPR: {
          const v = AnyArr_get(slots, --sp);
          if (!ref_eq(v, None)) {
            // sys.displayhook: print the repr, then bind builtins._ to the value (REPL sessions)
            const r = repr(v);
            if (is_null(r)) break;
            writeStrLine(r);
            dictSet(builtinsDict, internName(strLit("_")), v);
          }
          continue;
        }
        case OPS.OP_MATCH_MAPPING: {
          const v = AnyArr_get(slots, sp - 1);
          AnyArr_set(slots, sp++, Dict_is(v) ? True : False);
          continue;
        }
        case OPS.OP_MATCH_SEQUENCE: {
          const v = AnyArr_get(slots, sp - 1);
          AnyArr_set(slots, sp++, List_is(v) || Tuple_is(v) || K.Range_is(v) ? True : False);
          continue;
        }
        case OPS.OP_MATCH_KEYS: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const r = matchKeys(AnyArr_get(slots, sp - 2), AnyArr_get(slots, sp - 1));
          if (is_null(r)) break;
          AnyArr_set(slots, sp++, r);
          continue;
        }
        case OPS.OP_MATCH_CLASS: {
          extraCost(op);
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const r = matchClass(AnyArr_get(slots, sp - 3), AnyArr_get(slots, sp - 2), arg, AnyArr_get(slots, sp - 1));
          if (is_null(r)) break;
          sp -= 2;
          AnyArr_set(slots, sp - 1, r);
          continue;
        }
        case OPS.OP_GET_LEN: {
          const n = lenOfForMatch(AnyArr_get(slots, sp - 1));
          if (is_null(n)) break;
          AnyArr_set(slots, sp++, n);
          continue;
        }
        case OPS.OP_GET_AWAITABLE: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const it = getAwaitable(AnyArr_get(slots, sp - 1), arg);
          if (is_null(it)) break;
          AnyArr_set(slots, sp - 1, it);
          continue;
        }
        case OPS.OP_GET_AITER: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const it = getAiter(AnyArr_get(slots, sp - 1));
          if (is_null(it)) break;
          AnyArr_set(slots, sp - 1, it);
          continue;
        }
        case OPS.OP_GET_ANEXT: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const aw = getAnext(AnyArr_get(slots, sp - 1));
          if (is_null(aw)) break;
          AnyArr_set(slots, sp++, aw);
          continue;
        }
        case OPS.OP_END_ASYNC_FOR: {
          const e = AnyArr_get(slots, sp - 1);
          if (isSubtype(typeOf(e), E.StopAsyncIteration)) { sp -= 2; continue; }
          sp -= 2;
          setExc(e);
          addTb = false;
          break;
        }
        case OPS.OP_BEFORE_ASYNC_WITH: {
          extraCost(op);
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const mgr = AnyArr_get(slots, sp - 1);
          const enter = asyncWithMethod(mgr, N_aenter(), false);
          if (is_null(enter)) break;
          const exit = asyncWithMethod(mgr, N_aexit(), true);
          if (is_null(exit)) break;
          const r = callObject0(enter);
          if (is_null(r)) break;
          AnyArr_set(slots, sp - 1, exit);
          AnyArr_set(slots, sp++, r);
          continue;
        }
        case OPS.OP_ASYNC_GEN_WRAP: AnyArr_set(slots, sp - 1, GT.agenWrap(AnyArr_get(slots, sp - 1))); continue;
        case OPS.OP_CHECK_EG_MATCH: {
          // exc, type → rest, match  (no match: exc, None)
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const h = egHelper("_check_eg_match");
          if (is_null(h)) break;
          const r = callObject2(h, AnyArr_get(slots, sp - 2), AnyArr_get(slots, sp - 1));
          if (is_null(r)) break;
          const items = Tuple_get_items(r);
          const match = AnyArr_get(items, 1);
          if (ref_eq(match, None)) { AnyArr_set(slots, sp - 1, None); continue; }
          AnyArr_set(slots, sp - 2, AnyArr_get(items, 0));
          AnyArr_set(slots, sp - 1, match);
          curExc = match;
          continue;
        }
        case OPS.OP_PREP_RERAISE_STAR: {
          K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
          const h = egHelper("_prep_reraise_star");
          if (is_null(h)) break;
          const r = callObject2(h, AnyArr_get(slots, sp - 2), AnyArr_get(slots, sp - 1));
          if (is_null(r)) break;
          sp--;
          AnyArr_set(slots, sp - 1, r);
          continue;
        }
        default: {
          const m = sbLen; sbLit("opcode not implemented: "); sbI64(op);
          raiseWith(E.SystemError, sbTakeStr(m));
          break;
        }
      }
      break; // an operation failed: unwind
    }

    // ---- unwind ----
    // pc - 1 is the failing instruction.
    C.chargeLater(pc - mark);
    throwNow = false;
    let e = exc;
    if (addTb && !fatal) {
      if (Exc_is(e) && !is_null(curExc) && !ref_eq(curExc, e) && is_null(K.Exc_get_context(e))) K.Exc_set_context(e, curExc);
      addTraceback(e, code, pc - 1);
    }
    addTb = true;
    let handled = false;
    while (true) {
      if (!fatal && findHandler(code, pc - 1)) {
        // (closing a generator below runs Python code, which may look up handlers itself)
        const hTarget = handlerTarget;
        const nsp = stackBase(code) + handlerDepth;
        // loop-owned generators on the discarded part of the stack are closed (see GET_ITER)
        for (let k = sp - 1; k >= nsp; k--) {
          const v = AnyArr_get(slots, k);
          if (K.Gen_is(v) && (K.Gen_get_aflags(v) & GEN_LOOP_OWNED) != 0) {
            K.Frame_set_pc(f, pc); K.Frame_set_sp(f, k);
            clearExc();
            const ok = closeLoopGen(v);
            if (!ok) { e = exc; break; }   // a LimitError while closing replaces the exception
            setExc(e);
          }
        }
        if (fatal) continue;
        sp = nsp;
        AnyArr_set(slots, sp++, e);
        clearExc();
        pc = mark = hTarget;
        handled = true;
        break;
      }
      // no handler here: leave this frame
      const flags = K.Frame_get_flags(f);
      depth -= (flags & FRAME_INIT) != 0 ? 2 : 1;
      if (flags & FRAME_ENTRY) {
        K.Frame_set_pc(f, pc); K.Frame_set_sp(f, sp);
        genYielded = false;
        return null;
      }
      f = K.Frame_get_back(f); M.setCurFrame(f);
      code = K.Frame_get_code(f); slots = K.Frame_get_slots(f); base = <usize>K.Code_get_base(code);
      consts = K.Code_get_consts(code); names = K.Code_get_names(code);
      pc = mark = K.Frame_get_pc(f); sp = K.Frame_get_sp(f);
      if (!fatal) addTraceback(e, code, pc - 1);
    }
    if (!handled) return null;
  }
  return null;
}

function unpackError(n: i32, expected: i32): void {
  const m = sbLen;
  if (n > expected) { sbLit("too many values to unpack (expected "); sbI64(expected); sbByte(41); }
  else { sbLit("not enough values to unpack (expected "); sbI64(expected); sbLit(", got "); sbI64(n); sbByte(41); }
  raiseWith(E.ValueError, sbTakeStr(m));
}
/** Items of an iterable for unpacking into `expected` targets, stopping early when too many. */
function unpackIter(seq: anyref, expected: i32): anyref {
  const it = getIter(seq);
  if (is_null(it)) {
    if (isSubtype(typeOf(exc), E.TypeError)) {
      clearExc();
      const m = sbLen; sbLit("cannot unpack non-iterable "); sbStr(typeName(seq)); sbLit(" object");
      raiseTypeError(sbTakeStr(m));
    }
    return null;
  }
  const a = AnyArr_new(expected + 1);
  let n = 0;
  while (n <= expected) {
    const v = iterNext(it);
    if (is_null(v)) { if (!is_null(exc)) return null; break; }
    AnyArr_set(a, n++, v);
  }
  const r = AnyArr_new(n);
  AnyArr_copy(r, 0, a, 0, n);
  return r;
}

function dictUpdateFrom(d: anyref, src: anyref, merge: bool): i32 {
  if (Dict_is(src)) {
    if (merge) {
      let i = dictNext(src, 0);
      while (i >= 0) {
        const k = dictKeyAt(src, i);
        const existing = dictGet(d, k);
        if (!is_null(existing)) {
          const m = sbLen; sbLit("got multiple values for keyword argument '"); strInto_(k); sbByte(39);
          raiseTypeError(sbTakeStr(m));
          return -1;
        }
        if (dictSet(d, k, dictValAt(src, i)) < 0) return -1;
        i = dictNext(src, i + 1);
      }
      return 0;
    }
    return dictMerge(d, src);
  }
  const m = sbLen; sbLit("'"); sbStr(typeName(src)); sbLit("' object is not a mapping");
  raiseTypeError(sbTakeStr(m));
  return -1;
}
import { strInto as strInto_, lenOf } from "./ops";

/** MATCH_KEYS: a tuple of the values for `keys` in mapping `subj`, or None if one is missing. */
function matchKeys(subj: anyref, keys: anyref): anyref {
  const ks = Tuple_get_items(keys);
  const n = AnyArr_len(ks);
  const out = AnyArr_new(n);
  for (let i = 0; i < n; i++) {
    const v = dictGet(subj, AnyArr_get(ks, i));
    if (is_null(v)) return is_null(exc) ? None : null;
    AnyArr_set(out, i, v);
  }
  return tupleOf(out);
}

/** MATCH_CLASS: isinstance check plus attribute extraction (positional via __match_args__). */
function matchClass(subj: anyref, cls: anyref, npos: i32, kwnames: anyref): anyref {
  if (!Type_is(cls)) { raiseTypeError(strLit("called match pattern must be a type")); return null; }
  if (!isSubtype(typeOf(subj), cls)) return None;
  const kws = Tuple_get_items(kwnames);
  const nkw = AnyArr_len(kws);
  const out = AnyArr_new(npos + nkw);
  // seen attribute names: a name may be matched once (CPython's match_class_attr)
  const seen = AnyArr_new(npos + nkw);
  let nseen = 0;
  if (npos > 0) {
    const ma = typeLookup(cls, matchArgsName());
    let names: anyref = null;
    let matchSelf = false;
    if (is_null(ma)) {
      // builtin types that match themselves with one positional sub-pattern
      const k = K.Type_get_kind(cls);
      matchSelf = k == 1 || k == 2 || k == 3 || k == 4 || k == 5 || k == 6 || k == 7 || k == 8 || k == 9 || k == 12 || ref_eq(cls, C.T_bool);
      names = AnyArr_new(0);
    } else {
      if (!Tuple_is(ma) || !ref_eq(K.Obj_get_cls(ma), C.T_tuple)) {
        const m = sbLen; sbStr(K.Type_get_name(cls)); sbLit(".__match_args__ must be a tuple (got "); sbStr(typeName(ma)); sbByte(41);
        raiseTypeError(sbTakeStr(m)); return null;
      }
      names = Tuple_get_items(ma);
    }
    const allowed = matchSelf ? 1 : AnyArr_len(names);
    if (npos > allowed) {
      const m = sbLen; sbStr(K.Type_get_name(cls)); sbLit("() accepts "); sbI64(allowed); sbLit(" positional sub-pattern");
      if (allowed != 1) sbByte(115); sbLit(" ("); sbI64(npos); sbLit(" given)");
      raiseTypeError(sbTakeStr(m)); return null;
    }
    if (matchSelf) AnyArr_set(out, 0, subj);
    else for (let i = 0; i < npos; i++) {
      const nm = AnyArr_get(names, i);
      if (!Str_is(nm)) {
        const m = sbLen; sbLit("__match_args__ elements must be strings (got "); sbStr(typeName(nm)); sbByte(41);
        raiseTypeError(sbTakeStr(m)); return null;
      }
      const name = internName(nm);
      if (!matchSeen(cls, seen, nseen, name)) return null;
      AnyArr_set(seen, nseen++, name);
      const v = getAttr(subj, name);
      if (is_null(v)) { if (isSubtype(typeOf(exc), E.AttributeError)) { clearExc(); return None; } return null; }
      AnyArr_set(out, i, v);
    }
  }
  for (let i = 0; i < nkw; i++) {
    const name = AnyArr_get(kws, i);
    if (!matchSeen(cls, seen, nseen, name)) return null;
    AnyArr_set(seen, nseen++, name);
    const v = getAttr(subj, name);
    if (is_null(v)) { if (isSubtype(typeOf(exc), E.AttributeError)) { clearExc(); return None; } return null; }
    AnyArr_set(out, npos + i, v);
  }
  return tupleOf(out);
}
/** False (TypeError raised) when `name` was already matched by this class pattern. */
function matchSeen(cls: anyref, seen: anyref, n: i32, name: anyref): bool {
  for (let i = 0; i < n; i++) if (strEq_(AnyArr_get(seen, i), name)) {
    const m = sbLen; sbStr(K.Type_get_name(cls)); sbLit("() got multiple sub-patterns for attribute "); sbStr(repr(name));
    raiseTypeError(sbTakeStr(m)); return false;
  }
  return true;
}
import { strEq as strEq_ } from "./objects/str";
let matchArgs: anyref = null;
function matchArgsName(): anyref { if (is_null(matchArgs)) matchArgs = internName(strLit("__match_args__")); return matchArgs; }
import { intern as internName, strEqLit as strEqLit_ } from "./objects/str";

function lenOfForMatch(x: anyref): anyref { const n = lenOf(x); if (n < 0) return null; return mkInt(n); }

/** A special method looked up on the type and bound to x (with/for protocol). */
function lookupSpecial(x: anyref, name: anyref): anyref {
  const cls = typeOf(x);
  const m = typeLookup(cls, name);
  if (is_null(m)) {
    const mm = sbLen; sbLit("'"); sbStr(typeName(x)); sbLit("' object does not support the context manager protocol");
    if (ref_eq(name, N.N_exit)) sbLit(" (missed __exit__ method)");
    raiseTypeError(sbTakeStr(mm));
    return null;
  }
  if (Func_is(m)) return K.Method_new(C.T_method, m, x);
  if (Builtin_is(m)) return K.Builtin_new(C.T_builtin, K.Builtin_get_id(m), K.Builtin_get_name(m), x);
  return m;
}

function callMethodByName(obj: anyref, name: string, arg: anyref): anyref {
  const m = getAttr(obj, strLit(name));
  if (is_null(m)) return null;
  return callObject1(m, arg);
}

/** The Python __init__ of a user class (null when it is object's or a builtin's). */
function classInitFunc(cls: anyref): anyref {
  if ((K.Type_get_flags(cls) & TF_HEAP) == 0) return null;
  if (!ref_eq(K.Obj_get_cls(cls), C.T_type)) return null;   // a metaclass may define __call__
  if (!is_null(typeLookup(cls, N.N_new)) && !Builtin_is(typeLookup(cls, N.N_new))) return null; // custom __new__: use callType
  const init = typeLookup(cls, N.N_init);
  return init;
}
import { allocInstance } from "./objects/object";
import { loadGlobal, loadAttr, storeAttr, loadMethodIC, icMethodSelf, storeName } from "./icache";
import { importModule, importOne } from "./builtins/modules";
import { writeStrLine } from "./rt/io";
import { starArgError, mergeArgError } from "./callerrs";
