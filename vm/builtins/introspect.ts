// Introspection builtins: vars() and locals(). (globals() lives in builtins.ts.)
import * as K from "../generated/kernel";
import { is_null, AnyArr_get, Type_is } from "../generated/kernel";
import { strLit, None } from "../rt/core";
import { raiseTypeError } from "../rt/errors";
import { checkArgs } from "../rt/args";
import { newBuiltinFn } from "../objects/type";
import { dictSet, dictNew, dictSetH } from "../objects/dict";
import { intern, strHash } from "../objects/str";
import { getAttr } from "../attrs";
import { callerFrame } from "../interp";
import { builtinsDict } from "./builtins";
import * as N from "../rt/names";

/** The caller's namespace: its locals dict (module/class body) or a snapshot of its fast locals. */
export function callerLocals(): anyref {
  const f = callerFrame;
  if (is_null(f)) return dictNew();
  const loc = K.Frame_get_locals(f);
  if (!is_null(loc)) return loc;
  const code = K.Frame_get_code(f);
  const slots = K.Frame_get_slots(f);
  const names = K.Code_get_varnames(code);
  const d = dictNew();
  const n = K.AnyArr_len(names);
  for (let i = 0; i < n; i++) {
    let v = AnyArr_get(slots, i);
    if (!is_null(v) && K.Cell_is(v)) v = K.Cell_get_val(v);
    if (!is_null(v)) { const nm = AnyArr_get(names, i); dictSetH(d, nm, strHash(nm), v); }
  }
  return d;
}

function b_vars(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("vars", n, kw, 0, 1)) return null;
  if (n == 0) return callerLocals();
  const r = getAttr(AnyArr_get(a, b), N.N_dict);
  if (is_null(r)) { K_clear(); return raiseTypeError(strLit("vars() argument must have __dict__ attribute")); }
  return r;
}
import { clearExc as K_clear } from "../rt/core";
function b_locals(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (!checkArgs("locals", n, kw, 0, 0)) return null;
  return callerLocals();
}

export function initIntrospection(): void {
  dictSet(builtinsDict, intern(strLit("vars")), newBuiltinFn("vars", b_vars, None));
  dictSet(builtinsDict, intern(strLit("locals")), newBuiltinFn("locals", b_locals, None));
}

// ---- cell contents and the code attributes not in attrs.ts (read by attrs.ts specialAttr) -------
import { strEqLit } from "../objects/str";
import { tupleOf } from "../objects/type";
import { raiseWith } from "../rt/errors";
import * as E from "../objects/exceptions";
function namesTuple(names: anyref, from: i32, to: i32): anyref {
  const a = K.AnyArr_new(to - from);
  for (let i = from; i < to; i++) K.AnyArr_set(a, i - from, AnyArr_get(names, i));
  return tupleOf(a);
}
export function isExtraCodeAttr(name: anyref): bool {
  return strEqLit(name, "co_freevars") || strEqLit(name, "co_cellvars") || strEqLit(name, "co_names");
}
/** cell_contents of a cell, co_freevars/co_cellvars/co_names of a code object; null if not one of them. */
export function codeOrCellAttr(obj: anyref, name: anyref): anyref {
  if (K.Cell_is(obj)) {
    if (!strEqLit(name, "cell_contents")) return null;
    const v = K.Cell_get_val(obj);
    if (is_null(v)) { raiseWith(E.ValueError, strLit("Cell is empty")); return null; }
    return v;
  }
  if (!K.Code_is(obj)) return null;
  const names = K.Code_get_varnames(obj);
  const nlocals = K.Code_get_nlocals(obj);
  if (strEqLit(name, "co_freevars")) return namesTuple(names, nlocals, nlocals + K.Code_get_nfree(obj));
  if (strEqLit(name, "co_cellvars")) { const c = K.Code_get_cellnames(obj); return is_null(c) ? namesTuple(names, 0, 0) : namesTuple(c, 0, K.AnyArr_len(c)); }
  if (strEqLit(name, "co_names")) { const c = K.Code_get_names(obj); return namesTuple(c, 0, K.AnyArr_len(c)); }
  return null;
}
