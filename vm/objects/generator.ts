// Generator, coroutine and async generator objects: send, throw, close, iteration, await.
// The suspended frame lives in the Gen struct; interp.genSend/genThrow resume it in a nested run
// of the dispatch loop. The awaitables that drive an async generator (asend/athrow, and
// coroutine.__await__()'s wrapper) are Wrap structs with their own classes; they follow the
// genSend convention: the next yielded value, or null with exc unset when finished (the result
// in genReturnValue), or null with exc set.
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, Type_is, Exc_is, Wrap_is, Obj_get_cls } from "../generated/kernel";
import { T_generator, T_object, None, exc, clearExc, setExc, strLit, typeOf } from "../rt/core";
import { raiseTypeError, raiseWith, raiseLit, newExc } from "../rt/errors";
import * as E from "./exceptions";
import { addMethod, isSubtype, newBuiltinType, K_FIXED } from "./type";
import { checkArgs } from "../rt/args";
import { genSend, genThrow, genClose, genReturnValue, setGenReturnValue, callObject, genThrowNoClose } from "../interp";

export let T_coroutine: anyref = null;
export let T_async_generator: anyref = null;
export let T_coroutine_wrapper: anyref = null;
export let T_asend: anyref = null;
export let T_athrow: anyref = null;
export let T_agen_wrapped: anyref = null;

/** 0 generator, 1 coroutine, 2 async generator */
export function genKind(g: anyref): i32 {
  const c = Obj_get_cls(g);
  if (ref_eq(c, T_coroutine)) return 1;
  if (ref_eq(c, T_async_generator)) return 2;
  return 0;
}
export function isCoroutine(x: anyref): bool { return K.Gen_is(x) && ref_eq(Obj_get_cls(x), T_coroutine); }
export function isAsyncGen(x: anyref): bool { return K.Gen_is(x) && ref_eq(Obj_get_cls(x), T_async_generator); }
export function isPlainGen(x: anyref): bool { return K.Gen_is(x) && ref_eq(Obj_get_cls(x), T_generator); }
/** The awaitable helper objects (Wrap structs) that SEND drives natively. */
export function isAwaitWrap(x: anyref): bool {
  if (!Wrap_is(x)) return false;
  const c = Obj_get_cls(x);
  return ref_eq(c, T_coroutine_wrapper) || ref_eq(c, T_asend) || ref_eq(c, T_athrow);
}
export function isAgenWrapped(x: anyref): bool { return Wrap_is(x) && ref_eq(Obj_get_cls(x), T_agen_wrapped); }
export function agenWrap(v: anyref): anyref { return K.Wrap_new(T_agen_wrapped, v, null, null, 0); }

/** After genSend/genThrow returned null without an exception: raise StopIteration(value). */
function stopIteration(): anyref {
  const v = genReturnValue;
  setGenReturnValue(null);
  return raiseWith(E.StopIteration, is_null(v) || ref_eq(v, None) ? null : v);
}

/** "generator.send()" / "coroutine.send()": METH_O/NOARGS errors name the qualified method. */
function genCheck(self: anyref, meth: string, n: i32, kw: anyref, min: i32, max: i32): bool {
  const k = genKind(self);
  return checkArgs((k == 1 ? "coroutine." : k == 2 ? "async_generator." : "generator.") + meth, n, kw, min, max);
}
function g_send(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!genCheck(self, "send", n, kw, 1, 1)) return null;
  setGenReturnValue(null);
  const r = genSend(self, AnyArr_get(a, b));
  if (is_null(r) && is_null(exc)) return stopIteration();
  return r;
}
function g_next(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  setGenReturnValue(null);
  const r = genSend(self, None);
  if (is_null(r) && is_null(exc)) return stopIteration();
  return r;
}
function g_iter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return self; }

/** Normalize throw()'s (type[, value]) into an exception instance. */
export function makeExc(t: anyref, v: anyref): anyref {
  if (Type_is(t)) {
    if (!isSubtype(t, E.BaseException)) return raiseTypeError(strLit("exceptions must be classes or instances deriving from BaseException, not type"));
    if (!is_null(v) && Exc_is(v) && isSubtype(typeOf(v), t)) return v;
    // a tuple value is the argument list (CPython's _PyErr_CreateException)
    let args: anyref;
    if (!is_null(v) && K.Tuple_is(v)) args = K.Tuple_get_items(v);
    else {
      args = K.AnyArr_new(is_null(v) || ref_eq(v, None) ? 0 : 1);
      if (K.AnyArr_len(args) == 1) K.AnyArr_set(args, 0, v);
    }
    return callObject(t, args, 0, K.AnyArr_len(args), null);
  }
  if (Exc_is(t)) {
    if (!is_null(v) && !ref_eq(v, None)) return raiseTypeError(strLit("instance exception may not have a separate value"));
    return t;
  }
  const m = C.sbLen; C.sbLit("exceptions must be classes or instances deriving from BaseException, not "); sbStr_(typeName_(t));
  return raiseTypeError(C.sbTakeStr(m));
}
import * as C from "../rt/core";
import { sbStr as sbStr_ } from "./str";
import { typeName as typeName_ } from "../ops";

function g_throw(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("throw", n, kw, 1, 3)) return null;
  const e = makeExc(AnyArr_get(a, b), n > 1 ? AnyArr_get(a, b + 1) : null);
  if (is_null(e)) return null;
  setGenReturnValue(null);
  const r = genThrow(self, e);
  if (is_null(r) && is_null(exc)) return stopIteration();
  return r;
}

function g_close(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!genCheck(self, "close", n, kw, 0, 0)) return null;
  if (genClose(self) < 0) return null;
  return None;
}

// ---- coroutines ---------------------------------------------------------------------------------
function co_await(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  return K.Wrap_new(T_coroutine_wrapper, self, null, null, 0);
}

// ---- awaitable helpers (coroutine_wrapper, asend, athrow) -----------------------------------------
const AW_INIT: i64 = 0, AW_ITER: i64 = 1, AW_CLOSED: i64 = 2;
const AG_RUNNING: i32 = 1, AG_CLOSED: i32 = 2;

function agSet(g: anyref, bit: i32, on: bool): void {
  const f = K.Gen_get_aflags(g);
  K.Gen_set_aflags(g, on ? f | bit : f & ~bit);
}

/** CPython's async_gen_unwrap_value: an async yield finishes the awaitable with its value. */
function agUnwrap(g: anyref, r: anyref): anyref {
  if (is_null(r)) {
    if (is_null(exc)) setExc(newExc(E.StopAsyncIteration, null));
    const t = typeOf(exc);
    if (isSubtype(t, E.StopAsyncIteration) || isSubtype(t, E.GeneratorExit)) agSet(g, AG_CLOSED, true);
    agSet(g, AG_RUNNING, false);
    return null;
  }
  if (isAgenWrapped(r)) {
    setGenReturnValue(K.Wrap_get_a(r));
    agSet(g, AG_RUNNING, false);
    return null;
  }
  return r;
}

/** send(v) to an awaitable helper (the genSend convention). */
export function awSend(w: anyref, v: anyref): anyref {
  const c = Obj_get_cls(w);
  const g = K.Wrap_get_a(w);
  setGenReturnValue(null);
  if (ref_eq(c, T_coroutine_wrapper)) return genSend(g, v);
  const st = K.Wrap_get_n(w);
  if (ref_eq(c, T_asend)) {
    if (st == AW_CLOSED) return raiseLit(E.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (st == AW_INIT) {
      if (K.Gen_get_aflags(g) & AG_RUNNING) return raiseLit(E.RuntimeError, "anext(): asynchronous generator is already running");
      if (ref_eq(v, None)) v = K.Wrap_get_b(w);
      K.Wrap_set_n(w, AW_ITER);
    }
    agSet(g, AG_RUNNING, true);
    const r = agUnwrap(g, genSend(g, v));
    if (is_null(r)) K.Wrap_set_n(w, AW_CLOSED);
    return r;
  }
  // athrow / aclose (b is null for aclose)
  const isClose = is_null(K.Wrap_get_b(w));
  if (st == AW_CLOSED) return raiseLit(E.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (K.Gen_get_state(g) == 3) { K.Wrap_set_n(w, AW_CLOSED); return null; }
  let r: anyref;
  if (st == AW_INIT) {
    if (K.Gen_get_aflags(g) & AG_RUNNING) {
      K.Wrap_set_n(w, AW_CLOSED);
      return raiseLit(E.RuntimeError, isClose ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
    }
    if (K.Gen_get_aflags(g) & AG_CLOSED) { K.Wrap_set_n(w, AW_CLOSED); return raiseWith(E.StopAsyncIteration, null); }
    if (!ref_eq(v, None)) return raiseLit(E.RuntimeError, "can't send non-None value to a just-started coroutine");
    K.Wrap_set_n(w, AW_ITER);
    agSet(g, AG_RUNNING, true);
    if (isClose) {
      agSet(g, AG_CLOSED, true);
      r = genThrowNoClose(g, newExc(E.GeneratorExit, null));
      if (!is_null(r) && isAgenWrapped(r)) return athrowIgnored(w, g);
    } else {
      r = agUnwrap(g, genThrowNoClose(g, K.Wrap_get_b(w)));
    }
    if (is_null(r)) return athrowCheck(w, g, isClose);
    return r;
  }
  r = genSend(g, v);
  if (!isClose) return agUnwrap(g, r);
  if (!is_null(r)) { if (isAgenWrapped(r)) return athrowIgnored(w, g); return r; }
  return athrowCheck(w, g, isClose);
}
function athrowIgnored(w: anyref, g: anyref): anyref {
  agSet(g, AG_RUNNING, false);
  K.Wrap_set_n(w, AW_CLOSED);
  return raiseLit(E.RuntimeError, "async generator ignored GeneratorExit");
}
function athrowCheck(w: anyref, g: anyref, isClose: bool): anyref {
  agSet(g, AG_RUNNING, false);
  K.Wrap_set_n(w, AW_CLOSED);
  if (!is_null(exc) && isClose) {
    const t = typeOf(exc);
    if (isSubtype(t, E.StopAsyncIteration) || isSubtype(t, E.GeneratorExit)) { clearExc(); setGenReturnValue(null); }
  }
  return null;
}

/** throw(e) into an awaitable helper (the genSend convention). */
export function awThrow(w: anyref, e: anyref): anyref {
  const c = Obj_get_cls(w);
  const g = K.Wrap_get_a(w);
  setGenReturnValue(null);
  if (ref_eq(c, T_coroutine_wrapper)) return genThrow(g, e);
  if (ref_eq(c, T_asend)) {
    if (K.Wrap_get_n(w) == AW_CLOSED) return raiseLit(E.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    const r = agUnwrap(g, genThrow(g, e));
    if (is_null(r)) K.Wrap_set_n(w, AW_CLOSED);
    return r;
  }
  const isClose = is_null(K.Wrap_get_b(w));
  if (K.Wrap_get_n(w) == AW_CLOSED) return raiseLit(E.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  const r = genThrow(g, e);
  if (!isClose) return agUnwrap(g, r);
  if (!is_null(r) && isAgenWrapped(r)) return athrowIgnored(w, g);
  if (is_null(r) && !is_null(exc)) {
    const t = typeOf(exc);
    if (isSubtype(t, E.StopAsyncIteration) || isSubtype(t, E.GeneratorExit)) { clearExc(); setGenReturnValue(null); }
  }
  return r;
}

/** close() of an awaitable helper; -1 on error. */
export function awClose(w: anyref): i32 {
  if (ref_eq(Obj_get_cls(w), T_coroutine_wrapper)) return genClose(K.Wrap_get_a(w));
  K.Wrap_set_n(w, AW_CLOSED);
  return 0;
}

function aw_send(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("send", n, kw, 1, 1)) return null;
  const r = awSend(self, AnyArr_get(a, b));
  if (is_null(r) && is_null(exc)) return stopIteration();
  return r;
}
function aw_next(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const r = awSend(self, None);
  if (is_null(r) && is_null(exc)) return stopIteration();
  return r;
}
function aw_throw(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("throw", n, kw, 1, 3)) return null;
  const e = makeExc(AnyArr_get(a, b), n > 1 ? AnyArr_get(a, b + 1) : null);
  if (is_null(e)) return null;
  const r = awThrow(self, e);
  if (is_null(r) && is_null(exc)) return stopIteration();
  return r;
}
function aw_close(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("close", n, kw, 0, 0)) return null;
  if (awClose(self) < 0) return null;
  return None;
}

// ---- async generators -----------------------------------------------------------------------------
export function agenAnext(g: anyref): anyref { return K.Wrap_new(T_asend, g, None, null, AW_INIT); }
function ag_aiter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return self; }
function ag_anext(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return agenAnext(self); }
function ag_asend(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("asend", n, kw, 1, 1)) return null;
  return K.Wrap_new(T_asend, self, AnyArr_get(a, b), null, AW_INIT);
}
function ag_athrow(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("athrow", n, kw, 1, 3)) return null;
  const e = makeExc(AnyArr_get(a, b), n > 1 ? AnyArr_get(a, b + 1) : null);
  if (is_null(e)) return null;
  return K.Wrap_new(T_athrow, self, e, null, AW_INIT);
}
function ag_aclose(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("aclose", n, kw, 0, 0)) return null;
  return K.Wrap_new(T_athrow, self, null, null, AW_INIT);
}

export function registerGeneratorMethods(): void {
  addMethod(T_generator, "send", g_send);
  addMethod(T_generator, "throw", g_throw);
  addMethod(T_generator, "close", g_close);
  addMethod(T_generator, "__next__", g_next);
  addMethod(T_generator, "__iter__", g_iter);
  T_coroutine = newBuiltinType("coroutine", T_object, K_FIXED);
  addMethod(T_coroutine, "send", g_send);
  addMethod(T_coroutine, "throw", g_throw);
  addMethod(T_coroutine, "close", g_close);
  addMethod(T_coroutine, "__await__", co_await);
  T_async_generator = newBuiltinType("async_generator", T_object, K_FIXED);
  addMethod(T_async_generator, "__aiter__", ag_aiter);
  addMethod(T_async_generator, "__anext__", ag_anext);
  addMethod(T_async_generator, "asend", ag_asend);
  addMethod(T_async_generator, "athrow", ag_athrow);
  addMethod(T_async_generator, "aclose", ag_aclose);
  T_coroutine_wrapper = newBuiltinType("coroutine_wrapper", T_object, K_FIXED);
  T_asend = newBuiltinType("async_generator_asend", T_object, K_FIXED);
  T_athrow = newBuiltinType("async_generator_athrow", T_object, K_FIXED);
  T_agen_wrapped = newBuiltinType("async_generator_wrapped_value", T_object, K_FIXED);
  awMethods(T_coroutine_wrapper, false);
  awMethods(T_asend, true);
  awMethods(T_athrow, true);
}
function awMethods(t: anyref, awaitSelf: bool): void {
  addMethod(t, "send", aw_send);
  addMethod(t, "throw", aw_throw);
  addMethod(t, "close", aw_close);
  addMethod(t, "__next__", aw_next);
  addMethod(t, "__iter__", g_iter);
  if (awaitSelf) addMethod(t, "__await__", g_iter);
}
