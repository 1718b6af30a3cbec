// bytes and bytearray (stub; filled in below)
import * as K from "../generated/kernel";
import { NotImplemented } from "../rt/core";
export function bytesReprInto(x: anyref): bool { return false; }
export function bytesHash(x: anyref): i64 { return 0; }
export function bytesCompare(a: anyref, b: anyref, op: i32): anyref { return NotImplemented; }
export function bytesBinop(a: anyref, b: anyref, o: i32): anyref { return NotImplemented; }
export function bytesInplace(a: anyref, b: anyref, o: i32): anyref { return NotImplemented; }
export function bytesLen(x: anyref): i64 { return K.Bytes_len(K.BytesObj_get_data(x)); }
export function bytesContains(c: anyref, x: anyref): i32 { return -2; }
export function bytesIter(x: anyref): anyref { return null; }
export function isBytesIter(x: anyref): bool { return false; }
export function bytesIterNext(x: anyref): anyref { return null; }
export function bytesGetItem(o: anyref, k: anyref): anyref { return NotImplemented; }
export function bytesSetItem(o: anyref, k: anyref, v: anyref): i32 { return -2; }
