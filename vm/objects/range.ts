// range methods: index, count, __reversed__.
import * as K from "../generated/kernel";
import { is_null, AnyArr_get, Range_get_start, Range_get_stop, Range_get_step, Range_get_len } from "../generated/kernel";
import { mkInt, exc, isSmallOrInt, intVal, sbLen, sbLit, sbTakeStr, T_range_iterator } from "../rt/core";
import { raiseValueError } from "../rt/errors";
import { strLit as strLit_ } from "../rt/core";
import { checkArgs } from "../rt/args";
import { addMethod } from "./type";
import { eqBool, reprInto, getIter, iterNext } from "../ops";

/** Position of int v in range r, or -1. */
function posOf(r: anyref, v: i64): i64 {
  const st = Range_get_start(r), sp = Range_get_step(r), n = Range_get_len(r);
  if (n == 0) return -1;
  const d = v - st;
  if (sp > 0 ? (d < 0 || v >= Range_get_stop(r)) : (d > 0 || v <= Range_get_stop(r))) return -1;
  if (d % sp != 0) return -1;
  return d / sp;
}
function isPlainInt(x: anyref): bool { return isSmallOrInt(x) && !K.Bool_is(x) || K.Bool_is(x); }

function m_index(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("range.index", n, kw, 1, 1)) return null;
  const x = AnyArr_get(a, b);
  if (isPlainInt(x)) {
    const p = posOf(self, intVal(x));
    if (p >= 0) return mkInt(p);
  } else if (!K.BigInt_is(x)) {
    // generic: compare against each element
    const it = getIter(self);
    let i: i64 = 0;
    while (true) {
      const v = iterNext(it);
      if (is_null(v)) { if (!is_null(exc)) return null; break; }
      const r = eqBool(v, x);
      if (r < 0) return null;
      if (r) return mkInt(i);
      i++;
    }
  }
  if (!isPlainInt(x) && !K.BigInt_is(x)) return raiseValueError(strLit_("sequence.index(x): x not in sequence"));
  const m = sbLen; if (!reprInto(x)) return null; sbLit(" is not in range");
  return raiseValueError(sbTakeStr(m));
}
function m_count(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("range.count", n, kw, 1, 1)) return null;
  const x = AnyArr_get(a, b);
  if (isPlainInt(x)) return mkInt(posOf(self, intVal(x)) >= 0 ? 1 : 0);
  if (K.BigInt_is(x)) return mkInt(0);
  const it = getIter(self);
  let c: i64 = 0;
  while (true) {
    const v = iterNext(it);
    if (is_null(v)) { if (!is_null(exc)) return null; break; }
    const r = eqBool(v, x);
    if (r < 0) return null;
    c += r;
  }
  return mkInt(c);
}
function m_reversed(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("__reversed__", n, kw, 0, 0)) return null;
  const len = Range_get_len(self), st = Range_get_start(self), sp = Range_get_step(self);
  return K.RangeIter_new(T_range_iterator, st + (len - 1) * sp, -sp, len);
}

export function registerRangeMethods(t: anyref): void {
  addMethod(t, "index", m_index);
  addMethod(t, "count", m_count);
  addMethod(t, "__reversed__", m_reversed);
}
