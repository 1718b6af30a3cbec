// The _pyex native module: the one general door to the host's capabilities (docs/capabilities.md).
//   _pyex.call(name, *args)  encode args, call host.call(name, args), decode the result or raise
//   _pyex.seed()             the run's seed (an int; random/uuid/secrets derive from it)
// Capability modules (os, io, pathlib, time, datetime, tools, …) are Python in stdlib/ on top of it.
// Wire format (both directions), little-endian, one tag byte per value:
//   0 None  1 True  2 False  3 int i64  4 big int (u8 neg, u32 nd, nd hex digit values 0..15)
//   5 float f64  6 str (u32 len, UTF-8)  7 bytes (u32 len)  8 list (u32 n, items)  9 tuple  10 dict (u32 n, k v …)
// Host result: u8 status (0 value, 1 error: value is (exception name, args tuple)) then the value.
import * as K from "../generated/kernel";
import { is_null, ref_eq, AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_len, Bytes_len, Str_get_data, small_is } from "../generated/kernel";
import * as C from "../rt/core";
import { None, True, False, mkInt, mkFloat, strLit, sbLen, sbLit, sbByte, sbTakeStr, sbBytes, exc, setExc } from "../rt/core";
import { raiseTypeError, raiseWith } from "../rt/errors";
import * as E from "../objects/exceptions";
import { dictNew, dictSet, dictNext, dictKeyAt, dictValAt, dictGet } from "../objects/dict";
import { listFromArr } from "../objects/list";
import { tupleOf, newBuiltinFn } from "../objects/type";
import { sbStr, intern } from "../objects/str";
import { newModule, importModule } from "./modules";
import { callObject, takeSuspendOk, requestSuspend, setSuspendFn } from "../interp";
import { bigPow2BaseInto, bigSign, bigFromDigits } from "../objects/bigint";
import { kwCount } from "../rt/args";
import { typeName } from "../ops";
import { getAttr } from "../attrs";
import { builtinsDict } from "./builtins";

// @ts-ignore: decorator
@external("host", "call") declare function hostCall(namePtr: usize, nameLen: i32, argPtr: usize, argLen: i32, flags: i32): i32;
// @ts-ignore: decorator
@external("host", "result") declare function hostResult(ptr: usize): void;

const MAX_NEST: i32 = 200;

function u32le(v: i32): void { sbByte(v & 255); sbByte((v >> 8) & 255); sbByte((v >> 16) & 255); sbByte((v >>> 24) & 255); }
function i64le(v: i64): void { for (let i = 0; i < 8; i++) sbByte(<i32>((v >> (i * 8)) & 255)); }

/** Append the wire form of x; false with exc set for values that cannot cross. */
function enc(x: anyref, level: i32): bool {
  if (level > MAX_NEST) { raiseWith(E.ValueError, strLit("value too deeply nested to pass to the host")); return false; }
  if (ref_eq(x, None)) { sbByte(0); return true; }
  if (ref_eq(x, True)) { sbByte(1); return true; }
  if (ref_eq(x, False)) { sbByte(2); return true; }
  if (small_is(x) || K.Int_is(x) || K.Bool_is(x)) { sbByte(3); i64le(C.intVal(x)); return true; }
  if (K.BigInt_is(x)) {
    sbByte(4); sbByte(bigSign(x) < 0 ? 1 : 0);
    const lenAt = sbLen; u32le(0);
    const start = sbLen;
    bigPow2BaseInto(x, 16, false);
    const nd = sbLen - start;
    for (let i = 0; i < nd; i++) {
      const p = C.sbPtr + <usize>(start + i);
      const c = <i32>load<u8>(p);
      store<u8>(p, <u8>(c <= 57 ? c - 48 : c - 87));
    }
    const lp = C.sbPtr + <usize>lenAt;
    store<u32>(lp, <u32>nd);
    return true;
  }
  if (K.Float_is(x)) { sbByte(5); i64le(reinterpret<i64>(K.Float_get_val(x))); return true; }
  if (K.Str_is(x)) { sbByte(6); const d = Str_get_data(x); u32le(Bytes_len(d)); sbBytes(d, 0, Bytes_len(d)); return true; }
  if (K.BytesObj_is(x)) { sbByte(7); const d = K.BytesObj_get_data(x); u32le(Bytes_len(d)); sbBytes(d, 0, Bytes_len(d)); return true; }
  if (K.ByteArray_is(x)) { sbByte(7); const n = K.ByteArray_get_len(x); u32le(n); sbBytes(K.ByteArray_get_data(x), 0, n); return true; }
  if (K.List_is(x) || K.Tuple_is(x)) {
    const isList = K.List_is(x);
    const n = isList ? K.List_get_len(x) : AnyArr_len(K.Tuple_get_items(x));
    sbByte(isList ? 8 : 9); u32le(n);
    for (let i = 0; i < n; i++) {
      const items = isList ? K.List_get_items(x) : K.Tuple_get_items(x);
      if (isList && i >= K.List_get_len(x)) break;
      if (!enc(AnyArr_get(items, i), level + 1)) return false;
    }
    return true;
  }
  if (K.Dict_is(x)) {
    sbByte(10);
    const lenAt = sbLen; u32le(0);
    let cnt = 0;
    for (let i = dictNext(x, 0); i >= 0; i = dictNext(x, i + 1)) {
      if (!enc(dictKeyAt(x, i), level + 1)) return false;
      if (!enc(dictValAt(x, i), level + 1)) return false;
      cnt++;
    }
    store<u32>(C.sbPtr + <usize>lenAt, <u32>cnt);
    return true;
  }
  const m = sbLen; sbLit("values of type '"); sbStr(typeName(x)); sbLit("' cannot be passed to the host");
  raiseTypeError(sbTakeStr(m));
  return false;
}

// ---- result buffer (linear memory, grown by doubling; the stub runtime abandons old blocks) -----
let rbuf: usize = 0;
let rcap: i32 = 0;
let rpos: usize = 0;
let rend: usize = 0;

function ru8(): i32 { if (rpos >= rend) return -1; const v = <i32>load<u8>(rpos); rpos++; return v; }
function ru32(): i32 { if (rpos + 4 > rend) return -1; const v = load<i32>(rpos); rpos += 4; return v; }
function ri64(): i64 { const v = load<i64>(rpos); rpos += 8; return v; }

function badWire(): anyref { return raiseWith(E.SystemError, strLit("malformed value from the host")); }

function dec(level: i32): anyref {
  if (level > MAX_NEST) return badWire();
  const t = ru8();
  switch (t) {
    case 0: return None;
    case 1: return True;
    case 2: return False;
    case 3: { if (rpos + 8 > rend) return badWire(); return mkInt(ri64()); }
    case 4: {
      const neg = ru8(); const nd = ru32();
      if (nd <= 0 || rpos + <usize>nd > rend) return badWire();
      const p = rpos; rpos += <usize>nd;
      return bigFromDigits(p, nd, 16, neg == 1);
    }
    case 5: { if (rpos + 8 > rend) return badWire(); return mkFloat(reinterpret<f64>(ri64())); }
    case 6: case 7: {
      const n = ru32();
      if (n < 0 || rpos + <usize>n > rend) return badWire();
      const p = rpos; rpos += <usize>n;
      const data = K.Bytes_from_mem(p, n);
      if (t == 6) return K.Str_new(C.T_str, data, C.utf8Count(p, n), 0);
      return K.BytesObj_new(C.T_bytes, data, 0);
    }
    case 8: case 9: {
      const n = ru32();
      if (n < 0 || rpos + <usize>n > rend) return badWire();
      const items = AnyArr_new(n);
      for (let i = 0; i < n; i++) { const v = dec(level + 1); if (is_null(v)) return null; AnyArr_set(items, i, v); }
      return t == 8 ? listFromArr(items, n) : tupleOf(items);
    }
    case 10: {
      const n = ru32();
      if (n < 0 || rpos + <usize>n > rend) return badWire();
      const d = dictNew();
      for (let i = 0; i < n; i++) {
        const k = dec(level + 1); if (is_null(k)) return null;
        const v = dec(level + 1); if (is_null(v)) return null;
        if (dictSet(d, k, v) < 0) return null;
      }
      return d;
    }
  }
  return badWire();
}

/** host.call's answer when the host suspends the interpreter (flag 1 allowed it): see vm/interp.ts. */
const SUSPEND: i32 = -2;

/**
 * Call the host capability `name` (a str) with args[b .. b+n); the decoded result or null with exc
 * set. With canSuspend the host may answer SUSPEND instead: null without exc, and the value comes
 * later through resumeValue().
 */
export function hostInvoke(name: anyref, a: anyref, b: i32, n: i32, canSuspend: bool = false): anyref {
  const mark = sbLen;
  const nd = Str_get_data(name);
  sbBytes(nd, 0, Bytes_len(nd));
  const argStart = sbLen;
  sbByte(9); u32le(n);
  for (let i = 0; i < n; i++) if (!enc(AnyArr_get(a, b + i), 0)) { C.sbTruncate(mark); return null; }
  const len = hostCall(C.sbPtr + <usize>mark, argStart - mark, C.sbPtr + <usize>argStart, sbLen - argStart, canSuspend ? 1 : 0);
  C.sbTruncate(mark);
  if (len == SUSPEND && canSuspend) { requestSuspend(); return null; }
  return readResult(len);
}

/** The answer of a suspended host call (host-ts/index.ts calls the VM's resume(len) with it). */
export function resumeValue(len: i32): anyref { return readResult(len); }

function readResult(len: i32): anyref {
  if (len < 1) return raiseWith(E.SystemError, strLit("host call failed"));
  if (!C.reserve(<i64>len)) return null;
  if (len > rcap) {
    let cap = rcap < 4096 ? 4096 : rcap;
    while (cap < len) cap <<= 1;
    rbuf = heap.alloc(<usize>cap); rcap = cap;
  }
  hostResult(rbuf);
  rpos = rbuf; rend = rbuf + <usize>len;
  const status = ru8();
  const v = dec(0);
  if (is_null(v)) return null;
  if (status == 0) return v;
  return raiseFromHost(v);
}

/** status 1: v = (exception class name, args tuple); only builtin exception classes, else RuntimeError. */
function raiseFromHost(v: anyref): anyref {
  if (!K.Tuple_is(v) || AnyArr_len(K.Tuple_get_items(v)) != 2) return badWire();
  const name = AnyArr_get(K.Tuple_get_items(v), 0);
  const args = AnyArr_get(K.Tuple_get_items(v), 1);
  if (!K.Str_is(name) || !K.Tuple_is(args)) return badWire();
  let cls = dictGet(builtinsDict, intern(name));
  if (is_null(cls) || !K.Type_is(cls) || !isExcClass(cls)) cls = E.RuntimeError;
  const items = K.Tuple_get_items(args);
  const e = callObject(cls, items, 0, AnyArr_len(items), null);
  if (is_null(e)) return null;
  setExc(e);
  return null;
}
import { isSubtype } from "../objects/type";
function isExcClass(cls: anyref): bool { return isSubtype(cls, E.BaseException); }

function p_call(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  if (kwCount(kw) > 0) return raiseTypeError(strLit("_pyex.call() takes no keyword arguments"));
  if (n < 1 || !K.Str_is(AnyArr_get(a, b))) return raiseTypeError(strLit("_pyex.call(name, *args): name must be a str"));
  return hostInvoke(AnyArr_get(a, b), a, b + 1, n - 1, takeSuspendOk());
}
function p_seed(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  return hostInvoke(strLit("seed"), a, b, 0);
}

export function initPyex(): anyref {
  const m = newModule("_pyex");
  const d = K.Module_get_dict(m);
  const callFn = newBuiltinFn("call", p_call, m);
  setSuspendFn(callFn);
  dictSet(d, intern(strLit("call")), callFn);
  dictSet(d, intern(strLit("seed")), newBuiltinFn("seed", p_seed, m));
  return m;
}

// ---- builtins.open: io.open (stdlib/io.py) -------------------------------------------------------
function b_open(self: anyref, a: anyref, b: i32, n: i32, kw: anyref): anyref {
  const io = importModule(intern(strLit("io")), strLit("open"), mkInt(0), null);
  if (is_null(io)) return null;
  const f = getAttr(io, intern(strLit("open")));
  if (is_null(f)) return null;
  return callObject(f, a, b, n, kw);
}
export function registerOpen(builtins: anyref): void {
  dictSet(builtins, intern(strLit("open")), newBuiltinFn("open", b_open, None));
}
