// Loads a bytecode image (docs/bytecode.md) from linear memory: checks magic and version, turns
// the constant pool into Python objects and builds the code objects. Instruction words, line
// tables and exception tables stay in place in linear memory (the image must outlive the run).
// Every read is bounds-checked: a truncated or corrupt image gives a clear error, never a trap.
import { maxStrDigits, setMaxStrDigits } from "./objects/bigint";
import * as K from "./generated/kernel";
import { AnyArr_new, AnyArr_get, AnyArr_set, Bytes_from_mem, is_null } from "./generated/kernel";
import * as C from "./rt/core";
import { T_str, T_code, None, True, False, Ellipsis, mkInt, mkFloat, strLit, EmptyTuple, sbLen, sbLit, sbI64, sbTakeStr } from "./rt/core";
import { BYTECODE_VERSION } from "./generated/opcodes";
import { intern } from "./objects/str";
import { tupleOf } from "./objects/type";
import { parseIntStr } from "./builtins/builtins";

import { frozensetOfItems as frozensetOfItems_ } from "./objects/set";
export let loadError: anyref = null; // str message when load failed
let p: usize = 0;
let end: usize = 0;
let bad = false;

function rd(): u32 {
  if (p + 4 > end) { fail("image truncated"); return 0; }
  const v = load<u32>(p); p += 4; return v;
}
function fail(msg: string): void { if (!bad) { bad = true; loadError = strLit(msg); } }
function failAt(msg: string, v: i64): void { if (!bad) { bad = true; const m = sbLen; sbLit(msg); sbI64(v); loadError = sbTakeStr(m); } }
function align4(n: u32): usize { return <usize>((n + 3) & ~3); }

/** Load the image at [ptr, ptr+len); returns the main code object or null (loadError set). */
export function loadImage(ptr: usize, len: i32): anyref {
  p = ptr; end = ptr + <usize>len; bad = false; loadError = null;
  if (len < 20) { fail("invalid bytecode image: too short"); return null; }
  if (rd() != 0x58455950) { fail("invalid bytecode image: bad magic number"); return null; }
  const ver = rd();
  if (ver != BYTECODE_VERSION) { failAt("bytecode version mismatch: image has version ", ver); return null; }
  const nconsts = rd(), ncodes = rd(), main = rd();
  if (nconsts > 1 << 24 || ncodes > 1 << 20 || main >= ncodes) { fail("invalid bytecode image: bad header"); return null; }
  const pool = AnyArr_new(<i32>nconsts);
  // code constants are patched once the codes exist
  const codeRefs = AnyArr_new(<i32>nconsts);
  for (let i: u32 = 0; i < nconsts && !bad; i++) {
    const tag = rd();
    let v: anyref = null;
    switch (tag) {
      case 0: v = None; break;
      case 1: v = True; break;
      case 2: v = False; break;
      case 3: v = Ellipsis; break;
      case 4: { const lo = rd(), hi = rd(); v = mkInt(<i64>(<u64>lo | (<u64>hi << 32))); break; }
      case 5: {
        const n = rd();
        if (p + align4(n) > end) { fail("image truncated"); break; }
        const lim = maxStrDigits; setMaxStrDigits(0);   // literals in source are exempt from the digit limit
        v = parseIntStr(strFromMem(p, n), 10);
        setMaxStrDigits(lim);
        if (is_null(v)) { C.clearExc(); fail("invalid integer constant"); }
        p += align4(n);
        break;
      }
      case 6: { if (p + 8 > end) { fail("image truncated"); break; } v = mkFloat(load<f64>(p)); p += 8; break; }
      case 7: {
        const n = rd(), cps = rd();
        if (p + align4(n) > end) { fail("image truncated"); break; }
        v = K.Str_new(T_str, Bytes_from_mem(p, n), cps, 0);
        p += align4(n);
        break;
      }
      case 8: {
        const n = rd();
        if (p + align4(n) > end) { fail("image truncated"); break; }
        v = K.BytesObj_new(C.T_bytes, Bytes_from_mem(p, n), 0);
        p += align4(n);
        break;
      }
      case 9: {
        const n = rd();
        if (n == 0) { v = EmptyTuple; break; }
        const a = AnyArr_new(<i32>n);
        for (let k: u32 = 0; k < n; k++) { const ix = rd(); if (ix >= i) { fail("invalid bytecode image: bad tuple element"); break; } AnyArr_set(a, <i32>k, AnyArr_get(pool, ix)); }
        v = tupleOf(a);
        break;
      }
      case 12: {
        const n = rd();
        const a = AnyArr_new(<i32>n);
        for (let k: u32 = 0; k < n; k++) { const ix = rd(); if (ix >= i) { fail("invalid bytecode image: bad frozenset element"); break; } AnyArr_set(a, <i32>k, AnyArr_get(pool, ix)); }
        if (!bad) { v = frozensetOfItems_(a); if (is_null(v)) { C.clearExc(); fail("invalid frozenset constant"); } }
        break;
      }
      case 10: { const ci = rd(); if (ci >= ncodes) { fail("invalid bytecode image: bad code index"); break; } AnyArr_set(codeRefs, <i32>i, mkInt(ci)); v = None; break; }
      case 11: { if (p + 8 > end) { fail("image truncated"); break; } v = K.Complex_new(C.T_complex, 0, load<f64>(p)); p += 8; break; }
      default: failAt("invalid bytecode image: unknown constant tag ", tag);
    }
    AnyArr_set(pool, <i32>i, v);
  }
  if (bad) return null;
  const codes = AnyArr_new(<i32>ncodes);
  const codeConsts = AnyArr_new(<i32>ncodes);
  for (let c: u32 = 0; c < ncodes && !bad; c++) {
    const name = str(rd(), pool, nconsts), qual = str(rd(), pool, nconsts), file = str(rd(), pool, nconsts);
    const firstline = rd(), argcount = rd(), posonly = rd(), kwonly = rd(), flags = rd();
    const nlocals = rd(), nfree = rd(), stacksize = rd();
    if (nlocals > 65536 || nfree > 65536 || stacksize > 65536) { fail("invalid bytecode image: bad frame size"); break; }
    const nvar = rd();
    if (nvar != nlocals + nfree) { fail("invalid bytecode image: varnames count"); break; }
    const varnames = AnyArr_new(<i32>nvar);
    for (let k: u32 = 0; k < nvar; k++) AnyArr_set(varnames, <i32>k, internStr(rd(), pool, nconsts));
    const nnames = rd();
    if (nnames > 1 << 20) { fail("invalid bytecode image: bad names"); break; }
    const names = AnyArr_new(<i32>nnames);
    for (let k: u32 = 0; k < nnames; k++) AnyArr_set(names, <i32>k, internStr(rd(), pool, nconsts));
    const nc = rd();
    if (nc > nconsts) { fail("invalid bytecode image: bad consts"); break; }
    const consts = AnyArr_new(<i32>nc);
    const constIdx = AnyArr_new(<i32>nc);
    for (let k: u32 = 0; k < nc; k++) {
      const ix = rd();
      if (ix >= nconsts) { fail("invalid bytecode image: bad const index"); break; }
      AnyArr_set(consts, <i32>k, AnyArr_get(pool, ix));
      AnyArr_set(constIdx, <i32>k, mkInt(ix));
    }
    const nwords = rd();
    if (p + (<usize>nwords << 2) > end) { fail("image truncated"); break; }
    const base = p;
    // validate: opcodes in range, jump/slot args within bounds is checked lazily by the VM
    for (let k: u32 = 0; k < nwords; k++) if ((load<u32>(base + (<usize>k << 2)) & 0xff) >= <u32>OP_COUNT_) { failAt("invalid bytecode image: bad opcode at ", k); break; }
    if (!bad) fuse(base, nwords);
    p += <usize>nwords << 2;
    const nlines = rd();
    if (p + <usize>nlines * 20 > end) { fail("image truncated"); break; }
    const lines = p; p += <usize>nlines * 20;   // (pc, line, end line, col, end col) entries
    const nexc = rd();
    if (p + (<usize>nexc << 4) > end) { fail("image truncated"); break; }
    const excp = p; p += <usize>nexc << 4;
    if (bad) break;
    const plain = kwonly == 0 && (flags & (CO_VARARGS_ | CO_VARKEYWORDS_)) == 0 ? CO_PLAIN_ARGS_ : 0;
    const code = K.Code_new(T_code, <i32>base, <i32>nwords, consts, names, varnames, <i32>argcount, <i32>posonly, <i32>kwonly, <i32>flags | plain,
      <i32>nlocals, 0, <i32>nfree, <i32>stacksize, name, qual, file, <i32>firstline, <i32>lines, <i32>nlines, <i32>excp, <i32>nexc, null);
    AnyArr_set(codes, <i32>c, code);
    AnyArr_set(codeConsts, <i32>c, constIdx);
  }
  if (bad) return null;
  // patch code constants
  for (let c: i32 = 0; c < <i32>ncodes; c++) {
    const consts = K.Code_get_consts(AnyArr_get(codes, c));
    const idx = AnyArr_get(codeConsts, c);
    for (let k = 0; k < K.AnyArr_len(idx); k++) {
      const ref = AnyArr_get(codeRefs, <i32>C.intVal(AnyArr_get(idx, k)));
      if (!is_null(ref)) AnyArr_set(consts, k, AnyArr_get(codes, <i32>C.intVal(ref)));
    }
  }
  return AnyArr_get(codes, <i32>main);
}
import { OP_COUNT as OP_COUNT_, superinstruction } from "./generated/opcodes";

/**
 * Write superinstructions (vm/opcodes.mjs) over the first word of each frequent pair; the second
 * word is left as it is, for jumps to it. Fused runs may overlap (a b c: a fuses with b, b with c).
 */
function fuse(base: usize, nwords: u32): void {
  for (let k: u32 = 0; k + 1 < nwords; k++) {
    const p = base + (<usize>k << 2);
    const w = load<u32>(p);
    const third = k + 2 < nwords ? load<u32>(p + 8) & 0xff : 255;
    const s = superinstruction(w & 0xff, load<u32>(p + 4) & 0xff, third);
    if (s != 0) store<u32>(p, (w & 0xffffff00) | s);
  }
}
import { CO_PLAIN_ARGS as CO_PLAIN_ARGS_, CO_VARARGS as CO_VARARGS_, CO_VARKEYWORDS as CO_VARKEYWORDS_ } from "./frame";

function str(ix: u32, pool: anyref, n: u32): anyref {
  if (ix >= n) { fail("invalid bytecode image: bad string index"); return strLit("?"); }
  const v = AnyArr_get(pool, <i32>ix);
  if (!K.Str_is(v)) { fail("invalid bytecode image: expected a string constant"); return strLit("?"); }
  return v;
}
function internStr(ix: u32, pool: anyref, n: u32): anyref {
  const s = str(ix, pool, n);
  if (bad) return s;
  const i = intern(s);
  AnyArr_set(pool, <i32>ix, i);
  return i;
}
function strFromMem(ptr: usize, n: u32): anyref {
  return K.Str_new(T_str, Bytes_from_mem(ptr, <i32>n), <i32>n, 0);
}
