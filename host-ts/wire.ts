// The value encoding shared with vm/builtins/pyex.ts (host.call arguments and results).
//   0 None  1 True  2 False  3 int i64  4 big int (u8 neg, u32 nd, nd hex digit values)
//   5 float f64  6 str (u32 len, UTF-8)  7 bytes (u32 len)  8 list (u32 n)  9 tuple (u32 n)  10 dict (u32 n, k v …)
// Decoded Python values become plain JS data (never anything the guest could make the host run):
// None → null, int → number (bigint beyond 2^53), float → number (wrapped in PyFloat when integral,
// so it survives a round trip), str → string, bytes → Uint8Array, list → array, tuple → PyTuple
// (an array subclass), dict → PyDict (a Map subclass; plain objects are accepted on the way back).

export class PyTuple extends Array<unknown> {}
export class PyDict extends Map<unknown, unknown> {}
/** A float whose value is integral (1.0): keeps its type across the boundary. */
export class PyFloat { constructor(readonly value: number) {} }

const MAX_NEST = 200;

const td = new TextDecoder();

/** Decode a value (copies what it keeps: the buffer may be the VM's memory). */
export function decode(buf: Uint8Array): unknown {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let p = 0;
  const u32 = () => { const v = view.getUint32(p, true); p += 4; return v; };
  const val = (level: number): unknown => {
    if (level > MAX_NEST) throw new Error('value nested too deeply');
    const t = buf[p++];
    switch (t) {
      case 0: return null;
      case 1: return true;
      case 2: return false;
      case 3: { const v = view.getBigInt64(p, true); p += 8; return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v; }
      case 4: {
        const neg = buf[p++]; const nd = u32();
        let s = '';
        for (let i = 0; i < nd; i++) s += buf[p + i].toString(16);
        p += nd;
        const v = BigInt('0x' + s);
        return neg ? -v : v;
      }
      case 5: { const v = view.getFloat64(p, true); p += 8; return Number.isInteger(v) ? new PyFloat(v) : v; }
      case 6: { const n = u32(); const s = td.decode(buf.subarray(p, p + n)); p += n; return s; }
      case 7: { const n = u32(); const b = buf.slice(p, p + n); p += n; return b; }
      case 8: case 9: {
        const n = u32();
        const a: unknown[] = t === 9 ? new PyTuple() : [];
        for (let i = 0; i < n; i++) a.push(val(level + 1));
        return a;
      }
      case 10: {
        const n = u32();
        const m = new PyDict();
        for (let i = 0; i < n; i++) { const k = val(level + 1); m.set(k, val(level + 1)); }
        return m;
      }
      default: throw new Error(`bad wire tag ${t}`);
    }
  };
  return val(0);
}

class Writer {
  buf = new Uint8Array(256);
  n = 0;
  need(k: number) {
    if (this.n + k <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + k) cap *= 2;
    const b = new Uint8Array(cap); b.set(this.buf.subarray(0, this.n)); this.buf = b;
  }
  u8(v: number) { this.need(1); this.buf[this.n++] = v; }
  u32(v: number) { this.need(4); new DataView(this.buf.buffer).setUint32(this.n, v, true); this.n += 4; }
  bytes(b: Uint8Array) { this.u32(b.length); this.need(b.length); this.buf.set(b, this.n); this.n += b.length; }
}

export class WireError extends Error {}

const te = new TextEncoder();
function encInto(w: Writer, v: unknown, level: number, seen: Set<object>): void {
  if (level > MAX_NEST) throw new WireError('value nested too deeply');
  if (v === null || v === undefined) { w.u8(0); return; }
  if (v === true) { w.u8(1); return; }
  if (v === false) { w.u8(2); return; }
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) { w.u8(3); w.need(8); new DataView(w.buf.buffer).setBigInt64(w.n, BigInt(v), true); w.n += 8; return; }
    w.u8(5); w.need(8); new DataView(w.buf.buffer).setFloat64(w.n, v, true); w.n += 8; return;
  }
  if (v instanceof PyFloat) { w.u8(5); w.need(8); new DataView(w.buf.buffer).setFloat64(w.n, v.value, true); w.n += 8; return; }
  if (typeof v === 'bigint') {
    if (v >= -(2n ** 63n) && v < 2n ** 63n) { w.u8(3); w.need(8); new DataView(w.buf.buffer).setBigInt64(w.n, v, true); w.n += 8; return; }
    const neg = v < 0n; const hex = (neg ? -v : v).toString(16);
    w.u8(4); w.u8(neg ? 1 : 0); w.u32(hex.length); w.need(hex.length);
    for (let i = 0; i < hex.length; i++) w.buf[w.n++] = parseInt(hex[i], 16);
    return;
  }
  if (typeof v === 'string') { w.u8(6); w.bytes(te.encode(v)); return; }
  if (v instanceof Uint8Array) { w.u8(7); w.bytes(v); return; }
  if (v instanceof ArrayBuffer) { w.u8(7); w.bytes(new Uint8Array(v)); return; }
  if (typeof v !== 'object') throw new WireError(`a ${typeof v} cannot be passed to Python`);
  if (seen.has(v)) throw new WireError('circular value cannot be passed to Python');
  seen.add(v);
  try {
    if (Array.isArray(v)) {
      w.u8(v instanceof PyTuple ? 9 : 8); w.u32(v.length);
      for (const x of v) encInto(w, x, level + 1, seen);
      return;
    }
    if (v instanceof Map) {
      w.u8(10); w.u32(v.size);
      for (const [k, x] of v) { encInto(w, k, level + 1, seen); encInto(w, x, level + 1, seen); }
      return;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) {
      const keys = Object.keys(v);
      w.u8(10); w.u32(keys.length);
      for (const k of keys) { encInto(w, k, level + 1, seen); encInto(w, (v as Record<string, unknown>)[k], level + 1, seen); }
      return;
    }
    throw new WireError(`a ${proto?.constructor?.name ?? 'object'} cannot be passed to Python`);
  } finally {
    seen.delete(v);
  }
}

/** Encode a host result: status 0 and the value. */
export function encodeResult(v: unknown): Uint8Array {
  const w = new Writer();
  w.u8(0);
  encInto(w, v, 0, new Set());
  return w.buf.slice(0, w.n);
}

/** Encode an error: the VM raises builtins[name](*args) (RuntimeError when name is not a builtin exception). */
export function encodeError(name: string, args: unknown[]): Uint8Array {
  const w = new Writer();
  w.u8(1);
  const t = new PyTuple(); t.push(name, PyTuple.from(args));
  try { encInto(w, t, 0, new Set()); } catch {
    const w2 = new Writer(); w2.u8(1); const t2 = new PyTuple(); t2.push('RuntimeError', PyTuple.from(['error value cannot be passed to Python']));
    encInto(w2, t2, 0, new Set()); return w2.buf.slice(0, w2.n);
  }
  return w.buf.slice(0, w.n);
}

/** Python-ish JSON for effect logs and tool arguments: PyTuple → array, PyDict → object/entries, bytes → {bytes: base64}. */
export function toPlain(v: unknown): unknown {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return { $bytes: bytesToBase64(v) };
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v) Object.defineProperty(o, String(k), { value: toPlain(x), enumerable: true, writable: true, configurable: true });
    return o;
  }
  return v;
}

export function bytesToBase64(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}
