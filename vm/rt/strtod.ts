// vm/rt/strtod.ts — decimal text -> double for pyex (CPython float(str) rules),
// correctly rounded, with no managed allocation (static scratch only).
//
// Grammar (after stripping ASCII whitespace " \t\n\v\f\r" on both ends):
//   [+-] ( digits ["." [digits]] | "." digits ) [ (e|E) [+-] digits ]
//   [+-] ( "inf" | "infinity" | "nan" )            (case-insensitive)
// where "_" may appear only between two digits (PEP 515, as float() allows).
//
// Algorithm: the significant digits are collected (at most 800; any further
// nonzero digit is folded into one extra sticky '1' digit, which cannot change
// the rounding because every double and every midpoint between doubles has at
// most ~770 significant digits).  Then:
//   1. Clinger's fast path: <= 15 digits and a power of ten <= 10^22 -> one
//      exact IEEE multiply/divide, hence correctly rounded.
//   2. Eisel-Lemire style: <= 19 digits w, 10^j with j in [-292, 308]: w times
//      the 126-bit upper approximation g of 10^j (the Schubfach table of
//      dtoa.ts) gives the top 64 bits of w*10^j with an error < 2^-60 ulp of
//      those bits; unless the discarded part is within that error of the
//      rounding midpoint (or the result is subnormal), rounding it is exact.
//      For > 19 digits the 19-digit prefix w and w+1 bracket the value; if
//      both round to the same double, that is the answer.
//   3. Otherwise exact bignum arithmetic: value = D * 10^E.
//      E >= 0: D*10^E is an integer; take its top 64 bits + sticky.
//      E < 0 : D / 5^-E * 2^E; scale so the quotient has 64 bits, long-divide,
//              remainder != 0 becomes the sticky bit.
//      The 64-bit quotient + sticky is then rounded half-even to 53 bits (or
//      fewer for subnormals), overflowing to inf / underflowing to 0.
// Errors: returns NaN and sets parseError = true.
import {
  bnSlot, bnSetU64, bnMulAddSmall, bnMulPow5, bnShl, bnShr1, bnCmp, bnSub,
  bnBitLen, bnCopy, bnTop64, bnTopSticky, bnIsZero, G_TABLE,
} from "./dtoa";

export let parseError: bool = false;

const MAXD: i32 = 800;
const PDIG: usize = memory.data(832, 16);
const POW10F: usize = memory.data<f64>([
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
  1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]);

// @ts-ignore: decorator
@inline function isSpace(c: u32): bool { return c == 32 || (c >= 9 && c <= 13); }
// @ts-ignore: decorator
@inline function isDigit(c: u32): bool { return c - 48 < 10; }

function fail(): f64 { parseError = true; return NaN; }

function matchWord(buf: usize, i: i32, end: i32, w: string): bool {
  // w is a compile-time literal (static data, not allocated per call)
  let n = w.length;
  if (end - i != n) return false;
  for (let j = 0; j < n; j++) {
    let c = <u32>load<u8>(buf + <usize>(i + j)) | 32;
    if (c != <u32>w.charCodeAt(j)) return false;
  }
  return true;
}

export function parseFloat(buf: usize, len: i32): f64 {
  parseError = false;
  let i = 0, end = len;
  while (i < end && isSpace(load<u8>(buf + <usize>i))) i++;
  while (end > i && isSpace(load<u8>(buf + <usize>(end - 1)))) end--;
  if (i >= end) return fail();
  let neg = false;
  let c = <u32>load<u8>(buf + <usize>i);
  if (c == 43 || c == 45) { neg = c == 45; i++; if (i >= end) return fail(); c = load<u8>(buf + <usize>i); }
  if (!isDigit(c) && c != 46) {
    let v: f64;
    if (matchWord(buf, i, end, "inf") || matchWord(buf, i, end, "infinity")) v = Infinity;
    else if (matchWord(buf, i, end, "nan")) return NaN;
    else return fail();
    return neg ? -v : v;
  }
  let nd = 0;
  let dexp: i64 = 0;
  let sticky = false;
  let sawDigit = false;
  // integer part
  while (i < end) {
    c = load<u8>(buf + <usize>i);
    if (isDigit(c)) {
      sawDigit = true;
      if (nd == 0 && c == 48) { /* leading zero */ }
      else if (nd < MAXD) { store<u8>(PDIG + <usize>nd, <u8>c); nd++; }
      else { dexp++; if (c != 48) sticky = true; }
      i++;
    } else if (c == 95) {
      if (i == 0 || !isDigit(load<u8>(buf + <usize>(i - 1))) || i + 1 >= end || !isDigit(load<u8>(buf + <usize>(i + 1)))) return fail();
      i++;
    } else break;
  }
  if (i < end && c == 46) {
    i++;
    while (i < end) {
      c = load<u8>(buf + <usize>i);
      if (isDigit(c)) {
        sawDigit = true;
        if (nd == 0 && c == 48) dexp--;
        else if (nd < MAXD) { store<u8>(PDIG + <usize>nd, <u8>c); nd++; dexp--; }
        else if (c != 48) sticky = true;
        i++;
      } else if (c == 95) {
        if (!isDigit(load<u8>(buf + <usize>(i - 1))) || i + 1 >= end || !isDigit(load<u8>(buf + <usize>(i + 1)))) return fail();
        i++;
      } else break;
    }
  }
  if (!sawDigit) return fail();
  if (i < end && (c | 32) == 101) {
    i++;
    if (i >= end) return fail();
    c = load<u8>(buf + <usize>i);
    let eneg = false;
    if (c == 43 || c == 45) { eneg = c == 45; i++; }
    if (i >= end || !isDigit(load<u8>(buf + <usize>i))) return fail();
    let ev: i64 = 0;
    while (i < end) {
      c = load<u8>(buf + <usize>i);
      if (isDigit(c)) { if (ev < 100000000) ev = ev * 10 + (c - 48); i++; }
      else if (c == 95) {
        if (i + 1 >= end || !isDigit(load<u8>(buf + <usize>(i + 1)))) return fail();
        i++;
      } else break;
    }
    dexp += eneg ? -ev : ev;
  }
  if (i != end) return fail();
  if (sticky) { store<u8>(PDIG + <usize>nd, 49); nd++; dexp--; }
  while (nd > 0 && load<u8>(PDIG + <usize>(nd - 1)) == 48) { nd--; dexp++; }
  let v: f64;
  if (nd == 0) v = 0;
  else if (<i64>nd + dexp > 310) v = Infinity;
  else if (<i64>nd + dexp < -324) v = 0;
  else v = convert(nd, <i32>dexp);
  return neg ? -v : v;
}

function convert(nd: i32, e: i32): f64 {
  if (nd <= 15) {
    let m: u64 = 0;
    for (let j = 0; j < nd; j++) m = m * 10 + (load<u8>(PDIG + <usize>j) - 48);
    let d = <f64>m;
    if (e == 0) return d;
    if (e > 0 && e <= 22) return d * load<f64>(POW10F + (<usize>e << 3));
    if (e < 0 && e >= -22) return d / load<f64>(POW10F + (<usize>(-e) << 3));
    if (e > 22 && e <= 22 + 15 - nd) {
      return (d * load<f64>(POW10F + (<usize>(e - 22) << 3))) * 1e22;
    }
  }
  if (e >= -292 - 19 && e <= 308) {
    let w: u64 = 0;
    let m = nd < 19 ? nd : 19;
    for (let j = 0; j < m; j++) w = w * 10 + (load<u8>(PDIG + <usize>j) - 48);
    let j = e + (nd - m);
    if (j >= -292) {
      let a = lemire(w, j);
      if (nd <= 19) { if (a >= 0) return a; }
      else if (a >= 0 && lemire(w + 1, j) == a) return a;
    }
  }
  let X = bnSlot(5);
  SNZ(X);
  let j = 0;
  while (j < nd) {
    let chunk: u32 = 0, mul: u32 = 1;
    let lim = j + 9 < nd ? j + 9 : nd;
    for (; j < lim; j++) { chunk = chunk * 10 + (load<u8>(PDIG + <usize>j) - 48); mul *= 10; }
    bnMulAddSmall(X, mul, chunk);
  }
  if (e >= 0) {
    bnMulPow5(X, e);
    bnShl(X, e);
    let b = bnBitLen(X);
    if (b <= 64) return roundToDouble(bnTop64(X, 0), 0, false);
    let q = bnTop64(X, b - 64);
    return roundToDouble(q, b - 64, bnTopSticky);
  }
  let n = -e;
  let Y = bnSlot(6), Z = bnSlot(7);
  bnSetU64(Y, 1);
  bnMulPow5(Y, n);
  let t = bnBitLen(X) - bnBitLen(Y);
  let sh = 63 - t;
  if (sh > 0) bnShl(X, sh); else if (sh < 0) bnShl(Y, -sh);
  // X / Y in [2^62, 2^64)
  bnCopy(Z, Y);
  bnShl(Z, 63);
  let q: u64 = 0;
  for (let i = 63; i >= 0; i--) {
    if (bnCmp(X, Z) >= 0) { bnSub(X, Z); q |= <u64>1 << <u64>i; }
    if (i > 0) bnShr1(Z);
  }
  return roundToDouble(q, -sh - n, !bnIsZero(X));
}

// @ts-ignore: decorator
@inline function SNZ(p: usize): void { store<i32>(p, 0); }

/** Round q * 2^ex (+ sticky fraction below q's lsb) half-even to a double. */
export function roundToDouble(q: u64, ex: i32, sticky: bool): f64 {
  if (q == 0) return 0;
  let lz = <i32>clz<u64>(q);
  q <<= <u64>lz; ex -= lz;
  let L = ex + 63; // exponent of the leading bit
  if (L > 1023) return Infinity;
  if (L < -1075) return 0;
  if (L == -1075) return (q > 0x8000000000000000 || sticky) ? reinterpret<f64>(<u64>1) : 0;
  let drop: i32 = L >= -1022 ? 11 : -1011 - L; // 11..64-1
  let kept = q >> <u64>drop;
  let rem = q & ((<u64>1 << <u64>drop) - 1);
  let half = <u64>1 << <u64>(drop - 1);
  if (rem > half || (rem == half && (sticky || (kept & 1) != 0))) kept++;
  let bits: u64 = L >= -1022 ? (<u64>(L + 1022) << 52) + kept : kept;
  return reinterpret<f64>(bits);
}

// @ts-ignore: decorator
@inline function mulhi(a: u64, b: u64): u64 {
  let a0 = a & 0xFFFFFFFF, a1 = a >> 32, b0 = b & 0xFFFFFFFF, b1 = b >> 32;
  let p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  let mid = (p00 >> 32) + (p01 & 0xFFFFFFFF) + (p10 & 0xFFFFFFFF);
  return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/** w * 10^j (w != 0, j in [-292, 324]) or -1 when the fast path cannot decide. */
function lemire(w: u64, j: i32): f64 {
  let lz = <i32>clz<u64>(w);
  w <<= <u64>lz;
  let gp = G_TABLE + (<usize>(324 - j) << 4);
  let g1 = load<u64>(gp), g0 = load<u64>(gp, 8);
  let r = <i32>((<i64>j * 913124641741) >> 38) - 125;   // 10^j = (g - d) * 2^r, 0 < d <= 1
  let a0 = w * g1, a1 = mulhi(w, g1);
  let b0 = w * g0, b1 = mulhi(w, g0);
  let p0 = (a0 & 1) << 63;
  let p1 = (a0 >> 1) | ((a1 & 1) << 63);
  let p2 = a1 >> 1;
  let t0 = p0 + b0; let c0: u64 = t0 < p0 ? 1 : 0; p0 = t0;
  let t1 = p1 + b1; let c1: u64 = t1 < p1 ? 1 : 0;
  let t2 = t1 + c0; if (t2 < t1) c1 = 1;
  p1 = t2; p2 += c1;
  // P = p2:p1:p0 in [2^188, 2^190); the exact w'*10^j*2^-r lies in [P - 2^64, P)
  let top = (p2 >> 61) != 0 ? 62 : 61; // bits of P above p1 boundary: s - 64
  let s = 64 + top;
  let q = (p2 << <u64>(64 - top)) | (p1 >> <u64>top);
  let remHi = p1 & ((<u64>1 << <u64>top) - 1);
  let ex = s + r - lz;
  let L = ex + 63;
  if (L < -1022) return -1;            // subnormal: leave it to the exact path
  if (L > 1023) return Infinity;
  if ((q & 0x7FF) == 0x400 && remHi <= 1) return -1; // too close to a midpoint
  return roundToDouble(q, ex, (remHi | p0) != 0);
}
