// Output: stdout/stderr bytes are buffered in linear memory and handed to the host through the
// `host.write` import. The output budget (maxOutput bytes over both streams) is enforced here:
// past it, the run ends with an uncatchable LimitError and the output so far is kept.
import { hostWrite, sbLen, sbPtr, sbTakeStr, sbTruncate, sbLit, sbI64, sbByte, setExc, setFatal } from "./core";
import { Str_get_data, Bytes_len, Bytes_to_mem } from "../generated/kernel";
import { newExc } from "./errors";
import * as E from "../objects/exceptions";

const BUF_SIZE: i32 = 1 << 16;
let bufPtr: usize = 0;
let bufLen: i32 = 0;
let bufFd: i32 = 1;
export let outputBytes: i64 = 0;
export let maxOutput: i64 = 1 << 24;
export function setMaxOutput(n: i64): void { maxOutput = n; }
/** A session's next input: the output budget counts again from zero. */
export function resetOutputCount(): void { outputBytes = 0; }
/** Streaming hosts (onOutput, the timeout worker) get each write at once, so a run terminated from
 *  outside still has everything it printed. */
let streamOut = false;
export function setStreamOut(on: bool): void { streamOut = on; }

export function flushOut(): void {
  if (bufLen > 0) { hostWrite(bufFd, bufPtr, bufLen); bufLen = 0; }
}

/** Write bytes [p, p+n) to fd; false (LimitError set) when the output budget is exhausted. */
export function writeMem(fd: i32, p: usize, n: i32): bool {
  if (bufPtr == 0) bufPtr = heap.alloc(<usize>BUF_SIZE);
  let allowed = n;
  if (outputBytes + <i64>n > maxOutput) allowed = <i32>(maxOutput - outputBytes);
  if (fd != bufFd) { flushOut(); bufFd = fd; }
  let off = 0;
  while (off < allowed) {
    let chunk = allowed - off;
    if (chunk > BUF_SIZE - bufLen) chunk = BUF_SIZE - bufLen;
    memory.copy(bufPtr + <usize>bufLen, p + <usize>off, <usize>chunk);
    bufLen += chunk; off += chunk;
    if (bufLen == BUF_SIZE) flushOut();
  }
  outputBytes += <i64>allowed;
  if (streamOut) flushOut();
  if (allowed < n) {
    flushOut();
    const m = sbLen; sbLit("output limit exceeded ("); sbI64(maxOutput); sbLit(" bytes)");
    setExc(newExc(E.LimitError, sbTakeStr(m)));
    setFatal(3);
    return false;
  }
  return true;
}

/** Write the builder's bytes from mark to the end, then truncate it back to mark. */
export function writeBuilder(fd: i32, mark: i32): bool {
  const ok = writeMem(fd, sbPtr + <usize>mark, sbLen - mark);
  sbTruncate(mark);
  return ok;
}

export function writeStrLine(s: anyref): bool {
  const m = sbLen;
  const d = Str_get_data(s);
  const n = Bytes_len(d);
  sbReserve_(n + 1);
  Bytes_to_mem(d, 0, sbPtr + <usize>sbLen, n);
  sbTruncate(sbLen + n);
  sbByte(10);
  return writeBuilder(1, m);
}
import { sbReserve as sbReserve_ } from "./core";
