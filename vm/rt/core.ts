// Core runtime state shared by every part of the VM: the builtin type objects and singletons,
// the pending-exception register, host imports, and the scratch string builder.
//
// Error convention (AssemblyScript has no try/catch): a fallible function returns a sentinel —
// `null` for anyref results, -1 for i32 results — after setting `exc` to the exception object.
// Callers propagate the sentinel; the dispatch loop turns it into an unwind.
import {
  is_null, small_new, small_is, small_get, Int_new, Int_is, Int_get_val, Float_new, Str_new,
  Bytes_from_mem, Bytes_len, Bytes_to_mem, Obj_get_cls, Bool_is, Bool_get_val, BigInt_is, BigInt_get_sign,
} from "../generated/kernel";

// ---- host imports ---------------------------------------------------------------------------
// @ts-ignore: decorator
@external("host", "write") export declare function hostWrite(fd: i32, ptr: usize, len: i32): void;
/** Called between step slices when the host asked for them (setStepSlice): 0 go on, 1 raise
 *  KeyboardInterrupt (an interrupt from the user), 2 end with LimitError (the wall clock ran out). */
// @ts-ignore: decorator
@external("host", "poll") declare function hostPoll(): i32;

// ---- builtin types and singletons (created by vm/objects/bootstrap.ts) -----------------------
export let T_type: anyref = null;
export let T_object: anyref = null;
export let T_int: anyref = null;
export let T_bool: anyref = null;
export let T_float: anyref = null;
export let T_complex: anyref = null;
export let T_str: anyref = null;
export let T_bytes: anyref = null;
export let T_bytearray: anyref = null;
export let T_tuple: anyref = null;
export let T_list: anyref = null;
export let T_dict: anyref = null;
export let T_set: anyref = null;
export let T_frozenset: anyref = null;
export let T_NoneType: anyref = null;
export let T_NotImplementedType: anyref = null;
export let T_ellipsis: anyref = null;
export let T_function: anyref = null;
export let T_builtin: anyref = null;
export let T_method: anyref = null;
export let T_cell: anyref = null;
export let T_code: anyref = null;
export let T_range: anyref = null;
export let T_slice: anyref = null;
export let T_module: anyref = null;
export let T_traceback: anyref = null;
export let T_generator: anyref = null;
export let T_property: anyref = null;
export let T_classmethod: anyref = null;
export let T_staticmethod: anyref = null;
export let T_iterator: anyref = null;   // list/tuple/str iterators
export let T_range_iterator: anyref = null;
export let T_wrap: anyref = null;       // enumerate, zip, map … each gets its own type later

export let None: anyref = null;
export let True: anyref = null;
export let False: anyref = null;
export let NotImplemented: anyref = null;
export let Ellipsis: anyref = null;
export let EmptyTuple: anyref = null;
export let EmptyStr: anyref = null;

// Setters used by bootstrap (AS module globals are read-only to importers).
export function setCoreTypes(type: anyref, object: anyref, int: anyref, bool: anyref, float: anyref, str: anyref,
  tuple: anyref, list: anyref, dict: anyref, NoneType: anyref): void {
  T_type = type; T_object = object; T_int = int; T_bool = bool; T_float = float; T_str = str;
  T_tuple = tuple; T_list = list; T_dict = dict; T_NoneType = NoneType;
}
export function setMoreTypes(complex: anyref, bytes: anyref, bytearray: anyref, set: anyref, frozenset: anyref,
  nit: anyref, ell: anyref, func: anyref, builtin: anyref, method: anyref, cell: anyref, code: anyref): void {
  T_complex = complex; T_bytes = bytes; T_bytearray = bytearray; T_set = set; T_frozenset = frozenset;
  T_NotImplementedType = nit; T_ellipsis = ell; T_function = func; T_builtin = builtin; T_method = method;
  T_cell = cell; T_code = code;
}
export function setOtherTypes(range: anyref, slice: anyref, module: anyref, tb: anyref, gen: anyref, prop: anyref,
  cm: anyref, sm: anyref, it: anyref, rit: anyref, wrap: anyref): void {
  T_range = range; T_slice = slice; T_module = module; T_traceback = tb; T_generator = gen; T_property = prop;
  T_classmethod = cm; T_staticmethod = sm; T_iterator = it; T_range_iterator = rit; T_wrap = wrap;
}
export function setSingletons(none: anyref, t: anyref, f: anyref, ni: anyref, ell: anyref, et: anyref, es: anyref): void {
  None = none; True = t; False = f; NotImplemented = ni; Ellipsis = ell; EmptyTuple = et; EmptyStr = es;
}

// ---- pending exception ----------------------------------------------------------------------
export let exc: anyref = null;          // the exception being raised, or null
export let fatal: i32 = 0;              // non-zero: a LimitError that no handler may catch
export function setExc(e: anyref): void { exc = e; }
export function clearExc(): void { exc = null; }
export function setFatal(v: i32): void { fatal = v; }

// ---- budgets ---------------------------------------------------------------------------------
export let stepsLeft: i64 = 1_000_000_000;
export let stepsLimit: i64 = 1_000_000_000;
// Step slices: with a slice size set, the budget is handed to stepsLeft a slice at a time and the
// host is polled (hostPoll) between slices — how a host interrupts a run it cannot terminate
// (Ctrl-C in the REPL, a cooperative wall clock where there is no thread to kill). The hot loop
// is unchanged: it only ever looks at stepsLeft; refills happen where the limit would be raised.
export let stepsReserve: i64 = 0;
export let stepsSlice: i64 = 0;
/** Milliseconds named in the "time limit exceeded" LimitError (poll answer 2). */
export let pollTimeoutMs: i64 = 0;
export function setSteps(limit: i64): void {
  stepsLimit = limit;
  if (stepsSlice > 0 && limit > stepsSlice) { stepsLeft = stepsSlice; stepsReserve = limit - stepsSlice; }
  else { stepsLeft = limit; stepsReserve = 0; }
}
export function setStepSlice(n: i64, timeoutMs: i64): void { stepsSlice = n; pollTimeoutMs = timeoutMs; }
export function setStepsLeft(v: i64): void { stepsLeft = v; }
/** Steps the run may still take (this slice and the ones not handed out yet). */
export function stepsAvailable(): i64 { return stepsLeft + stepsReserve; }
/** Steps taken so far. */
export function stepsTaken(): i64 { return stepsLimit - stepsReserve - (stepsLeft < 0 ? 0 : stepsLeft); }

/**
 * stepsLeft went below zero: hand out the next slice and poll the host, or — the whole budget
 * spent — raise the step-limit LimitError. False with the exception set (the caller unwinds).
 */
export function stepsOut(): bool {
  while (stepsLeft < 0 && stepsReserve > 0) {
    const g = stepsReserve < stepsSlice ? stepsReserve : stepsSlice;
    stepsReserve -= g;
    stepsLeft += g;
  }
  if (stepsLeft < 0) { stepLimitError(); return false; }
  const r = hostPoll();
  if (r == 1) { setExc(newExc_(KeyboardInterrupt_(), null)); return false; }
  if (r == 2) {
    const m = sbLen; sbLit("time limit exceeded ("); sbI64(pollTimeoutMs); sbLit(" ms)");
    setExc(newExc_(LimitError_(), sbTakeStr(m)));
    setFatal(1);
    return false;
  }
  return true;
}

/** Set the uncatchable "step limit exceeded (N)" LimitError. */
export function stepLimitError(): void {
  const m = sbLen; sbLit("step limit exceeded ("); sbI64(stepsLimit); sbByte(41);
  setExc(newExc_(LimitError_(), sbTakeStr(m)));
  setFatal(1);
}
/**
 * Charge n steps for work done inside a builtin (docs/budgets.md). False — with the LimitError
 * set, or a MemoryError when a memory check found the budget exceeded — means the caller must
 * propagate its error sentinel. Also the memory safe point of native loops.
 */
export function chargeSteps(n: i64): bool {
  const left = stepsLeft - n;
  stepsLeft = left;
  if (left < 0 && !stepsOut()) return false;
  if (mem_allocated() > memThreshold) return memCheck_(false);
  return true;
}

/** Charge n steps where no error can be returned: the next opcode (or chargeSteps) raises the
 * LimitError. For work bounded by data already in memory (copies, produced strings). */
export function chargeLater(n: i64): void { stepsLeft -= n; }

// ---- memory budget (vm/rt/mem.ts measures; docs/budgets.md) ----------------------------------
export let memBudget: i64 = 256 << 20;
/** Allocated-bytes count (kernel global) at which the next live measurement happens. */
export let memThreshold: i64 = 256 << 20;
/** Live bytes found by the last measurement. */
export let memLastLive: i64 = 0;
export function setMemBudget(b: i64): void { memBudget = b; memThreshold = mem_allocated() + b; }
export function setMemThreshold(t: i64): void { memThreshold = t; }
export function setMemLastLive(v: i64): void { memLastLive = v; }
/**
 * A container is about to grow to a new backing array of `bytes` where no error can be returned
 * (list append, dict/set resize). Near the budget this measures; far over it the run ends
 * (LimitError); otherwise the next safe point raises MemoryError if live data is over budget.
 */
export function growCheck(bytes: i64): void {
  if (bytes < (1 << 20) || memLastLive + bytes <= memBudget) return;
  memGrow_(bytes);
}
/**
 * Check that `bytes` more can be allocated (a single large request: str/list repeat, join,
 * bytes(n), padding); false with MemoryError set when it cannot fit in the memory budget next to
 * the data live now. Call before allocating.
 */
export function reserve(bytes: i64): bool {
  // no single request over 512 MiB (the engine's array and memory limits are near 1 GiB)
  if (bytes < 0 || bytes > (1 << 29)) { setExc(newExc_(MemoryError_(), null)); return false; }
  if (bytes < (1 << 16)) return true;
  if (memLastLive + bytes <= memBudget && mem_allocated() + bytes <= memThreshold) return true;
  return memReserve_(bytes);
}

// ---- ints and floats ------------------------------------------------------------------------
// @ts-ignore: decorator
@inline export const SMALL_MIN: i64 = -(1 << 30);
// @ts-ignore: decorator
@inline export const SMALL_MAX: i64 = (1 << 30) - 1;

/** An int object for v: i31 when it fits, else a boxed 64-bit Int. */
export function mkInt(v: i64): anyref {
  if (v >= SMALL_MIN && v <= SMALL_MAX) return small_new(<i32>v);
  return Int_new(T_int, v);
}
export function mkFloat(v: f64): anyref { return Float_new(T_float, v); }
export function mkBool(b: bool): anyref { return b ? True : False; }

/** True for int (i31 or boxed i64) and bool; big ints are handled by their own paths. */
export function isSmallOrInt(x: anyref): bool { return small_is(x) || Int_is(x) || Bool_is(x); }
/** The i64 value of an i31/Int/Bool (caller checked isSmallOrInt). */
export function intVal(x: anyref): i64 {
  if (small_is(x)) return <i64>small_get(x);
  if (Int_is(x)) return Int_get_val(x);
  if (Bool_is(x)) return <i64>Bool_get_val(x);
  // a big int (callers should check first): saturate instead of trapping
  return BigInt_is(x) && BigInt_get_sign(x) < 0 ? i64.MIN_VALUE : i64.MAX_VALUE;
}

// ---- scratch memory: the string builder -----------------------------------------------------
// A stack-disciplined byte buffer in linear memory. Producers append; a consumer remembers
// `sbLen` (a mark) before appending and turns [mark, sbLen) into a str with sbTakeStr(mark),
// which also truncates back to the mark. Nested producers (repr of a list calling repr of its
// items) therefore compose without allocating intermediate strings.
export let sbPtr: usize = 0;
export let sbLen: i32 = 0;
let sbCap: i32 = 0;

export function sbInit(): void {
  if (sbCap == 0) { sbCap = 1 << 16; sbPtr = heap.alloc(<usize>sbCap); }
}
export function sbReserve(n: i32): void {
  const need = <i64>sbLen + <i64>n;
  if (need <= <i64>sbCap) return;
  if (need > (1 << 29) || need + memLastLive > memBudget) memAbort_(need);  // cannot continue: ends the run
  let cap64: i64 = <i64>sbCap;
  while (cap64 < need) cap64 = cap64 << 1;
  if (cap64 > (1 << 29)) cap64 = need;
  const cap = <i32>cap64;
  const p = heap.alloc(<usize>cap);   // stub runtime: the old block is abandoned (rare, doubling)
  memory.copy(p, sbPtr, <usize>sbLen);
  sbPtr = p; sbCap = cap;
}
export function sbTruncate(mark: i32): void { sbLen = mark; }
export function sbByte(b: i32): void { sbReserve(1); store<u8>(sbPtr + <usize>sbLen, <u8>b); sbLen++; }
/** Append an ASCII/BMP AS string literal (static; reading it allocates nothing) as UTF-8. */
export function sbLit(s: string): void {
  const n = s.length;
  const p = changetype<usize>(s);
  // one reservation and direct stores (start-up converts ~2,000 names this way); a UTF-16 unit
  // takes at most 3 UTF-8 bytes (a surrogate is encoded on its own, as sbCodepoint does)
  sbReserve(n * 3);
  let q = sbPtr + <usize>sbLen;
  for (let i = 0; i < n; i++) {
    const c = <u32>load<u16>(p + (<usize>i << 1));
    if (c < 0x80) { store<u8>(q, <u8>c); q++; }
    else if (c < 0x800) { store<u8>(q, <u8>(0xc0 | (c >> 6))); store<u8>(q, <u8>(0x80 | (c & 0x3f)), 1); q += 2; }
    else { store<u8>(q, <u8>(0xe0 | (c >> 12))); store<u8>(q, <u8>(0x80 | ((c >> 6) & 0x3f)), 1); store<u8>(q, <u8>(0x80 | (c & 0x3f)), 2); q += 3; }
  }
  sbLen = <i32>(q - sbPtr);
}
export function sbCodepoint(c: i32): void {
  if (c < 0x80) { sbByte(c); return; }
  sbReserve(4);
  if (c < 0x800) { sbByte(0xc0 | (c >> 6)); sbByte(0x80 | (c & 0x3f)); return; }
  if (c < 0x10000) { sbByte(0xe0 | (c >> 12)); sbByte(0x80 | ((c >> 6) & 0x3f)); sbByte(0x80 | (c & 0x3f)); return; }
  sbByte(0xf0 | (c >> 18)); sbByte(0x80 | ((c >> 12) & 0x3f)); sbByte(0x80 | ((c >> 6) & 0x3f)); sbByte(0x80 | (c & 0x3f));
}
/** Append n bytes from linear memory. */
export function sbBytesFromMem(p: usize, n: i32): void { sbReserve(n); memory.copy(sbPtr + <usize>sbLen, p, <usize>n); sbLen += n; }
/** Append the bytes [off, off+n) of a Bytes array. */
export function sbBytes(data: anyref, off: i32, n: i32): void {
  sbReserve(n);
  Bytes_to_mem(data, off, sbPtr + <usize>sbLen, n);
  sbLen += n;
}
export function sbI64(v: i64): void {
  if (v < 0) {
    sbByte(45);
    if (v == i64.MIN_VALUE) { sbLit("9223372036854775808"); return; }
    v = -v;
  }
  sbU64(<u64>v);
}
export function sbU64(v: u64): void {
  const start = sbLen;
  do { sbByte(<i32>(v % 10) + 48); v /= 10; } while (v != 0);
  // reverse the digits in place
  let i = start, j = sbLen - 1;
  while (i < j) {
    const a = load<u8>(sbPtr + <usize>i); store<u8>(sbPtr + <usize>i, load<u8>(sbPtr + <usize>j)); store<u8>(sbPtr + <usize>j, a);
    i++; j--;
  }
}
/** Number of code points in UTF-8 bytes [p, p+n). */
export function utf8Count(p: usize, n: i32): i32 {
  let c = 0;
  for (let i = 0; i < n; i++) if ((load<u8>(p + <usize>i) & 0xc0) != 0x80) c++;
  return c;
}
/** Make a str from [mark, sbLen) and truncate the builder back to mark. */
export function sbTakeStr(mark: i32): anyref {
  const n = sbLen - mark;
  stepsLeft -= <i64>(n >> 6);   // producing text is work (see chargeLater)
  const p = sbPtr + <usize>mark;
  const s = Str_new(T_str, Bytes_from_mem(p, n), utf8Count(p, n), 0);
  sbLen = mark;
  return s;
}
/** A str from an AS literal (for messages and names). */
export function strLit(s: string): anyref {
  const m = sbLen; sbLit(s); return sbTakeStr(m);
}

/** The Python class of any value. */
export function typeOf(x: anyref): anyref {
  if (small_is(x)) return T_int;
  return Obj_get_cls(x);
}
export function isNone(x: anyref): bool { return is_null(x) ? false : ref_eq_(x, None); }
import { ref_eq, mem_allocated } from "../generated/kernel";
import { memCheck as memCheck_, memReserve as memReserve_, memAbort as memAbort_, memGrow as memGrow_ } from "./mem";
import { newExc as newExc_ } from "./errors";
import { LimitError as LimitErrorV, MemoryError as MemoryErrorV, KeyboardInterrupt as KeyboardInterruptV } from "../objects/exceptions";
function LimitError_(): anyref { return LimitErrorV; }
function KeyboardInterrupt_(): anyref { return KeyboardInterruptV; }
function MemoryError_(): anyref { return MemoryErrorV; }
// @ts-ignore: decorator
@inline function ref_eq_(a: anyref, b: anyref): bool { return ref_eq(a, b); }
