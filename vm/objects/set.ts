// set and frozenset: a Dict of keys (values unused, always None).
// NOTE: iteration order is insertion order, not CPython's hash-table order; the built-ins issue
// replaces this with a table that reproduces CPython's order for ints and strs.
import * as K from "../generated/kernel";
import { is_null } from "../generated/kernel";
import { None, T_set, T_frozenset, exc } from "../rt/core";
import { dictNew, dictSet, dictGet, dictNext, dictKeyAt, dictLen } from "./dict";
import { iterableToArray } from "../ops";

export function setNew(cls: anyref): anyref { return K.Set_new(cls, dictNew(), 0, 0); }
export function setAdd(s: anyref, v: anyref): i32 { return dictSet(K.Set_get_table(s), v, None); }
export function setUpdate(s: anyref, it: anyref): i32 {
  const a = iterableToArray(it);
  if (is_null(a)) return -1;
  for (let i = 0; i < K.AnyArr_len(a); i++) if (setAdd(s, K.AnyArr_get(a, i)) < 0) return -1;
  return 0;
}
export function setLen(s: anyref): i32 { return dictLen(K.Set_get_table(s)); }
