// Attributes of builtin exceptions that CPython keeps in C fields: defaults derived from args
// (SystemExit.code, OSError.errno …, AttributeError.name/obj, NameError.name, ImportError.name/path)
// and the ones the VM attaches when it raises (name/obj of AttributeError, name of NameError,
// encoding/object/start/end/reason of Unicode errors), stored in the exception's dict.
import * as K from "../generated/kernel";
import { is_null, AnyArr_len, AnyArr_get } from "../generated/kernel";
import { exc, None, strLit, mkInt, typeOf } from "../rt/core";
import { isSubtype } from "./type";
import { dictNew, dictSet } from "./dict";
import { intern, strEqLit } from "./str";
import * as E from "./exceptions";

/** Set attribute `name` on the exception being raised. */
export function setPendingAttr(name: string, v: anyref): void {
  if (is_null(exc) || !K.Exc_is(exc)) return;
  let d = K.Exc_get_dict(exc);
  if (is_null(d)) { d = dictNew(); K.Exc_set_dict(exc, d); }
  dictSet(d, intern(strLit(name)), v);
}

/** The pending UnicodeDecodeError/UnicodeEncodeError gets its five attributes. */
export function setUnicodeErrorAttrs(encoding: string, object: anyref, start: i32, end: i32, reason: anyref): void {
  setPendingAttr("encoding", strLit(encoding));
  setPendingAttr("object", object);
  setPendingAttr("start", mkInt(start));
  setPendingAttr("end", mkInt(end));
  setPendingAttr("reason", reason);
}

/** Default value of a C-level exception attribute missing from the dict; null if `name` is not one. */
export function excDefaultAttr(e: anyref, name: anyref): anyref {
  const t = typeOf(e);
  const args = K.Tuple_get_items(K.Exc_get_args(e));
  const n = AnyArr_len(args);
  if (isSubtype(t, E.SystemExit) && strEqLit(name, "code")) return n == 0 ? None : n == 1 ? AnyArr_get(args, 0) : K.Exc_get_args(e);
  if (isSubtype(t, E.OSError) && (strEqLit(name, "errno") || strEqLit(name, "strerror") || strEqLit(name, "filename") || strEqLit(name, "filename2"))) return None;
  if (isSubtype(t, E.AttributeError) && (strEqLit(name, "name") || strEqLit(name, "obj"))) return None;
  if (isSubtype(t, E.NameError) && strEqLit(name, "name")) return None;
  if (isSubtype(t, E.UnicodeError) && n >= 4) {
    // UnicodeDecodeError/EncodeError(encoding, object, start, end, reason); TranslateError lacks encoding
    const off = n == 4 ? -1 : 0;
    if (strEqLit(name, "encoding")) return off < 0 ? None : AnyArr_get(args, 0);
    if (strEqLit(name, "object")) return AnyArr_get(args, 1 + off);
    if (strEqLit(name, "start")) return AnyArr_get(args, 2 + off);
    if (strEqLit(name, "end")) return AnyArr_get(args, 3 + off);
    if (strEqLit(name, "reason")) return AnyArr_get(args, 4 + off);
  }
  if (isSubtype(t, E.SyntaxError)) {
    // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) fills the fields
    const fields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
    if (strEqLit(name, "msg")) return n > 0 ? AnyArr_get(args, 0) : None;
    if (strEqLit(name, "print_file_and_line")) return None;
    for (let i = 0; i < 6; i++) {
      if (!strEqLit(name, fields[i])) continue;
      if (n == 2 && K.Tuple_is(AnyArr_get(args, 1))) {
        const det = K.Tuple_get_items(AnyArr_get(args, 1));
        if (i < AnyArr_len(det)) return AnyArr_get(det, i);
      }
      return None;
    }
  }
  if (isSubtype(t, E.ImportError) && (strEqLit(name, "name") || strEqLit(name, "path") || strEqLit(name, "msg"))) return strEqLit(name, "msg") && n > 0 ? AnyArr_get(args, 0) : None;
  // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) made by Python code
  // (the compiler's own SyntaxErrors carry these in their dict)
  if (isSubtype(t, E.SyntaxError)) {
    if (strEqLit(name, "msg")) return n > 0 ? AnyArr_get(args, 0) : None;
    if (strEqLit(name, "print_file_and_line")) return None;
    const i = strEqLit(name, "filename") ? 0 : strEqLit(name, "lineno") ? 1 : strEqLit(name, "offset") ? 2 : strEqLit(name, "text") ? 3
      : strEqLit(name, "end_lineno") ? 4 : strEqLit(name, "end_offset") ? 5 : -1;
    if (i < 0) return null;
    if (n == 2 && K.Tuple_is(AnyArr_get(args, 1))) {
      const det = K.Tuple_get_items(AnyArr_get(args, 1));
      if (i < AnyArr_len(det)) return AnyArr_get(det, i);
    }
    return None;
  }
  return null;
}
