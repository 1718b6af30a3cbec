// JSON-friendly AST dump in the format of scripts/astdump.py (used by the
// differential tests against CPython's `ast` module; also handy for debugging).

import type { ConstValue } from '../ast.js';

function f64hex(v: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, v);
  let s = '';
  for (let i = 0; i < 8; i++) s += dv.getUint8(i).toString(16).padStart(2, '0');
  return s;
}

export function dumpConst(v: ConstValue): unknown {
  switch (v.t) {
    case 'None': return null;
    case 'bool': return v.v;
    case 'Ellipsis': return { Ellipsis: true };
    case 'int': return { int: v.v.toString() };
    case 'float': return { float: f64hex(v.v) };
    case 'complex': return { complex: f64hex(v.v) };
    case 'str': return { str: v.v };
    case 'bytes': {
      let s = '';
      for (const b of v.v) s += b.toString(16).padStart(2, '0');
      return { bytes: s };
    }
  }
}

/** Convert an AST (or any value inside it) into plain JSON data. */
export function dumpAst(n: unknown): unknown {
  if (Array.isArray(n)) return n.map(dumpAst);
  if (n === null || typeof n !== 'object') return n;
  const o = n as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) {
    const v = o[k];
    if ((o._type === 'Constant' || o._type === 'MatchSingleton') && k === 'value') out[k] = dumpConst(v as ConstValue);
    else out[k] = dumpAst(v);
  }
  return out;
}
