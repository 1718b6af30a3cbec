// Arbitrary-precision ints: values beyond i64 are `BigInt` structs (sign -1/1 and normalized
// base-2**32 little-endian magnitude limbs in an I32Arr). Every value that fits i64 is an i31 or
// `Int` (see mk), so each int has exactly one representation.
//
// Arithmetic runs on copies of the limbs in linear memory (a scratch arena with stack
// discipline: smark/srelease around each top-level operation), where the inner loops are plain
// loads and stores; results are copied back into a fresh I32Arr. Nothing here allocates
// AssemblyScript-managed objects. Work is charged against the step budget (limb operations / 64)
// before it is done, so a huge computation stops with the step limit instead of hanging.
import {
  is_null, small_is, small_get, small_new, BigInt_is, BigInt_get_sign, BigInt_get_limbs, BigInt_new, I32Arr_len,
  I32Arr_from_mem, I32Arr_to_mem, Float_is, Float_get_val, Bytes_from_mem,
} from "../generated/kernel";
import * as C from "../rt/core";
import { mkInt, mkFloat, T_int, sbByte, sbReserve, sbLit, setExc, setFatal, sbTakeStr, sbI64 } from "../rt/core";
import { raiseZeroDivision, raiseOverflow, raiseValueError, raiseMemoryError, raiseWith, newExc, raiseLit } from "../rt/errors";
import * as E from "./exceptions";

// Binary operator numbers (same as objects/int.ts).
const OP_ADD: i32 = 0;
const OP_SUB: i32 = 1;
const OP_MUL: i32 = 2;
const OP_TRUEDIV: i32 = 3;
const OP_FLOORDIV: i32 = 4;
const OP_MOD: i32 = 5;
const OP_POW: i32 = 6;
const OP_LSHIFT: i32 = 7;
const OP_RSHIFT: i32 = 8;
const OP_AND: i32 = 9;
const OP_OR: i32 = 10;
const OP_XOR: i32 = 11;

/** Largest magnitude we build, in limbs (2**27 bits, ~40 million decimal digits). */
const MAX_LIMBS: i64 = 1 << 22;
const KARA: i32 = 40;          // Karatsuba threshold (limbs of the smaller operand)

/** sys.set_int_max_str_digits: decimal conversions above this many digits raise ValueError (0 = off). */
export let maxStrDigits: i32 = 4300;
export function setMaxStrDigits(v: i32): void { maxStrDigits = v; }

// ---- scratch arena ---------------------------------------------------------------------------
let arBase: usize = 0;
let arCap: usize = 0;
let arTop: usize = 0;

/** n limbs of scratch (not zeroed). A full arena is replaced by a bigger one; the old block stays
 * valid until the operation that used it releases its mark (the stub runtime never frees). */
function salloc(n: i32): usize {
  const bytes = ((<usize>n << 2) + 15) & ~(<usize>15);
  if (arTop + bytes > arCap) {
    let cap = arCap << 1;
    if (cap < (1 << 20)) cap = 1 << 20;
    while (cap < bytes * 2) cap <<= 1;
    arBase = heap.alloc(cap);
    arCap = cap; arTop = 0;
  }
  const p = arBase + arTop;
  arTop += bytes;
  return p;
}
function szalloc(n: i32): usize { const p = salloc(n); memory.fill(p, 0, <usize>n << 2); return p; }
function smark(): usize { return arBase + arTop; }
function srelease(m: usize): void {
  if (m >= arBase && m <= arBase + arCap) arTop = m - arBase; else arTop = 0;
}

// @ts-ignore: decorator
@inline function L(p: usize, i: i32): u32 { return load<u32>(p + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function S(p: usize, i: i32, v: u32): void { store<u32>(p + (<usize>i << 2), v); }

// ---- budget ------------------------------------------------------------------------------------
/** Charge `work` limb operations against the step budget; false (LimitError raised) when exhausted. */
function charge(work: i64): bool {
  const left = C.stepsLeft - (work >> 6);
  C.setStepsLeft(left);
  return left >= 0 || C.stepsOut();
}
function mulCost(n: i32, m: i32): i64 {
  if (n < m) { const t = n; n = m; m = t; }
  if (m < KARA) return <i64>n * <i64>m + 16;
  // Karatsuba: (n/m) products of m x m, each ~ KARA^2 * 3^log2(m/KARA)
  const k = Math.pow(3.0, Math.log2(<f64>m / <f64>KARA)) * <f64>(KARA * KARA);
  return <i64>(k * (<f64>n / <f64>m)) + 16;
}

// ---- loading operands ----------------------------------------------------------------------------
let ldSign: i32 = 0;
let ldLen: i32 = 0;

function ldI64(v: i64): usize {
  const p = salloc(2);
  const m: u64 = v < 0 ? <u64>0 - <u64>v : <u64>v;
  S(p, 0, <u32>m); S(p, 1, <u32>(m >> 32));
  ldSign = v < 0 ? -1 : v > 0 ? 1 : 0;
  ldLen = m == 0 ? 0 : (m >> 32) != 0 ? 2 : 1;
  return p;
}
/** The magnitude of int x copied into scratch; sets ldSign / ldLen. */
function ld(x: anyref): usize {
  if (BigInt_is(x)) {
    const a = BigInt_get_limbs(x);
    const n = I32Arr_len(a);
    const p = salloc(n);
    I32Arr_to_mem(a, 0, p, n);
    ldSign = BigInt_get_sign(x); ldLen = n;
    return p;
  }
  return ldI64(C.intVal(x));
}

function mnorm(p: usize, n: i32): i32 { while (n > 0 && L(p, n - 1) == 0) n--; return n; }

/** The int for sign * magnitude [p, p+n): i31/Int when it fits i64, else a BigInt. */
function mk(p: usize, n: i32, sign: i32): anyref {
  n = mnorm(p, n);
  if (n == 0) return small_new(0);
  if (n <= 2) {
    const m: u64 = n == 1 ? <u64>L(p, 0) : (<u64>L(p, 0) | (<u64>L(p, 1) << 32));
    if (sign > 0) { if (m <= <u64>i64.MAX_VALUE) return mkInt(<i64>m); }
    else if (m <= (<u64>1 << 63)) return mkInt(<i64>(<u64>0 - m));
  }
  return BigInt_new(T_int, sign < 0 ? -1 : 1, I32Arr_from_mem(p, n));
}

export function isBig(x: anyref): bool { return BigInt_is(x); }
export function bigSign(x: anyref): i32 { return BigInt_get_sign(x); }

// ---- magnitude primitives --------------------------------------------------------------------------
function mcmp(a: usize, na: i32, b: usize, nb: i32): i32 {
  if (na != nb) return na < nb ? -1 : 1;
  for (let i = na - 1; i >= 0; i--) { const x = L(a, i), y = L(b, i); if (x != y) return x < y ? -1 : 1; }
  return 0;
}
/** r = a + b (na >= nb); r has na + 1 limbs; r may alias a. Returns na + 1. */
function madd(r: usize, a: usize, na: i32, b: usize, nb: i32): i32 {
  let c: u64 = 0;
  let i = 0;
  for (; i < nb; i++) { c += <u64>L(a, i) + <u64>L(b, i); S(r, i, <u32>c); c >>= 32; }
  for (; i < na; i++) { c += <u64>L(a, i); S(r, i, <u32>c); c >>= 32; }
  S(r, na, <u32>c);
  return na + 1;
}
/** r = a - b (a >= b, na >= nb); r may alias a. Returns the normalized length. */
function msub(r: usize, a: usize, na: i32, b: usize, nb: i32): i32 {
  let br: i64 = 0;
  let i = 0;
  for (; i < nb; i++) { br += <i64>L(a, i) - <i64>L(b, i); S(r, i, <u32>br); br >>= 32; }
  for (; i < na; i++) { br += <i64>L(a, i); S(r, i, <u32>br); br >>= 32; }
  return mnorm(r, na);
}
/** r[0..nr) += a[0..na) (na <= nr; the sum fits). */
function maddTo(r: usize, nr: i32, a: usize, na: i32): void {
  let c: u64 = 0;
  let i = 0;
  for (; i < na; i++) { c += <u64>L(r, i) + <u64>L(a, i); S(r, i, <u32>c); c >>= 32; }
  for (; c != 0 && i < nr; i++) { c += <u64>L(r, i); S(r, i, <u32>c); c >>= 32; }
}
/** r[0..nr) -= a[0..na) (r >= a). */
function msubFrom(r: usize, nr: i32, a: usize, na: i32): void {
  let br: i64 = 0;
  let i = 0;
  for (; i < na; i++) { br += <i64>L(r, i) - <i64>L(a, i); S(r, i, <u32>br); br >>= 32; }
  for (; br != 0 && i < nr; i++) { br += <i64>L(r, i); S(r, i, <u32>br); br >>= 32; }
}
/** r[0..n] = a[0..n) * m + add; returns nothing (r has n + 1 limbs; may alias a). */
function mmul1(r: usize, a: usize, n: i32, m: u32, add: u32): void {
  let c: u64 = <u64>add;
  for (let i = 0; i < n; i++) { c += <u64>L(a, i) * <u64>m; S(r, i, <u32>c); c >>= 32; }
  S(r, n, <u32>c);
}
/** q = a / d (q may alias a), returns the remainder. */
function mdiv1(q: usize, a: usize, n: i32, d: u32): u32 {
  let r: u64 = 0;
  const dd = <u64>d;
  for (let i = n - 1; i >= 0; i--) {
    const cur = (r << 32) | <u64>L(a, i);
    const qq = cur / dd;
    S(q, i, <u32>qq);
    r = cur - qq * dd;
  }
  return <u32>r;
}
function mmulSchool(r: usize, a: usize, na: i32, b: usize, nb: i32): void {
  memory.fill(r, 0, <usize>(na + nb) << 2);
  for (let i = 0; i < na; i++) {
    const ai = <u64>L(a, i);
    if (ai == 0) continue;
    let c: u64 = 0;
    const rp = r + (<usize>i << 2);
    for (let j = 0; j < nb; j++) {
      const t = ai * <u64>L(b, j) + <u64>L(rp, j) + c;
      S(rp, j, <u32>t);
      c = t >> 32;
    }
    S(rp, nb, <u32>c);
  }
}
function msqrSchool(r: usize, a: usize, n: i32): void {
  // off-diagonal products once, doubled, plus the squares
  memory.fill(r, 0, <usize>(2 * n) << 2);
  for (let i = 0; i < n; i++) {
    const ai = <u64>L(a, i);
    if (ai == 0) continue;
    let c: u64 = 0;
    const rp = r + (<usize>i << 2);
    for (let j = i + 1; j < n; j++) {
      const t = ai * <u64>L(a, j) + <u64>L(rp, j) + c;
      S(rp, j, <u32>t);
      c = t >> 32;
    }
    S(rp, n, <u32>c);
  }
  // double
  let top: u32 = 0;
  for (let i = 0; i < 2 * n; i++) { const v = L(r, i); S(r, i, (v << 1) | top); top = v >> 31; }
  // add squares
  let c: u64 = 0;
  for (let i = 0; i < n; i++) {
    const ai = <u64>L(a, i);
    const sq = ai * ai;
    c += <u64>L(r, 2 * i) + (sq & 0xffffffff); S(r, 2 * i, <u32>c); c >>= 32;
    c += <u64>L(r, 2 * i + 1) + (sq >> 32); S(r, 2 * i + 1, <u32>c); c >>= 32;
  }
}
/** r[0 .. na+nb) = a * b; r must not alias a or b. */
function mmul(r: usize, a: usize, na: i32, b: usize, nb: i32): void {
  if (na < nb) { const t = a; a = b; b = t; const tn = na; na = nb; nb = tn; }
  if (nb == 0) { memory.fill(r, 0, <usize>na << 2); return; }
  if (nb < KARA) {
    if (a == b && na == nb) msqrSchool(r, a, na); else mmulSchool(r, a, na, b, nb);
    return;
  }
  const mark = smark();
  const h = (na + 1) >> 1;
  if (nb <= h) {
    // lopsided: slice a into pieces of nb limbs
    memory.fill(r, 0, <usize>(na + nb) << 2);
    const t = salloc(2 * nb);
    for (let i = 0; i < na; i += nb) {
      const k = na - i < nb ? na - i : nb;
      mmul(t, a + (<usize>i << 2), k, b, nb);
      maddTo(r + (<usize>i << 2), na + nb - i, t, k + nb);
    }
    srelease(mark);
    return;
  }
  // Karatsuba: a = a1*B^h + a0, b = b1*B^h + b0
  const a0 = a, a1 = a + (<usize>h << 2), b0 = b, b1 = b + (<usize>h << 2);
  const na1 = na - h, nb1 = nb - h;
  const sq = a == b && na == nb;
  mmul(r, a0, h, sq ? a0 : b0, h);                                  // z0 -> r[0, 2h)
  mmul(r + (<usize>(2 * h) << 2), a1, na1, sq ? a1 : b1, nb1);      // z2 -> r[2h, na+nb)
  const ta = salloc(h + 1);
  const nta = madd(ta, a0, h, a1, na1);
  let tb = ta, ntb = nta;
  if (!sq) { tb = salloc(h + 1); ntb = madd(tb, b0, h, b1, nb1); }
  const z1 = salloc(nta + ntb);
  mmul(z1, ta, nta, tb, ntb);
  let nz1 = nta + ntb;
  msubFrom(z1, nz1, r, 2 * h);
  msubFrom(z1, nz1, r + (<usize>(2 * h) << 2), na1 + nb1);
  nz1 = mnorm(z1, nz1);
  maddTo(r + (<usize>h << 2), na + nb - h, z1, nz1);
  srelease(mark);
}

/** Knuth D: q[0..na-nb] = a / b, r[0..nb) = a % b (r may be 0). nb >= 2, na >= nb, b normalized. */
function mdivKnuth(q: usize, r: usize, a: usize, na: i32, b: usize, nb: i32): void {
  const mark = smark();
  const s = <u32>clz(L(b, nb - 1));
  const vn = salloc(nb);
  const un = salloc(na + 1);
  if (s != 0) {
    for (let i = nb - 1; i > 0; i--) S(vn, i, (L(b, i) << s) | (L(b, i - 1) >> (32 - s)));
    S(vn, 0, L(b, 0) << s);
    S(un, na, L(a, na - 1) >> (32 - s));
    for (let i = na - 1; i > 0; i--) S(un, i, (L(a, i) << s) | (L(a, i - 1) >> (32 - s)));
    S(un, 0, L(a, 0) << s);
  } else {
    memory.copy(vn, b, <usize>nb << 2);
    memory.copy(un, a, <usize>na << 2);
    S(un, na, 0);
  }
  const vtop = <u64>L(vn, nb - 1), vsec = <u64>L(vn, nb - 2);
  const B: u64 = <u64>1 << 32;
  for (let j = na - nb; j >= 0; j--) {
    const num = (<u64>L(un, j + nb) << 32) | <u64>L(un, j + nb - 1);
    let qhat = num / vtop;
    let rhat = num - qhat * vtop;
    while (qhat >= B || qhat * vsec > ((rhat << 32) | <u64>L(un, j + nb - 2))) {
      qhat--; rhat += vtop;
      if (rhat >= B) break;
    }
    let borrow: i64 = 0;
    let carry: u64 = 0;
    const up = un + (<usize>j << 2);
    for (let i = 0; i < nb; i++) {
      const p = qhat * <u64>L(vn, i) + carry;
      carry = p >> 32;
      const t = <i64>L(up, i) - borrow - <i64>(p & 0xffffffff);
      S(up, i, <u32>t);
      borrow = t < 0 ? 1 : 0;
    }
    const t = <i64>L(up, nb) - borrow - <i64>carry;
    S(up, nb, <u32>t);
    if (t < 0) {
      qhat--;
      let c: u64 = 0;
      for (let i = 0; i < nb; i++) { c += <u64>L(up, i) + <u64>L(vn, i); S(up, i, <u32>c); c >>= 32; }
      S(up, nb, L(up, nb) + <u32>c);
    }
    S(q, j, <u32>qhat);
  }
  if (r != 0) {
    if (s != 0) for (let i = 0; i < nb; i++) S(r, i, (L(un, i) >> s) | (L(un, i + 1) << (32 - s)));
    else memory.copy(r, un, <usize>nb << 2);
  }
  srelease(mark);
}

// Results of mdivmod (scratch pointers and normalized lengths).
let dq: usize = 0;
let dqn: i32 = 0;
let dr: usize = 0;
let drn: i32 = 0;
/** |a| divmod |b| (nb > 0, normalized) into dq/dqn, dr/drn (fresh scratch). */
function mdivmod(a: usize, na: i32, b: usize, nb: i32): bool {
  if (na < nb || mcmp(a, na, b, nb) < 0) {
    dq = salloc(1); dqn = 0;
    dr = salloc(na > 0 ? na : 1); memory.copy(dr, a, <usize>na << 2); drn = na;
    return true;
  }
  if (!charge(<i64>(na - nb + 1) * <i64>nb + 16)) return false;
  dq = salloc(na - nb + 1);
  if (nb == 1) {
    const rem = mdiv1(dq, a, na, L(b, 0));
    dqn = mnorm(dq, na);
    dr = salloc(1); S(dr, 0, rem); drn = rem != 0 ? 1 : 0;
    return true;
  }
  dr = salloc(nb);
  mdivKnuth(dq, dr, a, na, b, nb);
  dqn = mnorm(dq, na - nb + 1);
  drn = mnorm(dr, nb);
  return true;
}

function bitLen(p: usize, n: i32): i64 {
  if (n == 0) return 0;
  return <i64>(n - 1) * 32 + <i64>(32 - clz(L(p, n - 1)));
}
/** r = a << bits; r has na + (bits >> 5) + 1 limbs. Returns that length. */
function mshl(r: usize, a: usize, na: i32, bits: i64): i32 {
  const w = <i32>(bits >> 5), s = <u32>(bits & 31);
  const n = na + w + 1;
  if (s == 0) {
    memory.copy(r + (<usize>w << 2), a, <usize>na << 2);
    S(r, na + w, 0);
  } else {
    S(r, na + w, L(a, na - 1) >> (32 - s));
    for (let i = na - 1; i > 0; i--) S(r, i + w, (L(a, i) << s) | (L(a, i - 1) >> (32 - s)));
    S(r, w, L(a, 0) << s);
  }
  memory.fill(r, 0, <usize>w << 2);
  return n;
}
/** r = a >> bits (r has na limbs); returns the normalized length; mshrLost = any 1 bits dropped. */
let mshrLost: bool = false;
function mshr(r: usize, a: usize, na: i32, bits: i64): i32 {
  const w64 = bits >> 5;
  mshrLost = false;
  if (w64 >= <i64>na) { for (let i = 0; i < na; i++) if (L(a, i) != 0) mshrLost = true; return 0; }
  const w = <i32>w64, s = <u32>(bits & 31);
  for (let i = 0; i < w; i++) if (L(a, i) != 0) { mshrLost = true; break; }
  if (s != 0 && (L(a, w) & ((<u32>1 << s) - 1)) != 0) mshrLost = true;
  const n = na - w;
  if (s == 0) memory.copy(r, a + (<usize>w << 2), <usize>n << 2);
  else {
    for (let i = 0; i < n - 1; i++) S(r, i, (L(a, i + w) >> s) | (L(a, i + w + 1) << (32 - s)));
    S(r, n - 1, L(a, na - 1) >> s);
  }
  return mnorm(r, n);
}

// ---- signed helpers ---------------------------------------------------------------------------------
function addSigned(pa: usize, na: i32, sa: i32, pb: usize, nb: i32, sb: i32): anyref {
  if (sa == 0 || na == 0) return mk(pb, nb, sb);
  if (sb == 0 || nb == 0) return mk(pa, na, sa);
  if (sa == sb) {
    if (na < nb) { const t = pa; pa = pb; pb = t; const tn = na; na = nb; nb = tn; }
    const r = salloc(na + 1);
    madd(r, pa, na, pb, nb);
    return mk(r, na + 1, sa);
  }
  const c = mcmp(pa, na, pb, nb);
  if (c == 0) return small_new(0);
  const r = salloc(na > nb ? na : nb);
  if (c > 0) { const n = msub(r, pa, na, pb, nb); return mk(r, n, sa); }
  const n = msub(r, pb, nb, pa, na);
  return mk(r, n, sb);
}

function tooBig(): anyref { return raiseOverflow("too many digits in integer"); }

// ---- entry points -----------------------------------------------------------------------------------
/** a <op> b for ints (small, Int, Bool or BigInt; at least one needs more than 64 bits). */
export function bigBinop(a: anyref, b: anyref, op: i32): anyref {
  const mark = smark();
  const r = binopInner(a, b, op);
  srelease(mark);
  return r;
}
/** Overflow path of the 64-bit int ops. */
export function bigBinop64(a: i64, b: i64, op: i32): anyref {
  const mark = smark();
  const r = binopInner(mkInt(a), mkInt(b), op);
  srelease(mark);
  return r;
}

function binopInner(a: anyref, b: anyref, op: i32): anyref {
  if (op == OP_POW) return powInner(a, b);
  if (op == OP_LSHIFT || op == OP_RSHIFT) return shiftInner(a, b, op == OP_LSHIFT);
  if (op == OP_AND || op == OP_OR || op == OP_XOR) return bitInner(a, b, op);
  const pa = ld(a); const na = ldLen, sa = ldSign;
  const pb = ld(b); const nb = ldLen, sb = ldSign;
  switch (op) {
    case OP_ADD: if (!charge(<i64>(na + nb))) return null; return addSigned(pa, na, sa, pb, nb, sb);
    case OP_SUB: if (!charge(<i64>(na + nb))) return null; return addSigned(pa, na, sa, pb, nb, -sb);
    case OP_MUL: {
      if (na == 0 || nb == 0) return small_new(0);
      if (<i64>na + <i64>nb > MAX_LIMBS) return raiseMemoryError();
      if (!charge(mulCost(na, nb))) return null;
      const r = salloc(na + nb);
      mmul(r, pa, na, pb, nb);
      return mk(r, na + nb, sa * sb);
    }
    case OP_TRUEDIV: return trueDiv(pa, na, sa, pb, nb, sb);
    case OP_FLOORDIV:
    case OP_MOD: {
      if (nb == 0) return raiseZeroDivision(op == OP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
      if (!floorDivmod(pa, na, sa, pb, nb, sb)) return null;
      return op == OP_MOD ? mk(dr, drn, rSign) : mk(dq, dqn, qSign);
    }
  }
  return null;
}

let qSign: i32 = 0;
let rSign: i32 = 0;
/** Python floor division of signed magnitudes: quotient dq/dqn with qSign, remainder dr/drn with rSign. */
function floorDivmod(pa: usize, na: i32, sa: i32, pb: usize, nb: i32, sb: i32): bool {
  if (!mdivmod(pa, na, pb, nb)) return false;
  qSign = sa * sb; rSign = sa;
  if (drn != 0 && sa != sb) {
    // q = -(|q| + 1), r = sb * (|b| - |r|)
    const q2 = salloc(dqn + 1);
    const one = salloc(1); S(one, 0, 1);
    if (dqn == 0) { S(q2, 0, 1); dqn = 1; } else dqn = madd(q2, dq, dqn, one, 1);
    dq = q2;
    qSign = -1;
    const r2 = salloc(nb);
    drn = msub(r2, pb, nb, dr, drn);
    dr = r2;
    rSign = sb;
  }
  return true;
}

/** divmod(a, b) as two objects in divQ/divR (ints; b nonzero). */
export let divQ: anyref = null;
export let divR: anyref = null;
export function bigDivmod(a: anyref, b: anyref): bool {
  const mark = smark();
  const pa = ld(a); const na = ldLen, sa = ldSign;
  const pb = ld(b); const nb = ldLen, sb = ldSign;
  if (nb == 0) { srelease(mark); raiseZeroDivision("integer division or modulo by zero"); return false; }
  if (!floorDivmod(pa, na, sa, pb, nb, sb)) { srelease(mark); return false; }
  divQ = mk(dq, dqn, qSign);
  divR = mk(dr, drn, rSign);
  srelease(mark);
  return true;
}

function shiftCount(b: anyref, left: bool, a: anyref): i64 {
  // returns -1 with exc set on error; -2 when the count is astronomically large
  if (BigInt_is(b)) {
    if (BigInt_get_sign(b) < 0) { raiseValueError(C.strLit("negative shift count")); return -1; }
    return -2;
  }
  const v = C.intVal(b);
  if (v < 0) { raiseValueError(C.strLit("negative shift count")); return -1; }
  return v;
}
function shiftInner(a: anyref, b: anyref, left: bool): anyref {
  const cnt = shiftCount(b, left, a);
  if (cnt == -1) return null;
  const pa = ld(a); const na = ldLen, sa = ldSign;
  if (na == 0) return small_new(0);
  if (left) {
    if (cnt == -2 || cnt > MAX_LIMBS * 32) return cnt == -2 ? tooBig() : raiseMemoryError();
    const extra = <i32>(cnt >> 5) + 1;
    if (<i64>na + <i64>extra > MAX_LIMBS) return raiseMemoryError();
    if (!charge(<i64>(na + extra))) return null;
    const r = salloc(na + extra);
    const n = mshl(r, pa, na, cnt);
    return mk(r, n, sa);
  }
  if (cnt == -2 || cnt >= bitLen(pa, na)) return small_new(sa < 0 ? -1 : 0);
  if (!charge(<i64>na)) return null;
  const r = salloc(na + 1);
  let n = mshr(r, pa, na, cnt);
  if (sa < 0 && mshrLost) {
    // floor toward -inf: -(|a| >> k) - 1 when bits were lost
    const one = salloc(1); S(one, 0, 1);
    const r2 = salloc(n + 1);
    if (n == 0) { S(r2, 0, 1); n = 1; } else n = madd(r2, r, n, one, 1);
    return mk(r2, n, -1);
  }
  return mk(r, n, sa);
}

/** Two's complement of sign*mag in n limbs (n > len). */
function twos(p: usize, len: i32, sign: i32, n: i32): usize {
  const r = salloc(n);
  memory.copy(r, p, <usize>len << 2);
  memory.fill(r + (<usize>len << 2), 0, <usize>(n - len) << 2);
  if (sign < 0) {
    let c: u64 = 1;
    for (let i = 0; i < n; i++) { c += <u64>(~L(r, i)); S(r, i, <u32>c); c >>= 32; }
  }
  return r;
}
function bitInner(a: anyref, b: anyref, op: i32): anyref {
  const pa = ld(a); const na = ldLen, sa = ldSign;
  const pb = ld(b); const nb = ldLen, sb = ldSign;
  const n = (na > nb ? na : nb) + 1;
  if (!charge(<i64>n * 3)) return null;
  const ta = twos(pa, na, sa, n), tb = twos(pb, nb, sb, n);
  for (let i = 0; i < n; i++) {
    const x = L(ta, i), y = L(tb, i);
    S(ta, i, op == OP_AND ? x & y : op == OP_OR ? x | y : x ^ y);
  }
  if ((L(ta, n - 1) >> 31) != 0) {
    // negative: magnitude = ~r + 1
    let c: u64 = 1;
    for (let i = 0; i < n; i++) { c += <u64>(~L(ta, i)); S(ta, i, <u32>c); c >>= 32; }
    return mk(ta, n, -1);
  }
  return mk(ta, n, 1);
}

// ---- power -------------------------------------------------------------------------------------------
function powInner(a: anyref, b: anyref): anyref {
  const pa = ld(a); const na = ldLen, sa = ldSign;
  let e: i64;
  if (BigInt_is(b)) {
    if (BigInt_get_sign(b) < 0) return floatPow(a, b);
    const odd = (I32Arr_get_(BigInt_get_limbs(b), 0) & 1) != 0;
    if (na == 0) return small_new(0);
    if (na == 1 && L(pa, 0) == 1) return small_new(sa < 0 && odd ? -1 : 1);
    return raiseMemoryError();
  }
  e = C.intVal(b);
  if (e < 0) return floatPow(a, b);
  if (e == 0) return small_new(1);
  if (na == 0) return small_new(0);
  const sign = sa < 0 && (e & 1) != 0 ? -1 : 1;
  if (na == 1 && L(pa, 0) == 1) return small_new(sign);
  const bits = bitLen(pa, na);
  // result size estimate (before allocating anything)
  if (<f64>bits * <f64>e > <f64>(MAX_LIMBS * 32)) return raiseMemoryError();
  const rl = <i32>((bits * e + 31) >> 5) + 1;
  // power of two: a shift
  let pow2 = true;
  for (let i = 0; i < na - 1; i++) if (L(pa, i) != 0) { pow2 = false; break; }
  if (pow2 && popcnt(L(pa, na - 1)) == 1) {
    const sh = (bits - 1) * e;
    if (!charge(<i64>rl)) return null;
    const r = szalloc(rl);
    S(r, <i32>(sh >> 5), <u32>1 << <u32>(sh & 31));
    return mk(r, rl, sign);
  }
  let r = salloc(rl + 4), t = salloc(rl + 4);
  memory.copy(r, pa, <usize>na << 2);
  let rn = na;
  let top = 63 - <i32>clz(e);
  for (let k = top - 1; k >= 0; k--) {
    if (!charge(mulCost(rn, rn))) return null;
    mmul(t, r, rn, r, rn);
    rn = mnorm(t, 2 * rn);
    let s = r; r = t; t = s;
    if ((e >> k) & 1) {
      if (!charge(mulCost(rn, na))) return null;
      mmul(t, r, rn, pa, na);
      rn = mnorm(t, rn + na);
      s = r; r = t; t = s;
    }
  }
  return mk(r, rn, sign);
}
import { I32Arr_get as I32Arr_get_ } from "../generated/kernel";

function floatPow(a: anyref, b: anyref): anyref {
  const x = intToF64(a); if (!is_null(C.exc)) return null;
  const y = intToF64(b); if (!is_null(C.exc)) return null;
  if (x == 0) return raiseZeroDivision("0.0 cannot be raised to a negative power");
  return mkFloat(Math.pow(x, y));
}

/** pow(a, b, m) for ints (m nonzero; b >= 0 or invertible base). */
export function bigPowMod(a: anyref, b: anyref, m: anyref): anyref {
  const mark = smark();
  const r = powModInner(a, b, m);
  srelease(mark);
  return r;
}
function powModInner(a: anyref, b: anyref, m: anyref): anyref {
  const pm = ld(m); const nm = ldLen, sm = ldSign;
  if (nm == 0) return raiseValueError(C.strLit("pow() 3rd argument cannot be 0"));
  let pe = ld(b); let ne = ldLen; const se = ldSign;
  const pa0 = ld(a); const na0 = ldLen, sa0 = ldSign;
  // base mod |m|, nonnegative
  if (!floorDivmod(pa0, na0, sa0, pm, nm, 1)) return null;
  let pa = dr, na = drn;
  if (se < 0) {
    // modular inverse of the base, then a positive exponent
    const inv = modInverse(pa, na, pm, nm);
    if (inv == 0) { if (is_null(C.exc)) raiseValueError(C.strLit("base is not invertible for the given modulus")); return null; }
    pa = inv; na = invLen;
  }
  if (nm == 1 && L(pm, 0) == 1) return small_new(0);
  // result = 1
  let r = salloc(nm + 1); S(r, 0, 1); let rn = 1;
  const t = salloc(2 * nm + 2);
  const topBits = bitLen(pe, ne);
  for (let k = topBits - 1; k >= 0; k--) {
    if (!charge(mulCost(rn, rn) + <i64>nm * <i64>nm)) return null;
    mmul(t, r, rn, r, rn);
    let tn = mnorm(t, 2 * rn);
    const mk1 = smark();
    if (!mdivmod(t, tn, pm, nm)) return null;
    memory.copy(r, dr, <usize>drn << 2); rn = drn;
    srelease(mk1);
    if ((L(pe, <i32>(k >> 5)) >> <u32>(k & 31)) & 1) {
      if (!charge(mulCost(rn, na) + <i64>nm * <i64>nm)) return null;
      mmul(t, r, rn, pa, na);
      tn = mnorm(t, rn + na);
      const mk2 = smark();
      if (!mdivmod(t, tn, pm, nm)) return null;
      memory.copy(r, dr, <usize>drn << 2); rn = drn;
      srelease(mk2);
    }
  }
  rn = mnorm(r, rn);
  if (sm < 0 && rn != 0) {
    // result in (m, 0]: r - |m|
    const r2 = salloc(nm);
    const n2 = msub(r2, pm, nm, r, rn);
    return mk(r2, n2, -1);
  }
  return mk(r, rn, 1);
}
let invLen: i32 = 0;
/** Inverse of a (0 <= a < m) modulo m by the extended Euclidean algorithm on signed objects; 0 if none. */
function modInverse(pa: usize, na: i32, pm: usize, nm: i32): usize {
  // Work with Python objects for simplicity (rare path).
  let r0: anyref = mk(pm, nm, 1), r1: anyref = mk(pa, na, 1);
  let s0: anyref = small_new(0), s1: anyref = small_new(1);
  while (!isZero(r1)) {
    if (!bigDivmod(r0, r1)) return 0;
    const q = divQ, rr = divR;
    const prod = bigBinop(q, s1, OP_MUL); if (is_null(prod)) return 0;
    const s2 = bigBinop(s0, prod, OP_SUB); if (is_null(s2)) return 0;
    r0 = r1; r1 = rr; s0 = s1; s1 = s2;
  }
  if (!(small_is(r0) && small_get(r0) == 1)) return 0;
  // s0 mod m
  const mobj = mk(pm, nm, 1);
  const v = bigBinop(s0, mobj, OP_MOD); if (is_null(v)) return 0;
  const p = ld(v);
  invLen = ldLen;
  return p;
}
function isZero(x: anyref): bool { return small_is(x) && small_get(x) == 0; }

// ---- unary --------------------------------------------------------------------------------------------
export function bigNeg(x: anyref): anyref {
  const mark = smark();
  const p = ld(x); const r = mk(p, ldLen, -ldSign);
  srelease(mark);
  return r;
}
export function bigAbs(x: anyref): anyref {
  if (BigInt_get_sign(x) > 0) return x;
  return bigNeg(x);
}
export function bigInvert(x: anyref): anyref { return bigBinop(small_new(-1), x, OP_SUB); }
/** -v for v = i64.MIN_VALUE and friends: the negation of a 64-bit value as an int object. */
export function negI64(v: i64): anyref { return bigBinop64(0, v, OP_SUB); }

export function bigBitLength(x: anyref): i64 {
  const mark = smark();
  const p = ld(x); const r = bitLen(p, ldLen);
  srelease(mark);
  return r;
}

// ---- comparison and hashing -----------------------------------------------------------------------------
/** Compare two ints (any representation): -1, 0, 1. */
export function bigCompare(a: anyref, b: anyref): i32 {
  const mark = smark();
  const pa = ld(a); const na = ldLen, sa = ldSign;
  const pb = ld(b); const nb = ldLen, sb = ldSign;
  let c: i32;
  if (sa != sb) c = sa < sb ? -1 : 1;
  else { c = mcmp(pa, na, pb, nb); if (sa < 0) c = -c; }
  srelease(mark);
  return c;
}
/** Compare int x with float f (not NaN) exactly: -1, 0, 1. */
export function intCmpFloat(x: anyref, f: f64): i32 {
  if (!isFinite(f)) return f > 0 ? -1 : 1;
  const fl = Math.floor(f);
  const fi = intFromF64(fl);
  const c = bigCompare(x, fi);
  if (c != 0) return c;
  return f > fl ? -1 : 0;
}

/** hash(x) for a BigInt: CPython's value mod 2**61 - 1. */
export function bigHash(x: anyref): i64 {
  const P: u64 = (<u64>1 << 61) - 1;
  const a = BigInt_get_limbs(x);
  const n = I32Arr_len(a);
  let h: u64 = 0;
  for (let i = n - 1; i >= 0; i--) {
    // h = h * 2**32 + limb (mod P): 2**61 == 1 (mod P), so multiplying by 2**32 rotates 61 bits
    h = ((h << 32) & P) | (h >> 29);
    h += <u64><u32>I32Arr_get_(a, i);
    if (h >= P) h -= P;
  }
  let r = <i64>h;
  if (BigInt_get_sign(x) < 0) r = -r;
  if (r == -1) r = -2;
  return r;
}

// ---- float conversions -----------------------------------------------------------------------------------
function ldexp(x: f64, e: i32): f64 {
  while (e > 1000) { x *= reinterpret<f64>(<u64>(1000 + 1023) << 52); e -= 1000; }
  while (e < -1000) { x *= reinterpret<f64>(<u64>(-1000 + 1023) << 52); e += 1000; }
  return x * reinterpret<f64>(<u64>(e + 1023) << 52);
}

/** float(x) for any int, correctly rounded; OverflowError when too large. Check exc after calling. */
export function intToF64(x: anyref): f64 {
  if (!BigInt_is(x)) return <f64>C.intVal(x);
  const mark = smark();
  const p = ld(x); const n = ldLen, sign = ldSign;
  const bits = bitLen(p, n);
  // top 64 bits plus a sticky bit for everything below
  const sh = bits - 64;
  const w = <i32>(sh >> 5), s = <u32>(sh & 31);
  const hi: u64 = w + 2 < n ? <u64>L(p, w + 2) : 0;
  const mid = (<u64>L(p, w + 1) << 32) | <u64>L(p, w);
  let m: u64 = s == 0 ? mid : (mid >> s) | (hi << (64 - s));
  let sticky = s != 0 && (L(p, w) & ((<u32>1 << s) - 1)) != 0;
  for (let i = 0; i < w && !sticky; i++) if (L(p, i) != 0) sticky = true;
  srelease(mark);
  if (sticky) m |= 1;
  const f = ldexpChecked(<f64>m, <i32>sh);
  if (!isFinite(f)) { raiseOverflow("int too large to convert to float"); return -1; }
  return sign < 0 ? -f : f;
}
function ldexpChecked(x: f64, e: i32): f64 {
  if (e > 1100) return Infinity;
  return ldexp(x, e);
}

/** The int of an integral finite float (any magnitude). */
export function intFromF64(v: f64): anyref {
  if (v > -9223372036854775808.0 && v < 9223372036854775808.0) return mkInt(<i64>v);
  if (v == -9223372036854775808.0) return mkInt(i64.MIN_VALUE);
  const bits = reinterpret<u64>(v);
  const exp = <i32>((bits >> 52) & 0x7ff) - 1075;
  const mant = (bits & ((<u64>1 << 52) - 1)) | (<u64>1 << 52);
  const mark = smark();
  const p = salloc(2); S(p, 0, <u32>mant); S(p, 1, <u32>(mant >> 32));
  const r = salloc(2 + (exp >> 5) + 1);
  const n = mshl(r, p, 2, <i64>exp);
  const res = mk(r, n, v < 0 ? -1 : 1);
  srelease(mark);
  return res;
}

/** a / b for int magnitudes, correctly rounded (CPython's long_true_divide). */
function trueDiv(pa: usize, na: i32, sa: i32, pb: usize, nb: i32, sb: i32): anyref {
  if (nb == 0) return raiseZeroDivision("division by zero");
  const neg = (sa < 0) != (sb < 0);
  if (na == 0) return mkFloat(neg ? -0.0 : 0.0);
  const abits = bitLen(pa, na), bbits = bitLen(pb, nb);
  if (abits <= 53 && bbits <= 53) {
    const x = <f64>(<u64>L(pa, 0) | (na > 1 ? <u64>L(pa, 1) << 32 : 0));
    const y = <f64>(<u64>L(pb, 0) | (nb > 1 ? <u64>L(pb, 1) << 32 : 0));
    const r = x / y;
    return mkFloat(neg ? -r : r);
  }
  const diff = abits - bbits;
  if (diff > 1024) return raiseOverflow("integer division result too large for a float");
  if (diff < -1021 - 53 - 1) return mkFloat(neg ? -0.0 : 0.0);
  const shift = (diff > -1021 ? diff : -1021) - 53 - 2;
  if (!charge(<i64>(na + nb) * 4)) return null;
  let inexact = false;
  let x: usize, xn: i32;
  if (shift <= 0) {
    x = salloc(na + <i32>((-shift) >> 5) + 1);
    xn = mnorm(x, mshl(x, pa, na, -shift));
  } else {
    x = salloc(na + 1);
    xn = mshr(x, pa, na, shift);
    inexact = mshrLost;
  }
  if (!mdivmod(x, xn, pb, nb)) return null;
  if (drn != 0) inexact = true;
  let q: u64 = dqn == 0 ? 0 : dqn == 1 ? <u64>L(dq, 0) : (<u64>L(dq, 0) | (<u64>L(dq, 1) << 32));
  const xbits = <i64>(64 - clz(q));
  const lim = -1021 - shift;
  let extra = (xbits > lim ? xbits : lim) - 53;
  const mask: u64 = <u64>1 << <u64>(extra - 1);
  let low = q | (inexact ? 1 : 0);
  if ((low & mask) != 0 && (low & (3 * mask - 1)) != 0) low += mask;
  q = low & ~(2 * mask - 1);
  const dx = <f64>q;
  if (shift + xbits >= 1024 && (shift + xbits > 1024 || dx == ldexp(1.0, <i32>xbits))) return raiseOverflow("integer division result too large for a float");
  const r = ldexp(dx, <i32>shift);
  return mkFloat(neg ? -r : r);
}

// ---- text ---------------------------------------------------------------------------------------------------
function digitLimitError(): void {
  const m = C.sbLen; sbLit("Exceeds the limit ("); sbI64(maxStrDigits);
  sbLit(" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
  raiseValueError(sbTakeStr(m));
}

/** Append the decimal digits of |x| (no sign) to the string builder; false (ValueError) above the digit limit. */
export function bigDecimalInto(x: anyref, withSign: bool): bool {
  const mark = smark();
  const ok = decimalInner(x, withSign);
  srelease(mark);
  return ok;
}
function decimalInner(x: anyref, withSign: bool): bool {
  const p = ld(x); let n = ldLen; const sign = ldSign;
  const bits = bitLen(p, n);
  // digits >= (bits - 1) * log10(2)
  if (maxStrDigits > 0 && <f64>(bits - 1) * 0.30102999566398120 > <f64>maxStrDigits + 1) { digitLimitError(); return false; }
  if (!charge(<i64>n * <i64>n / 2 + 16)) return false;
  const chunks = salloc(n * 32 / 29 + 4);
  let k = 0;
  while (n > 0) {
    S(chunks, k++, mdiv1(p, p, n, 1000000000));
    n = mnorm(p, n);
  }
  if (k == 0) { sbByte(48); return true; }
  const topc = L(chunks, k - 1);
  let topDigits = 1; { let t = topc; while (t >= 10) { t /= 10; topDigits++; } }
  const nd = <i64>(k - 1) * 9 + topDigits;
  if (maxStrDigits > 0 && nd > <i64>maxStrDigits) { digitLimitError(); return false; }
  sbReserve(<i32>nd + 1);
  if (withSign && sign < 0) sbByte(45);
  C.sbU64(<u64>topc);
  for (let i = k - 2; i >= 0; i--) {
    let c = L(chunks, i);
    const base = C.sbPtr + <usize>C.sbLen;
    for (let d = 8; d >= 0; d--) { store<u8>(base + <usize>d, <u8>(48 + c % 10)); c /= 10; }
    C.sbTruncate(C.sbLen + 9);
  }
  return true;
}
/** repr(x) / str(x) of a BigInt into the string builder. */
export function bigReprInto(x: anyref): bool { return bigDecimalInto(x, true); }

/** Append |x| in base 2/8/16 (digits only). */
export function bigPow2BaseInto(x: anyref, base: i32, upper: bool): void {
  const mark = smark();
  const p = ld(x); const n = ldLen;
  const bits = bitLen(p, n);
  const per = base == 16 ? 4 : base == 8 ? 3 : 1;
  const nd = <i32>((bits + per - 1) / per);
  charge(<i64>nd / 8);
  if (nd == 0) { sbByte(48); srelease(mark); return; }
  sbReserve(nd);
  const mask = (1 << per) - 1;
  for (let k = nd - 1; k >= 0; k--) {
    const bit = <i64>k * per;
    const w = <i32>(bit >> 5), s = <u32>(bit & 31);
    let v = L(p, w) >> s;
    if (s + <u32>per > 32 && w + 1 < n) v |= L(p, w + 1) << (32 - s);
    const d = <i32>(v & mask);
    sbByte(d < 10 ? 48 + d : (upper ? 55 : 87) + d);
  }
  srelease(mark);
}

/** Append the digits of |x| in base 2, 8, 10 or 16. False with exc set on error (decimal limit). */
export function intDigitsInto(x: anyref, base: i32, upper: bool): bool {
  if (base == 10) return bigDecimalInto(x, false);
  bigPow2BaseInto(x, base, upper);
  return true;
}

/** int from digit values (bytes 0..base-1) at [dp, dp+nd) in linear memory, most significant first. */
export function bigFromDigits(dp: usize, nd: i32, base: i32, neg: bool): anyref {
  const isPow2 = (base & (base - 1)) == 0;
  if (!isPow2 && maxStrDigits > 0 && nd > maxStrDigits) {
    const m = C.sbLen; sbLit("Exceeds the limit ("); sbI64(maxStrDigits);
    sbLit(" digits) for integer string conversion: value has "); sbI64(nd);
    sbLit(" digits; use sys.set_int_max_str_digits() to increase the limit");
    return raiseValueError(sbTakeStr(m));
  }
  const mark = smark();
  let res: anyref = null;
  if (isPow2) {
    const per = base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : 5;
    const nl = <i32>((<i64>nd * per + 31) >> 5) + 1;
    if (<i64>nl > MAX_LIMBS) { srelease(mark); return raiseMemoryError(); }
    const r = szalloc(nl);
    for (let k = 0; k < nd; k++) {
      const d = <u32>load<u8>(dp + <usize>(nd - 1 - k));
      const bit = <i64>k * per;
      const w = <i32>(bit >> 5), s = <u32>(bit & 31);
      S(r, w, L(r, w) | (d << s));
      if (s + <u32>per > 32) S(r, w + 1, L(r, w + 1) | (d >> (32 - s)));
    }
    res = mk(r, nl, neg ? -1 : 1);
  } else {
    // chunks of k digits: multiply by base**k and add
    let k = 1; let bk: u32 = <u32>base;
    while (<u64>bk * <u64>base < 0xffffffff) { bk *= <u32>base; k++; }
    const nl = <i32>(<f64>nd * Math.log2(<f64>base) / 32.0) + 2;
    if (<i64>nl > MAX_LIMBS) { srelease(mark); return raiseMemoryError(); }
    if (!charge(<i64>nl * <i64>nl / 2 + 16)) { srelease(mark); return null; }
    const r = szalloc(nl + 1);
    let n = 0;
    let i = 0;
    const first = nd % k == 0 ? k : nd % k;
    let take = first;
    while (i < nd) {
      let v: u32 = 0, mul: u32 = 1;
      for (let j = 0; j < take; j++) { v = v * <u32>base + <u32>load<u8>(dp + <usize>(i + j)); mul *= <u32>base; }
      i += take;
      mmul1(r, r, n, mul, v);
      n = mnorm(r, n + 1);
      take = k;
    }
    res = mk(r, n, neg ? -1 : 1);
  }
  srelease(mark);
  return res;
}

// ---- math helpers ---------------------------------------------------------------------------------------------
/** n! for 0 <= n (product tree over ranges, balanced multiplications). */
export function factorial(n: i64): anyref {
  if (n < 21) { let r: i64 = 1; for (let i: i64 = 2; i <= n; i++) r *= i; return mkInt(r); }
  // size estimate: log2(n!) ~ n log2 n
  const est = <f64>n * Math.log2(<f64>n);
  if (est > <f64>(MAX_LIMBS * 32)) return raiseMemoryError();
  const mark = smark();
  const r = rangeProduct(1, n);
  const res: anyref = r == 0 ? null : mk(r, rpLen, 1);
  srelease(mark);
  return res;
}
let rpLen: i32 = 0;
/** Product of lo..hi as a magnitude in scratch (length in rpLen); 0 on error. */
function rangeProduct(lo: i64, hi: i64): usize {
  if (hi - lo < 16) {
    const cap = <i32>(hi - lo + 2) * 2 + 2;
    const r = salloc(cap);
    S(r, 0, 1); let n = 1;
    for (let i = lo; i <= hi; i++) {
      const v = <u64>i;
      if (v < 0x100000000) { mmul1(r, r, n, <u32>v, 0); n = mnorm(r, n + 1); }
      else { const t = salloc(2); S(t, 0, <u32>v); S(t, 1, <u32>(v >> 32)); const u = salloc(n + 2); mmul(u, r, n, t, 2); memory.copy(r, u, <usize>(n + 2) << 2); n = mnorm(r, n + 2); }
    }
    rpLen = n;
    return r;
  }
  const mid = lo + (hi - lo) / 2;
  const a = rangeProduct(lo, mid); if (a == 0) return 0; const na = rpLen;
  const b = rangeProduct(mid + 1, hi); if (b == 0) return 0; const nb = rpLen;
  if (!charge(mulCost(na, nb))) return 0;
  const r = salloc(na + nb);
  mmul(r, a, na, b, nb);
  rpLen = mnorm(r, na + nb);
  return r;
}

/** gcd of two ints (any representation), nonnegative. */
export function bigGcd(a: anyref, b: anyref): anyref {
  const mark = smark();
  let pa = ld(a); let na = ldLen;
  let pb = ld(b); let nb = ldLen;
  while (nb != 0) {
    if (na <= 2 && nb <= 2) {
      let x: u64 = na == 0 ? 0 : na == 1 ? <u64>L(pa, 0) : (<u64>L(pa, 0) | (<u64>L(pa, 1) << 32));
      let y: u64 = nb == 1 ? <u64>L(pb, 0) : (<u64>L(pb, 0) | (<u64>L(pb, 1) << 32));
      while (y != 0) { const t = x % y; x = y; y = t; }
      const p = salloc(2); S(p, 0, <u32>x); S(p, 1, <u32>(x >> 32));
      const res = mk(p, 2, 1);
      srelease(mark);
      return res;
    }
    if (!mdivmod(pa, na, pb, nb)) { srelease(mark); return null; }
    pa = pb; na = nb; pb = dr; nb = drn;
  }
  const res = mk(pa, na, 1);
  srelease(mark);
  return res;
}

/** isqrt(n) for n >= 0 (Newton iteration on objects). */
export function bigIsqrt(n: anyref): anyref {
  // initial guess: 2**ceil(bits/2) >= sqrt(n)
  const bits = bigBitLength(n);
  if (bits == 0) return small_new(0);
  let x = bigBinop64(1, (bits + 1) / 2, OP_LSHIFT);
  while (true) {
    const q = bigBinop(n, x, OP_FLOORDIV); if (is_null(q)) return null;
    const s = bigBinop(x, q, OP_ADD); if (is_null(s)) return null;
    const y = bigBinop(s, small_new(1), OP_RSHIFT); if (is_null(y)) return null;
    if (bigCompare(y, x) >= 0) return x;
    x = y;
  }
}

// ---- bytes -------------------------------------------------------------------------------------------------------
/** x.to_bytes(length, byteorder, signed): a Bytes array, or null with OverflowError. */
export function intToBytesArr(x: anyref, length: i32, little: bool, signed: bool): anyref {
  const mark = smark();
  const p = ld(x); const n = ldLen, sign = ldSign;
  if (sign < 0 && !signed) { srelease(mark); return raiseOverflow("can't convert negative int to unsigned"); }
  const nl = (length + 3) / 4 + 1;
  const need = n + 1 > nl ? n + 1 : nl;
  const t = twos(p, n, sign, need);
  // fits: all bytes above `length` equal the sign fill, and (signed) the top kept bit matches the sign
  const fill: u32 = sign < 0 ? 0xff : 0;
  let ok = true;
  for (let i = length; i < need * 4; i++) if (<u32>load<u8>(t + <usize>i) != fill) { ok = false; break; }
  if (ok && signed) {
    const topBit = length == 0 ? 0 : (<u32>load<u8>(t + <usize>(length - 1)) >> 7);
    if (topBit != (sign < 0 ? 1 : 0)) ok = false;
  }
  if (!ok) { srelease(mark); return raiseOverflow("int too big to convert"); }
  if (!little) {
    for (let i = 0, j = length - 1; i < j; i++, j--) {
      const a = load<u8>(t + <usize>i); store<u8>(t + <usize>i, load<u8>(t + <usize>j)); store<u8>(t + <usize>j, a);
    }
  }
  const r = Bytes_from_mem(t, length);
  srelease(mark);
  return r;
}
/** int.from_bytes over bytes [p, p+n) of linear memory. */
export function intFromBytesMem(p: usize, n: i32, little: bool, signed: bool): anyref {
  const mark = smark();
  const nl = (n + 3) / 4 + 1;
  const t = szalloc(nl);
  for (let i = 0; i < n; i++) store<u8>(t + <usize>i, load<u8>(p + <usize>(little ? i : n - 1 - i)));
  let res: anyref;
  if (signed && n > 0 && (load<u8>(t + <usize>(n - 1)) & 0x80) != 0) {
    // negative: sign-extend, then magnitude = ~t + 1
    for (let i = n; i < nl * 4; i++) store<u8>(t + <usize>i, 0xff);
    let c: u64 = 1;
    for (let i = 0; i < nl; i++) { c += <u64>(~L(t, i)); S(t, i, <u32>c); c >>= 32; }
    res = mk(t, nl, -1);
  } else res = mk(t, nl, 1);
  srelease(mark);
  return res;
}

/** frexp of a BigInt's magnitude: the correctly rounded mantissa in [0.5, 1); the exponent in frexpExp. */
export let frexpExp: i64 = 0;
export function bigFrexp(x: anyref): f64 {
  const mark = smark();
  const p = ld(x); const n = ldLen;
  const bits = bitLen(p, n);
  const sh = bits - 64;
  const w = <i32>(sh >> 5), s = <u32>(sh & 31);
  const hi: u64 = w + 2 < n ? <u64>L(p, w + 2) : 0;
  const mid = (<u64>L(p, w + 1) << 32) | <u64>L(p, w);
  let m: u64 = s == 0 ? mid : (mid >> s) | (hi << (64 - s));
  let sticky = s != 0 && (L(p, w) & ((<u32>1 << s) - 1)) != 0;
  for (let i = 0; i < w && !sticky; i++) if (L(p, i) != 0) sticky = true;
  srelease(mark);
  if (sticky) m |= 1;
  let f = <f64>m * reinterpret<f64>(<u64>(1023 - 64) << 52);
  frexpExp = bits;
  if (f == 1.0) { f = 0.5; frexpExp++; }
  return f;
}
