// Generator objects: send, throw, close, iteration. The suspended frame lives in the Gen struct;
// interp.genSend/genThrow resume it in a nested run of the dispatch loop.
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_get, Type_is, Exc_is } from "../generated/kernel";
import { T_generator, None, exc, clearExc, setExc, strLit, typeOf } from "../rt/core";
import { raiseTypeError, raiseWith, raiseLit, newExc } from "../rt/errors";
import * as E from "./exceptions";
import { addMethod, isSubtype } from "./type";
import { checkArgs } from "../rt/args";
import { genSend, genThrow, genReturnValue, callObject } from "../interp";

/** After genSend/genThrow returned null without an exception: raise StopIteration(value). */
function stopIteration(): anyref {
  const v = genReturnValue;
  return raiseWith(E.StopIteration, is_null(v) || ref_eq(v, None) ? null : v);
}

function g_send(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("send", n, kw, 1, 1)) return null;
  const r = genSend(self, AnyArr_get(a, b));
  if (is_null(r) && is_null(exc)) return stopIteration();
  return r;
}
function g_next(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const r = genSend(self, None);
  if (is_null(r) && is_null(exc)) return stopIteration();
  return r;
}
function g_iter(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref { return self; }

/** Normalize throw()'s (type[, value]) into an exception instance. */
function makeExc(t: anyref, v: anyref): anyref {
  if (Type_is(t)) {
    if (!isSubtype(t, E.BaseException)) return raiseTypeError(strLit("exceptions must be classes or instances deriving from BaseException, not type"));
    if (!is_null(v) && Exc_is(v) && isSubtype(typeOf(v), t)) return v;
    const args = K.AnyArr_new(is_null(v) || ref_eq(v, None) ? 0 : 1);
    if (K.AnyArr_len(args) == 1) K.AnyArr_set(args, 0, v);
    return callObject(t, args, 0, K.AnyArr_len(args), null);
  }
  if (Exc_is(t)) {
    if (!is_null(v) && !ref_eq(v, None)) return raiseTypeError(strLit("instance exception may not have a separate value"));
    return t;
  }
  return raiseTypeError(strLit("exceptions must be classes or instances deriving from BaseException, not " ));
}

function g_throw(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("throw", n, kw, 1, 3)) return null;
  const e = makeExc(AnyArr_get(a, b), n > 1 ? AnyArr_get(a, b + 1) : null);
  if (is_null(e)) return null;
  const r = genThrow(self, e);
  if (is_null(r) && is_null(exc)) return stopIteration();
  return r;
}

function g_close(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("close", n, kw, 0, 0)) return null;
  const st = K.Gen_get_state(self);
  if (st == 0 || st == 3) { K.Gen_set_state(self, 3); return None; }
  const r = genThrow(self, newExc(E.GeneratorExit, null));
  if (!is_null(r)) return raiseLit(E.RuntimeError, "generator ignored GeneratorExit");
  if (!is_null(exc)) {
    const t = typeOf(exc);
    if (isSubtype(t, E.GeneratorExit) || isSubtype(t, E.StopIteration)) { clearExc(); return None; }
    return null;
  }
  return None;
}

export function registerGeneratorMethods(): void {
  addMethod(T_generator, "send", g_send);
  addMethod(T_generator, "throw", g_throw);
  addMethod(T_generator, "close", g_close);
  addMethod(T_generator, "__next__", g_next);
  addMethod(T_generator, "__iter__", g_iter);
}
