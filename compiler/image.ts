// The bytecode image (docs/bytecode.md): a module-wide constant pool plus code objects, serialized
// little-endian with every section 4-byte aligned. `readImage` parses an image back (disassembler,
// tests).
import { BYTECODE_VERSION } from './generated/opcodes.js';

export const MAGIC = 0x58455950; // 'PYEX'

export const T_NONE = 0, T_TRUE = 1, T_FALSE = 2, T_ELLIPSIS = 3, T_INT = 4, T_BIGINT = 5, T_FLOAT = 6,
  T_STR = 7, T_BYTES = 8, T_TUPLE = 9, T_CODE = 10, T_COMPLEX = 11;

export type PoolConst =
  | { tag: 0 | 1 | 2 | 3 }
  | { tag: 4 | 5; v: bigint }
  | { tag: 6 | 11; v: number }
  | { tag: 7; v: string }
  | { tag: 8; v: Uint8Array }
  | { tag: 9; items: number[] }
  | { tag: 12; items: number[] }   // frozenset (constant set displays, as CPython compiles them)
  | { tag: 10; code: number };

export const CO_VARARGS = 4, CO_VARKEYWORDS = 8, CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ASYNC_GENERATOR = 0x200, HAS_DOCSTRING = 0x40000000;

export interface CodeObject {
  name: number; qualname: number; filename: number; firstlineno: number;
  argcount: number; posonlyargcount: number; kwonlyargcount: number; flags: number;
  nlocals: number; nfree: number; stacksize: number;
  varnames: number[];   // pool indices of str consts
  names: number[];      // pool indices of str consts
  consts: number[];     // pool indices
  words: Uint32Array;
  /** (start pc, line, end line, col, end col); columns are UTF-8 byte offsets, -1 when unknown */
  lines: [number, number, number, number, number][];
  exc: [number, number, number, number][];
}

export interface Image { consts: PoolConst[]; codes: CodeObject[]; main: number; version?: number }

const I64_MIN = -(1n << 63n), I64_MAX = (1n << 63n) - 1n;

function f64Key(v: number): string {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, v, true);
  return b.getUint32(0, true).toString(16) + ':' + b.getUint32(4, true).toString(16);
}

/** Module-wide constant pool with de-duplication (0, 0.0, -0.0, False stay distinct). */
export class ConstPool {
  consts: PoolConst[] = [];
  private index = new Map<string, number>();
  add(c: PoolConst): number {
    const k = constKey(c);
    const i = this.index.get(k);
    if (i !== undefined) return i;
    this.consts.push(c);
    this.index.set(k, this.consts.length - 1);
    return this.consts.length - 1;
  }
  int(v: bigint): number { return this.add(v >= I64_MIN && v <= I64_MAX ? { tag: 4, v } : { tag: 5, v }); }
  str(s: string): number { return this.add({ tag: 7, v: s }); }
}

export function constKey(c: PoolConst): string {
  switch (c.tag) {
    case 0: case 1: case 2: case 3: return String(c.tag);
    case 4: case 5: return 'i' + c.v.toString();
    case 6: return 'f' + f64Key(c.v);
    case 11: return 'j' + f64Key(c.v);
    case 7: return 's' + c.v;
    case 8: return 'b' + Array.from(c.v).join(',');
    case 9: return 't' + c.items.join(',');
    case 12: return 'F' + c.items.join(',');
    case 10: return 'c' + c.code;
  }
}

/** WTF-8 encoding of a JS string (lone surrogates encoded as 3-byte sequences); also counts code points. */
const utf8 = new TextEncoder();
export function wtf8(s: string): { bytes: Uint8Array; ncp: number } {
  if ((s as unknown as { isWellFormed(): boolean }).isWellFormed()) {
    const bytes = utf8.encode(s);
    let ncp = 0;
    for (let i = 0; i < bytes.length; i++) if ((bytes[i] & 0xc0) !== 0x80) ncp++;
    return { bytes, ncp };
  }
  const out: number[] = [];
  let ncp = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    ncp++;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return { bytes: Uint8Array.from(out), ncp };
}

export function wtf8Decode(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length;) {
    const x = b[i];
    let c: number;
    if (x < 0x80) { c = x; i++; }
    else if (x < 0xe0) { c = ((x & 31) << 6) | (b[i + 1] & 63); i += 2; }
    else if (x < 0xf0) { c = ((x & 15) << 12) | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63); i += 3; }
    else { c = ((x & 7) << 18) | ((b[i + 1] & 63) << 12) | ((b[i + 2] & 63) << 6) | (b[i + 3] & 63); i += 4; }
    s += c >= 0x10000 ? String.fromCodePoint(c) : String.fromCharCode(c);
  }
  return s;
}

class Writer {
  buf = new Uint8Array(1024);
  dv = new DataView(this.buf.buffer);
  n = 0;
  ensure(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let m = this.buf.length * 2;
    while (m < this.n + k) m *= 2;
    const nb = new Uint8Array(m);
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb; this.dv = new DataView(nb.buffer);
  }
  u32(v: number): void { this.ensure(4); this.dv.setUint32(this.n, v >>> 0, true); this.n += 4; }
  f64(v: number): void { this.ensure(8); this.dv.setFloat64(this.n, v, true); this.n += 8; }
  bytes(b: Uint8Array): void {
    const padded = (b.length + 3) & ~3;
    this.ensure(padded);
    this.buf.set(b, this.n);
    this.buf.fill(0, this.n + b.length, this.n + padded);
    this.n += padded;
  }
  result(): Uint8Array { return this.buf.slice(0, this.n); }
}

export function writeImage(img: Image): Uint8Array {
  const w = new Writer();
  w.u32(MAGIC); w.u32(BYTECODE_VERSION); w.u32(img.consts.length); w.u32(img.codes.length); w.u32(img.main);
  for (const c of img.consts) {
    w.u32(c.tag);
    switch (c.tag) {
      case 0: case 1: case 2: case 3: break;
      case 4: { const v = BigInt.asUintN(64, c.v); w.u32(Number(v & 0xffffffffn)); w.u32(Number(v >> 32n)); break; }
      case 5: { const b = new TextEncoder().encode(c.v.toString()); w.u32(b.length); w.bytes(b); break; }
      case 6: case 11: w.f64(c.v); break;
      case 7: { const { bytes, ncp } = wtf8(c.v); w.u32(bytes.length); w.u32(ncp); w.bytes(bytes); break; }
      case 8: w.u32(c.v.length); w.bytes(c.v); break;
      case 9: case 12: w.u32(c.items.length); for (const i of c.items) w.u32(i); break;
      case 10: w.u32(c.code); break;
    }
  }
  for (const co of img.codes) {
    w.u32(co.name); w.u32(co.qualname); w.u32(co.filename); w.u32(co.firstlineno);
    w.u32(co.argcount); w.u32(co.posonlyargcount); w.u32(co.kwonlyargcount); w.u32(co.flags);
    w.u32(co.nlocals); w.u32(co.nfree); w.u32(co.stacksize);
    w.u32(co.varnames.length); for (const x of co.varnames) w.u32(x);
    w.u32(co.names.length); for (const x of co.names) w.u32(x);
    w.u32(co.consts.length); for (const x of co.consts) w.u32(x);
    w.u32(co.words.length); for (const x of co.words) w.u32(x);
    w.u32(co.lines.length); for (const [a, b, c, d, e] of co.lines) { w.u32(a); w.u32(b); w.u32(c); w.u32(d >>> 0); w.u32(e >>> 0); }
    w.u32(co.exc.length); for (const [a, b, c, d] of co.exc) { w.u32(a); w.u32(b); w.u32(c); w.u32(d); }
  }
  return w.result();
}

export function readImage(bytes: Uint8Array): Image {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 0;
  const u32 = () => { const v = dv.getUint32(p, true); p += 4; return v; };
  const raw = (n: number) => { const b = bytes.slice(p, p + n); p += (n + 3) & ~3; return b; };
  if (u32() !== MAGIC) throw new Error('not a pyex image (bad magic)');
  const version = u32();
  const nconsts = u32(), ncodes = u32(), main = u32();
  const consts: PoolConst[] = [];
  for (let i = 0; i < nconsts; i++) {
    const tag = u32();
    switch (tag) {
      case 0: case 1: case 2: case 3: consts.push({ tag }); break;
      case 4: { const lo = BigInt(u32()), hi = BigInt(u32()); consts.push({ tag: 4, v: BigInt.asIntN(64, (hi << 32n) | lo) }); break; }
      case 5: { const n = u32(); consts.push({ tag: 5, v: BigInt(new TextDecoder().decode(raw(n))) }); break; }
      case 6: case 11: { const v = dv.getFloat64(p, true); p += 8; consts.push({ tag, v }); break; }
      case 7: { const n = u32(); u32(); consts.push({ tag: 7, v: wtf8Decode(raw(n)) }); break; }
      case 8: { const n = u32(); consts.push({ tag: 8, v: raw(n) }); break; }
      case 9: case 12: { const n = u32(); const items: number[] = []; for (let j = 0; j < n; j++) items.push(u32()); consts.push({ tag, items }); break; }
      case 10: consts.push({ tag: 10, code: u32() }); break;
      default: throw new Error(`bad const tag ${tag} at ${p - 4}`);
    }
  }
  const codes: CodeObject[] = [];
  const arr = () => { const n = u32(); const a: number[] = []; for (let j = 0; j < n; j++) a.push(u32()); return a; };
  for (let i = 0; i < ncodes; i++) {
    const name = u32(), qualname = u32(), filename = u32(), firstlineno = u32();
    const argcount = u32(), posonlyargcount = u32(), kwonlyargcount = u32(), flags = u32();
    const nlocals = u32(), nfree = u32(), stacksize = u32();
    const varnames = arr(), names = arr(), cs = arr();
    const words = Uint32Array.from(arr());
    const nl = u32(); const lines: [number, number, number, number, number][] = [];
    for (let j = 0; j < nl; j++) lines.push([u32(), u32(), u32(), u32() | 0, u32() | 0]);
    const ne = u32(); const exc: [number, number, number, number][] = [];
    for (let j = 0; j < ne; j++) exc.push([u32(), u32(), u32(), u32()]);
    codes.push({ name, qualname, filename, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags,
      nlocals, nfree, stacksize, varnames, names, consts: cs, words, lines, exc });
  }
  if (p !== bytes.length) throw new Error(`trailing bytes in image (${p} of ${bytes.length})`);
  return { consts, codes, main, version };
}
