// import: a registry of built-in modules (created on first import) and the sys.modules cache.
// Native modules register a factory here; frozen Python modules arrive with the stdlib issue.
import * as K from "../generated/kernel";
import { is_null } from "../generated/kernel";
import { T_module, sbLen, sbLit, sbByte, sbTakeStr, None, strLit } from "../rt/core";
import { raiseWith } from "../rt/errors";
import * as E from "../objects/exceptions";
import { dictNew, dictGet, dictSet } from "../objects/dict";
import { sbStr, strEqLit, intern } from "../objects/str";
import { initMath } from "./math";
import { initSys } from "./sys";

let sysModules: anyref = null;
export function modulesDict(): anyref { if (is_null(sysModules)) sysModules = dictNew(); return sysModules; }

export function newModule(name: string): anyref {
  const nm = intern(strLit(name));
  const d = dictNew();
  dictSet(d, intern(strLit("__name__")), nm);
  return K.Module_new(T_module, d, nm);
}

/** IMPORT_NAME: the module object for `name` (level must be 0). */
export function importModule(name: anyref, fromlist: anyref, level: anyref): anyref {
  const cache = modulesDict();
  const hit = dictGet(cache, name);
  if (!is_null(hit)) return hit;
  let m: anyref = null;
  if (strEqLit(name, "math")) m = initMath();
  else if (strEqLit(name, "sys")) m = initSys();
  else if (strEqLit(name, "__future__")) {
    // compiler directives; the module only has to import (annotations etc. are handled by the compiler)
    m = newModule("__future__");
    const d = K.Module_get_dict(m);
    dictSet(d, intern(strLit("annotations")), None);
    dictSet(d, intern(strLit("division")), None);
    dictSet(d, intern(strLit("print_function")), None);
    dictSet(d, intern(strLit("absolute_import")), None);
    dictSet(d, intern(strLit("generator_stop")), None);
  }
  if (is_null(m)) {
    const mm = sbLen; sbLit("No module named '"); sbStr(name); sbByte(39);
    return raiseWith(E.ModuleNotFoundError, sbTakeStr(mm));
  }
  dictSet(cache, name, m);
  return m;
}
