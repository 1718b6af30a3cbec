// Post-link step of the build: merge the wasm module's active data segments into one.
//
// AssemblyScript emits one data segment per static object (string literals, tables): ~4,000 for
// pyex. V8 applies active segments one by one each time the module is instantiated — and pyex
// instantiates once per run — which cost ~0.1 ms per instance (a tenth of a small request). One
// segment spanning them all (gaps zero-filled, as the fresh memory is) is a single copy.
// Only done when every segment is active, in memory 0, at an i32.const offset; otherwise the
// module is left unchanged. With only active segments, no code can use a segment by index
// (memory.init/array.new_data trap on a segment dropped at instantiation), so indices do not matter.
import fs from 'node:fs';

function readU32(b, p) { let r = 0, s = 0; for (;;) { const x = b[p.i++]; r |= (x & 0x7f) << s; if (!(x & 0x80)) return r >>> 0; s += 7; } }
function readI32(b, p) {
  let r = 0, s = 0, x;
  do { x = b[p.i++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80);
  if (s < 32 && (x & 0x40)) r |= -1 << s;
  return r;
}
function u32(n) { const o = []; do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; o.push(x); } while (n); return o; }
function i32(n) {
  const o = [];
  for (;;) { const x = n & 0x7f; n >>= 7; if ((n === 0 && !(x & 0x40)) || (n === -1 && (x & 0x40))) { o.push(x); return o; } o.push(x | 0x80); }
}

/** The module with its data segments merged, or null when it cannot (or need not) be done. */
export function mergeDataSegments(bytes) {
  const b = bytes;
  const sections = [];
  const p = { i: 8 };
  while (p.i < b.length) {
    const id = b[p.i++];
    const size = readU32(b, p);
    sections.push({ id, start: p.i, end: p.i + size });
    p.i += size;
  }
  const data = sections.find((s) => s.id === 11);
  if (!data) return null;
  const q = { i: data.start };
  const n = readU32(b, q);
  if (n < 2) return null;
  const segs = [];
  for (let k = 0; k < n; k++) {
    const flags = readU32(b, q);
    if (flags !== 0) return null;                   // passive or explicit memory index
    if (b[q.i++] !== 0x41) return null;             // i32.const
    const off = readI32(b, q);
    if (b[q.i++] !== 0x0b) return null;             // end
    const len = readU32(b, q);
    segs.push({ off, bytes: b.subarray(q.i, q.i + len) });
    q.i += len;
  }
  const lo = Math.min(...segs.map((s) => s.off)), hi = Math.max(...segs.map((s) => s.off + s.bytes.length));
  if (lo < 0 || hi - lo > 16 << 20) return null;
  const merged = new Uint8Array(hi - lo);
  for (const s of segs) merged.set(s.bytes, s.off - lo);   // later segments win, as at instantiation
  const body = [...u32(1), 0, 0x41, ...i32(lo), 0x0b, ...u32(merged.length)];
  const dataSection = new Uint8Array([11, ...u32(body.length + merged.length), ...body, ...new Uint8Array(0)]);
  const out = [b.subarray(0, 8)];
  for (const s of sections) {
    const head = b.subarray(s.start - 1 - u32(s.end - s.start).length, s.start);
    if (s.id === 12) out.push(new Uint8Array([12, ...u32(u32(1).length), ...u32(1)]));   // DataCount
    else if (s.id === 11) { out.push(dataSection); out.push(merged); }
    else { out.push(head); out.push(b.subarray(s.start, s.end)); }
  }
  const total = out.reduce((a, c) => a + c.length, 0);
  const res = new Uint8Array(total);
  let o = 0;
  for (const c of out) { res.set(c, o); o += c.length; }
  return res;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [inp, outp] = process.argv.slice(2);
  const r = mergeDataSegments(new Uint8Array(fs.readFileSync(inp)));
  if (!r) { console.error('merge-data: left unchanged'); if (outp && outp !== inp) fs.copyFileSync(inp, outp); }
  else { fs.writeFileSync(outp ?? inp, r); }
}
