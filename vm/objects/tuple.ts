// tuple methods: index and count.
import { is_null, AnyArr_get, AnyArr_len, Tuple_get_items } from "../generated/kernel";
import { mkInt, exc, strLit } from "../rt/core";
import { raiseValueError } from "../rt/errors";
import { checkArgs } from "../rt/args";
import { addMethod } from "./type";
import { eqBool, indexValue, clampedIndexValue } from "../ops";

/** CPython's index(x, start, stop) bounds for a sequence of length len; false on error. */
export let seqStart: i64 = 0;
export let seqStop: i64 = 0;
export function seqBounds(a: anyref, b: i32, n: i32, first: i32, len: i64): bool {
  seqStart = 0; seqStop = len;
  if (n > first) { seqStart = clampedIndexValue(AnyArr_get(a, b + first)); if (!is_null(exc)) return false; if (seqStart < 0) { seqStart += len; if (seqStart < 0) seqStart = 0; } }
  if (n > first + 1) { seqStop = clampedIndexValue(AnyArr_get(a, b + first + 1)); if (!is_null(exc)) return false; if (seqStop < 0) { seqStop += len; if (seqStop < 0) seqStop = 0; } }
  if (seqStop > len) seqStop = len;
  return true;
}

function m_index(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("index", n, kw, 1, 3)) return null;
  const items = Tuple_get_items(self);
  const len = AnyArr_len(items);
  if (!seqBounds(a, b, n, 1, len)) return null;
  const x = AnyArr_get(a, b);
  for (let i = <i32>seqStart; i < <i32>seqStop && i < AnyArr_len(items); i++) {
    const r = eqBool(AnyArr_get(items, i), x);
    if (r < 0) return null;
    if (r) return mkInt(i);
  }
  return raiseValueError(strLit("tuple.index(x): x not in tuple"));
}
function m_count(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("tuple.count", n, kw, 1, 1)) return null;
  const items = Tuple_get_items(self);
  const x = AnyArr_get(a, b);
  let c = 0;
  for (let i = 0; i < AnyArr_len(items); i++) {
    const r = eqBool(AnyArr_get(items, i), x);
    if (r < 0) return null;
    c += r;
  }
  return mkInt(c);
}

export function registerTupleMethods(t: anyref): void {
  addMethod(t, "index", m_index);
  addMethod(t, "count", m_count);
}
