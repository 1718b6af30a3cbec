// Attribute dicts for instances of user subclasses of builtin types whose structs have no dict
// field (list, tuple, str, int, float, set, bytes …): a table keyed by the object's identity
// number (never reused within a run). Entries outlive their objects until the run ends.
import { is_null } from "../generated/kernel";
import { mkInt } from "../rt/core";
import { dictNew, dictGet, dictSet } from "./dict";
import { identityHash } from "../ops";

let table: anyref = null;

export function sideDict(x: anyref, create: bool): anyref {
  if (is_null(table)) { if (!create) return null; table = dictNew(); }
  const key = mkInt(identityHash(x));
  let d = dictGet(table, key);
  if (is_null(d) && create) { d = dictNew(); dictSet(table, key, d); }
  return d;
}
