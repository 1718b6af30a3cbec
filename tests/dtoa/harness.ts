// Test entry for vm/rt/dtoa.ts + vm/rt/strtod.ts (compiled with --runtime stub).
import { reprFloat, formatFloat, dragon4Shortest, lastDigitsLen, lastDecpt, lastDigitsPtr } from "../../vm/rt/dtoa";
import { parseFloat, parseError } from "../../vm/rt/strtod";

const BUF: usize = memory.data(1 << 20, 16);
export function buf(): usize { return BUF; }
export function repr(x: f64): i32 { return reprFloat(x, BUF); }
export function fmt(x: f64, type: i32, prec: i32, flags: i32): i32 { return formatFloat(x, type, prec, flags, BUF); }
export function parse(len: i32): f64 { return parseFloat(BUF, len); }
export function parseErr(): i32 { return parseError ? 1 : 0; }
/** Slow exact shortest digits into BUF (digits), returns count; decpt via lastDp(). */
export function dragon(x: f64): i32 {
  dragon4Shortest(x);
  memory.copy(BUF, lastDigitsPtr(), <usize>lastDigitsLen());
  return lastDigitsLen();
}
export function lastDp(): i32 { return lastDecpt(); }
/** Benchmark helpers: run repr / parse n times over a value. */
export function benchRepr(x: f64, n: i32): i32 {
  let s = 0;
  for (let i = 0; i < n; i++) { s += reprFloat(x, BUF); x = x * 1.0000001; }
  return s;
}
export function benchFmt(x: f64, type: i32, prec: i32, n: i32): i32 {
  let s = 0;
  for (let i = 0; i < n; i++) { s += formatFloat(x, type, prec, 0, BUF); x = x * 1.0000001; }
  return s;
}
export function benchParse(len: i32, n: i32): f64 {
  let s = 0.0;
  for (let i = 0; i < n; i++) s += parseFloat(BUF, len);
  return s;
}
