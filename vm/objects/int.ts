// int: small ints are i31ref (no allocation); others are boxed 64-bit `Int`s. Every int value
// has exactly one representation (a value that fits i31 is never boxed), so equality of small
// ints is identity. Results beyond 64 bits take the slow path into objects/bigint.ts.
import { small_is, small_get, small_new } from "../generated/kernel";
import { mkInt, mkFloat, sbI64, sbLen, sbTakeStr } from "../rt/core";
import { raiseZeroDivision, raiseOverflow, raiseValueError } from "../rt/errors";
import { strLit } from "../rt/core";

// Binary operator numbers (the compiler's BinOp enum uses the same; +16 marks in-place).
export const OP_ADD: i32 = 0;
export const OP_SUB: i32 = 1;
export const OP_MUL: i32 = 2;
export const OP_TRUEDIV: i32 = 3;
export const OP_FLOORDIV: i32 = 4;
export const OP_MOD: i32 = 5;
export const OP_POW: i32 = 6;
export const OP_LSHIFT: i32 = 7;
export const OP_RSHIFT: i32 = 8;
export const OP_AND: i32 = 9;
export const OP_OR: i32 = 10;
export const OP_XOR: i32 = 11;
export const OP_MATMUL: i32 = 12;

import { bigBinop64 } from "./bigint";

export function floorDiv(a: i64, b: i64): i64 {
  let q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}
export function floorMod(a: i64, b: i64): i64 {
  let r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

/** a <op> b for 64-bit ints. */
export function intBinop(a: i64, b: i64, op: i32): anyref {
  switch (op) {
    case OP_ADD: { const r = a + b; if (((a ^ r) & (b ^ r)) < 0) return bigBinop64(a, b, op); return mkInt(r); }
    case OP_SUB: { const r = a - b; if (((a ^ b) & (a ^ r)) < 0) return bigBinop64(a, b, op); return mkInt(r); }
    case OP_MUL: {
      if (a == 0 || b == 0) return small_new(0);
      const r = a * b;
      if ((a == -1 && b == i64.MIN_VALUE) || (b == -1 && a == i64.MIN_VALUE) || r / b != a) return bigBinop64(a, b, op);
      return mkInt(r);
    }
    case OP_TRUEDIV: {
      if (b == 0) return raiseZeroDivision("division by zero");
      if (a > (1 << 53) || a < -(1 << 53) || b > (1 << 53) || b < -(1 << 53)) return bigBinop64(a, b, op);
      return mkFloat(<f64>a / <f64>b);
    }
    case OP_FLOORDIV: {
      if (b == 0) return raiseZeroDivision("integer division or modulo by zero");
      if (a == i64.MIN_VALUE && b == -1) return bigBinop64(a, b, op);
      return mkInt(floorDiv(a, b));
    }
    case OP_MOD: {
      if (b == 0) return raiseZeroDivision("integer modulo by zero");
      if (b == -1) return small_new(0);
      return mkInt(floorMod(a, b));
    }
    case OP_POW: return intPow(a, b);
    case OP_LSHIFT: {
      if (b < 0) return raiseValueError(strLit("negative shift count"));
      if (a == 0) return small_new(0);
      if (b >= 63) return bigBinop64(a, b, op);
      const r = a << b;
      if ((r >> b) != a) return bigBinop64(a, b, op);
      return mkInt(r);
    }
    case OP_RSHIFT: {
      if (b < 0) return raiseValueError(strLit("negative shift count"));
      if (b >= 63) return small_new(a < 0 ? -1 : 0);
      return mkInt(a >> b);
    }
    case OP_AND: return mkInt(a & b);
    case OP_OR: return mkInt(a | b);
    case OP_XOR: return mkInt(a ^ b);
  }
  return null;
}

function intPow(a: i64, b: i64): anyref {
  if (b < 0) {
    if (a == 0) return raiseZeroDivision("0.0 cannot be raised to a negative power");
    return mkFloat(Math.pow(<f64>a, <f64>b));
  }
  let result: i64 = 1;
  let base = a;
  let e = b;
  while (e > 0) {
    if (e & 1) {
      const r = result * base;
      if (base != 0 && (r / base != result || (result == -1 && base == i64.MIN_VALUE))) return bigBinop64(a, b, OP_POW);
      result = r;
    }
    e >>= 1;
    if (e > 0) {
      const sq = base * base;
      if (base != 0 && sq / base != base) return bigBinop64(a, b, OP_POW);
      base = sq;
    }
  }
  return mkInt(result);
}

/** CPython's hash of an int: value mod 2**61 - 1, with -1 mapped to -2. */
export function intHash(v: i64): i64 {
  const P: i64 = (1 << 61) - 1;
  let h: i64;
  if (v >= 0) h = v % P;
  else if (v == i64.MIN_VALUE) h = -4; // 2**63 = 4 * 2**61 ≡ 4 (mod P)
  else h = -((-v) % P);
  if (h == -1) h = -2;
  return h;
}

export function intReprInto(v: i64): void { sbI64(v); }
