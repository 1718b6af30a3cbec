// Assembler: resolves labels, encodes instruction words, builds the line table and the exception
// table (maximal runs of instructions with the same innermost handler), and computes the maximum
// value-stack depth by walking the control-flow graph with the opcode table's stack effects.
import { OPS } from './generated/opcodes.js';

export class Label {
  pos = -1;
  name: string;
  constructor(name = 'L') { this.name = name; }
}

export interface Handler { label: Label; depth: number }

export interface Instr {
  op: number;            // opcode, or -1 for a label placement
  arg: number;
  target: Label | null;  // jump target (resolved to arg)
  line: number;
  /** source range (CPython 3.11 instruction location) when known and starting on `line` */
  pos?: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number } | null;
  handler: Handler | null;
  label?: Label;         // for op === -1
}

export interface Assembled {
  words: Uint32Array;
  /** (start pc, line, end line, col, end col) runs; col/end col are UTF-8 byte offsets, -1 unknown */
  lines: LineEntry[];
  exc: [number, number, number, number][];
  stacksize: number;
}

export type LineEntry = [number, number, number, number, number];

export function encodeArg(op: number, arg: number): number {
  const fmt = OPS[op].format;
  if (fmt === 's') {
    if (arg < -(1 << 23) || arg >= (1 << 23)) throw new Error(`signed arg out of range: ${arg}`);
    return arg & 0xffffff;
  }
  if (fmt === 'ab') {
    const a = arg & 0xfff, b = arg >> 12;
    if (b > 0xfff) throw new Error('UNPACK_EX arg out of range');
  }
  if (arg < 0 || arg > 0xffffff) throw new Error(`arg out of range for ${OPS[op].name}: ${arg}`);
  return arg;
}

export function assemble(instrs: Instr[], firstline: number): Assembled {
  // 1. place labels
  let pc = 0;
  const real: Instr[] = [];
  for (const ins of instrs) {
    if (ins.op === -1) { ins.label!.pos = pc; continue; }
    real.push(ins);
    pc++;
  }
  const n = real.length;
  const words = new Uint32Array(n);
  const lines: LineEntry[] = [];
  let lastLine = -1, lastEnd = -1, lastCol = -2, lastEndCol = -2;
  for (let i = 0; i < n; i++) {
    const ins = real[i];
    let arg = ins.arg;
    if (ins.target) {
      if (ins.target.pos < 0) throw new Error(`unplaced label ${ins.target.name}`);
      arg = ins.target.pos;
    }
    ins.arg = arg;
    words[i] = (ins.op | (encodeArg(ins.op, arg) << 8)) >>> 0;
    const line = ins.line > 0 ? ins.line : (lastLine > 0 ? lastLine : firstline);
    const p = ins.pos && ins.pos.lineno === line && ins.line > 0 ? ins.pos : null;
    const endLine = p ? p.end_lineno : line, col = p ? p.col_offset : -1, endCol = p ? p.end_col_offset : -1;
    if (line !== lastLine || endLine !== lastEnd || col !== lastCol || endCol !== lastEndCol) {
      lines.push([i, line, endLine, col, endCol]);
      lastLine = line; lastEnd = endLine; lastCol = col; lastEndCol = endCol;
    }
  }
  // 2. exception table
  const exc: [number, number, number, number][] = [];
  let i = 0;
  while (i < n) {
    const h = real[i].handler;
    if (!h) { i++; continue; }
    let j = i + 1;
    while (j < n && real[j].handler && real[j].handler!.label === h.label && real[j].handler!.depth === h.depth) j++;
    if (h.label.pos < 0) throw new Error(`unplaced handler label ${h.label.name}`);
    exc.push([i, j, h.label.pos, h.depth]);
    i = j;
  }
  // 3. stack depth
  const stacksize = stackDepth(real.map((x) => x.op), real.map((x) => x.arg), exc);
  return { words, lines, exc, stacksize };
}

/**
 * Max stack depth over the CFG. Throws when two paths reach an instruction with different depths
 * or the depth goes negative (compiler bugs).
 */
export function stackDepth(ops: ArrayLike<number>, args: ArrayLike<number>, exc: [number, number, number, number][]): number {
  const n = ops.length;
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  let max = 0;
  const visit = (pc: number, d: number, from: number) => {
    if (pc >= n) { if (from >= 0) throw new Error(`falls off the end of the code at ${from}`); return; }
    if (d < 0) throw new Error(`negative stack depth at ${pc} (from ${from})`);
    if (depth[pc] === -1) { depth[pc] = d; work.push(pc); if (d > max) max = d; }
    else if (depth[pc] !== d) throw new Error(`inconsistent stack depth at ${pc}: ${depth[pc]} vs ${d} (from ${from})`);
  };
  if (n > 0) visit(0, 0, -1);
  // entries do not overlap: at most one covers each instruction
  const cover = new Int32Array(n).fill(-1);
  exc.forEach((e, k) => { for (let i = e[0]; i < e[1] && i < n; i++) cover[i] = k; });
  const seeded = new Uint8Array(exc.length);
  while (work.length) {
    const pc = work.pop()!;
    const d = depth[pc];
    // a handler becomes reachable once an instruction it covers is reachable
    const k = cover[pc];
    if (k >= 0 && !seeded[k]) {
      seeded[k] = 1;
      visit(exc[k][2], exc[k][3] + 1, pc);
    }
    const op = ops[pc], arg = args[pc];
    const info = OPS[op];
    const after = d - info.pop(arg) + info.push(arg);
    if (after > max) max = after;
    if (info.jump) {
      const jd = d - info.jpop(arg) + info.jpush(arg);
      if (jd > max) max = jd;
      visit(arg, jd, pc);
    }
    if (!info.term) visit(pc + 1, after, pc);
  }
  return max;
}
