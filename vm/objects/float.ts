// float: boxed f64. Arithmetic follows CPython's float_* functions: floor division and modulo
// take the sign of the divisor, division by zero raises, and hash(x) == hash(int(x)) for
// integral x. Text conversion (repr, format, float('…')) lives in rt/dtoa.ts and rt/strtod.ts.
import { Float_new, Float_is, Float_get_val } from "../generated/kernel";
import { T_float, mkFloat, mkInt, sbReserve, sbPtr, sbLen, sbTruncate } from "../rt/core";
import { raiseZeroDivision, raiseOverflow } from "../rt/errors";
import { reprFloat } from "../rt/dtoa";
import { complexBinop, mkComplex } from "./complex";
import { OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW } from "./int";

export function floatVal(x: anyref): f64 { return Float_get_val(x); }

export function floatReprInto(v: f64): void {
  sbReserve(32);
  const n = reprFloat(v, sbPtr + <usize>sbLen);
  sbTruncate(sbLen + n);
}

function pyFmod(a: f64, b: f64): f64 {
  let mod = a % b;   // C fmod semantics
  if (mod != 0) { if ((b < 0) != (mod < 0)) mod += b; }
  else mod = b < 0 ? -0.0 : 0.0;
  return mod;
}
function pyFloorDiv(a: f64, b: f64): f64 {
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod != 0 && ((b < 0) != (mod < 0))) div -= 1.0;
  if (div != 0) {
    let floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
    return floordiv;
  }
  const q = a / b;
  return (q < 0 || (q == 0 && 1 / q < 0)) ? -0.0 : 0.0;
}

/** a <op> b on floats (ints already converted). */
export function floatBinop(a: f64, b: f64, op: i32): anyref {
  switch (op) {
    case OP_ADD: return mkFloat(a + b);
    case OP_SUB: return mkFloat(a - b);
    case OP_MUL: return mkFloat(a * b);
    case OP_TRUEDIV: if (b == 0) return raiseZeroDivision("float division by zero"); return mkFloat(a / b);
    case OP_FLOORDIV: if (b == 0) return raiseZeroDivision("float floor division by zero"); return mkFloat(pyFloorDiv(a, b));
    case OP_MOD: if (b == 0) return raiseZeroDivision("float modulo"); return mkFloat(pyFmod(a, b));
    case OP_POW: return floatPow(a, b);
  }
  return null;
}

function floatPow(a: f64, b: f64): anyref {
  if (a == 0 && b < 0) return raiseZeroDivision("0.0 cannot be raised to a negative power");
  if (a < 0 && b != Math.floor(b) && isFinite(b)) return complexBinop(mkComplex(a, 0), mkFloat(b), OP_POW); // a complex result, as in CPython
  if (a == 1 || (a == -1 && isFinite(b) == false && !isNaN(b))) return mkFloat(1.0); // C pow(); JS gives nan
  const r = Math.pow(a, b);
  if (!isFinite(r) && isFinite(a) && isFinite(b)) return raiseOverflow("(34, 'Numerical result out of range')");
  return mkFloat(r);
}

/** CPython's hash for floats (equal to the int hash for integral values). */
export function floatHash(v: f64): i64 {
  if (!isFinite(v)) { if (isNaN(v)) return 0; return v > 0 ? 314159 : -314159; }
  const P: u64 = (<u64>1 << 61) - 1;
  let m = Math.abs(v);
  // frexp
  let e: i32 = 0;
  if (m != 0) {
    const bits = reinterpret<u64>(m);
    let exp = <i32>((bits >> 52) & 0x7ff);
    if (exp == 0) { m *= 18014398509481984.0; /* 2**54 */ e = -54; exp = <i32>((reinterpret<u64>(m) >> 52) & 0x7ff); }
    e += exp - 1022;
    m = reinterpret<f64>((reinterpret<u64>(m) & 0x800fffffffffffff) | (<u64>1022 << 52));
  }
  let x: u64 = 0;
  while (m != 0) {
    x = ((x << 28) & P) | (x >> (61 - 28));
    m *= 268435456.0; // 2**28
    e -= 28;
    const y = <u64>m;
    m -= <f64>y;
    x += y;
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & P) | (x >> (61 - e));
  let h = <i64>x;
  if (v < 0) h = -h;
  if (h == -1) h = -2;
  return h;
}

export function floatIsInteger(v: f64): bool { return isFinite(v) && Math.floor(v) == v; }
