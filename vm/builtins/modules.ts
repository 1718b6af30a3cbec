// import: a registry of built-in modules (created on first import) and the sys.modules cache.
// Native modules register a factory here; frozen Python modules arrive with the stdlib issue.
import * as K from "../generated/kernel";
import { is_null } from "../generated/kernel";
import { T_module, sbLen, sbLit, sbByte, sbTakeStr, None, strLit } from "../rt/core";
import { raiseWith } from "../rt/errors";
import * as E from "../objects/exceptions";
import { dictNew, dictGet, dictSet, dictDel } from "../objects/dict";
import * as C from "../rt/core";
import { ref_eq } from "../generated/kernel";
import { codepointAt, strSub } from "../objects/str";
import { loadImage, loadError } from "../loader";
import { newFrame, FRAME_ENTRY } from "../frame";
import { execute } from "../interp";
import { builtinsDict } from "./builtins";
import { sbStr, strEqLit, intern } from "../objects/str";
import { initMath } from "./math";
import { initSys } from "./sys";
import { initJson } from "./json";
import { initOtel } from "./otel";
import { initPyex } from "./pyex";
import { initSre } from "./sre";
import { initHashlib, initBinhelp } from "./hashlib";
import { builtinsModule } from "../objects/generic";

let sysModules: anyref = null;
export function modulesDict(): anyref { if (is_null(sysModules)) sysModules = dictNew(); return sysModules; }

export function newModule(name: string): anyref {
  const nm = intern(strLit(name));
  const d = dictNew();
  dictSet(d, intern(strLit("__name__")), nm);
  return K.Module_new(T_module, d, nm);
}

/**
 * IMPORT_NAME: import `name` (relative to the importing module when level > 0) and every package
 * above it; return the top-level package when there is no fromlist, else the named module.
 */
export function importModule(name: anyref, fromlist: anyref, level: anyref, globals: anyref): anyref {
  let full = name;
  const lv = is_null(level) || !C.isSmallOrInt(level) ? 0 : <i32>C.intVal(level);
  if (lv > 0) { full = resolveRelative(name, lv, globals); if (is_null(full)) return null; }
  // import each dotted prefix: a, a.b, a.b.c
  const n = K.Str_get_len(full);
  let top: anyref = null, leaf: anyref = null, parent: anyref = null;
  for (let i = 0; i <= n; i++) {
    if (i < n && codepointAt(full, i) != 46) continue;
    const prefix = strSub(full, 0, i);
    const m = importOne(intern(prefix), parent);
    if (is_null(m)) return null;
    if (is_null(top)) top = m;
    leaf = m;
    parent = m;
  }
  const hasFrom = !is_null(fromlist) && !ref_eq(fromlist, None) && (!K.Tuple_is(fromlist) || K.AnyArr_len(K.Tuple_get_items(fromlist)) > 0);
  if (lv > 0 && K.Str_get_len(name) == 0) return leaf;
  return hasFrom ? leaf : top;
}

function resolveRelative(name: anyref, level: i32, globals: anyref): anyref {
  let pkg: anyref = null;
  if (!is_null(globals)) pkg = dictGet(globals, intern(strLit("__package__")));
  if (is_null(pkg) || !K.Str_is(pkg)) {
    let modname: anyref = null;
    if (!is_null(globals)) modname = dictGet(globals, intern(strLit("__name__")));
    const isPkg = !is_null(globals) && !is_null(dictGet(globals, intern(strLit("__path__"))));
    if (is_null(modname) || !K.Str_is(modname)) pkg = null;
    else if (isPkg) pkg = modname;
    else {
      let j = K.Str_get_len(modname) - 1;
      while (j >= 0 && codepointAt(modname, j) != 46) j--;
      pkg = j < 0 ? null : strSub(modname, 0, j);
    }
  }
  if (is_null(pkg) || K.Str_get_len(pkg) == 0) return raiseWith(E.ImportError, strLit("attempted relative import with no known parent package"));
  let base = pkg;
  for (let k = 1; k < level; k++) {
    let j = K.Str_get_len(base) - 1;
    while (j >= 0 && codepointAt(base, j) != 46) j--;
    if (j < 0) return raiseWith(E.ImportError, strLit("attempted relative import beyond top-level package"));
    base = strSub(base, 0, j);
  }
  if (K.Str_get_len(name) == 0) return base;
  const m = sbLen; sbStr(base); sbByte(46); sbStr(name); return sbTakeStr(m);
}

/** Import one module by its full dotted name (its parent package already imported). */
export function importOne(name: anyref, parent: anyref): anyref {
  const cache = modulesDict();
  const hit = dictGet(cache, name);
  if (!is_null(hit)) return hit;
  let m: anyref = null;
  if (strEqLit(name, "math")) m = initMath();
  else if (strEqLit(name, "sys")) m = initSys();
  else if (strEqLit(name, "_json")) m = initJson();
  else if (strEqLit(name, "_otel")) m = initOtel();
  else if (strEqLit(name, "_pyex")) m = initPyex();
  else if (strEqLit(name, "_sre")) m = initSre();
  else if (strEqLit(name, "_hashlib")) m = initHashlib();
  else if (strEqLit(name, "_binhelp")) m = initBinhelp();
  else if (strEqLit(name, "builtins")) m = builtinsModule();
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
  else {
    m = loadFromHost(name);
    if (is_null(m)) {
      if (!is_null(C.exc)) return null;
    } else {
      if (!is_null(parent)) bindChild(parent, name, m);
      return m;
    }
  }
  if (is_null(m)) {
    const mm = sbLen; sbLit("No module named '"); sbStr(name); sbByte(39);
    if (isAbsent(name)) { sbLit(" (pyex sandbox: "); sbStr(name); sbLit(" is not available)"); }
    const e = newExc_(E.ModuleNotFoundError, sbTakeStr(mm));
    // ImportError.name, as CPython sets it
    const ed = K.Exc_get_dict(e);
    if (is_null(ed)) { const nd = dictNew(); dictSet(nd, intern(strLit("name")), name); K.Exc_set_dict(e, nd); }
    else dictSet(ed, intern(strLit("name")), name);
    C.setExc(e);
    return null;
  }
  dictSet(cache, name, m);
  if (!is_null(parent)) bindChild(parent, name, m);
  return m;
}

/**
 * Modules the sandbox deliberately does not provide (processes, sockets, native code, signals,
 * databases, unpickling); importing them (or a submodule) names the reason. docs/stdlib.md.
 */
function isAbsent(name: anyref): bool {
  let j = 0;
  const n = K.Str_get_len(name);
  while (j < n && codepointAt(name, j) != 46) j++;
  const top = j < n ? strSub(name, 0, j) : name;
  return strEqLit(top, "subprocess") || strEqLit(top, "socket") || strEqLit(top, "ctypes") || strEqLit(top, "multiprocessing")
    || strEqLit(top, "signal") || strEqLit(top, "sqlite3") || strEqLit(top, "_thread")
    || strEqLit(top, "marshal") || strEqLit(top, "ssl") || strEqLit(top, "select") || strEqLit(top, "selectors")
    || strEqLit(top, "mmap") || strEqLit(top, "fcntl") || strEqLit(top, "termios") || strEqLit(top, "pty")
    || strEqLit(top, "resource") || strEqLit(top, "shelve") || strEqLit(top, "dbm") || strEqLit(top, "webbrowser")
    || strEqLit(top, "ftplib")
    || strEqLit(top, "smtplib") || strEqLit(top, "telnetlib") || strEqLit(top, "asyncore") || strEqLit(top, "socketserver")
    || strEqLit(top, "_posixsubprocess") || strEqLit(top, "xmlrpc");
}
import { newExc as newExc_ } from "../rt/errors";

function bindChild(parent: anyref, full: anyref, m: anyref): void {
  let j = K.Str_get_len(full) - 1;
  while (j >= 0 && codepointAt(full, j) != 46) j--;
  const child = intern(strSub(full, j + 1, K.Str_get_len(full)));
  dictSet(K.Module_get_dict(parent), child, m);
}

// Host protocol: find_module(name) returns 0 (no such module) or a pointer to a block
//   u32 kind (0 module, 1 package, 2 syntax error), u32 len, bytes[len]
// where bytes is a bytecode image (0/1) or "msg\tfilename\tline\toffset\ttext" (2).
// @ts-ignore: decorator
@external("host", "find_module") declare function hostFindModule(ptr: usize, len: i32): usize;

function loadFromHost(name: anyref): anyref {
  const d = K.Str_get_data(name);
  const nb = K.Bytes_len(d);
  const mark = sbLen;
  C.sbReserve(nb);
  K.Bytes_to_mem(d, 0, C.sbPtr + <usize>sbLen, nb);
  const blk = hostFindModule(C.sbPtr + <usize>sbLen, nb);
  C.sbTruncate(mark);
  if (blk == 0) return null;
  const kind = load<u32>(blk), len = load<i32>(blk + 4);
  if (kind == 2) {
    const m = sbLen; C.sbBytesFromMem(blk + 8, len);
    return raiseWith(E.SyntaxError, sbTakeStr(m));
  }
  const code = loadImage(blk + 8, len);
  if (is_null(code)) return raiseWith(E.ImportError, loadError);
  const mod = K.Module_new(T_module, dictNew(), name);
  const g = K.Module_get_dict(mod);
  dictSet(g, intern(strLit("__name__")), name);
  dictSet(g, intern(strLit("__builtins__")), builtinsDict);
  dictSet(g, intern(strLit("__doc__")), None);
  dictSet(g, intern(strLit("__file__")), K.Code_get_filename(code));
  if (kind == 1) {
    dictSet(g, intern(strLit("__package__")), name);
    dictSet(g, intern(strLit("__path__")), K.List_new(C.T_list, K.AnyArr_new(4), 0));
  } else {
    let j = K.Str_get_len(name) - 1;
    while (j >= 0 && codepointAt(name, j) != 46) j--;
    dictSet(g, intern(strLit("__package__")), j < 0 ? C.EmptyStr : strSub(name, 0, j));
  }
  const cache = modulesDict();
  dictSet(cache, name, mod);   // before running it: circular imports see the partial module
  const fr = newFrame(null, code, g, g, null);
  K.Frame_set_flags(fr, FRAME_ENTRY);
  const r = execute(fr);
  if (is_null(r)) { dictDel(cache, name); return null; }
  // the module may have replaced itself in sys.modules
  const final = dictGet(cache, name);
  return is_null(final) ? mod : final;
}
