// Compiler back end tests: golden disassembly, image round trip, structural/stack-depth checks of
// every conformance case, and compiler-detected SyntaxErrors (messages/positions from CPython 3.11).
// Regenerate the goldens with UPDATE_GOLDEN=1 npx vitest run tests/compiler.test.ts
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { compile, disassemble } from '../compiler/index';
import { readImage, writeImage, MAGIC, type Image, type CodeObject } from '../compiler/image';
import { OPS, BYTECODE_VERSION } from '../compiler/generated/opcodes';
import { PySyntaxError } from '../compiler/errors';

const goldenDir = path.join(__dirname, 'compiler');
const casesDir = path.join(__dirname, 'cases');

/**
 * Independent abstract interpretation of a code object: walks every reachable instruction
 * (fall-through, jumps, exception handlers) and returns the maximum depth reached, checking that
 * depths agree at join points, never go negative, and that operands are in range.
 */
function verifyCode(img: Image, co: CodeObject, where: string): number {
  const n = co.words.length;
  const depth = new Array<number>(n).fill(-1);
  const work: number[] = [];
  let max = 0;
  const problems: string[] = [];
  const reach = (pc: number, d: number, from: number) => {
    if (pc < 0 || pc >= n) { problems.push(`${where}: control reaches ${pc} from ${from}`); return; }
    if (d < 0) { problems.push(`${where}: negative depth at ${pc}`); return; }
    if (depth[pc] < 0) { depth[pc] = d; work.push(pc); max = Math.max(max, d); }
    else if (depth[pc] !== d) problems.push(`${where}: depth ${depth[pc]} vs ${d} at ${pc} (from ${from})`);
  };
  reach(0, 0, -1);
  const nloc = co.nlocals + co.nfree;
  while (work.length && problems.length === 0) {
    const pc = work.pop()!;
    const d = depth[pc];
    const w = co.words[pc];
    const op = w & 0xff;
    const info = OPS[op];
    if (!info) { problems.push(`${where}: bad opcode ${op} at ${pc}`); break; }
    const arg = w >>> 8;
    // operand ranges
    switch (info.name) {
      case 'LOAD_CONST': if (arg >= co.consts.length) problems.push(`${where}: const ${arg} out of range at ${pc}`); break;
      case 'LOAD_FAST': case 'STORE_FAST': case 'DELETE_FAST': case 'MAKE_CELL':
        if (arg >= co.nlocals) problems.push(`${where}: local ${arg} out of range at ${pc}`); break;
      case 'LOAD_DEREF': case 'STORE_DEREF': case 'DELETE_DEREF': case 'LOAD_CLOSURE': case 'LOAD_CLASSDEREF':
        if (arg >= nloc) problems.push(`${where}: cell ${arg} out of range at ${pc}`); break;
      case 'LOAD_GLOBAL': case 'STORE_GLOBAL': case 'DELETE_GLOBAL': case 'LOAD_NAME': case 'STORE_NAME': case 'DELETE_NAME':
      case 'LOAD_ATTR': case 'STORE_ATTR': case 'DELETE_ATTR': case 'LOAD_METHOD': case 'IMPORT_NAME': case 'IMPORT_FROM':
        if (arg >= co.names.length) problems.push(`${where}: name ${arg} out of range at ${pc}`); break;
    }
    // exception handlers covering pc
    for (const [s, e, t, hd] of co.exc) {
      if (pc >= s && pc < e) {
        if (hd > d) problems.push(`${where}: handler depth ${hd} above stack depth ${d} at ${pc}`);
        reach(t, hd + 1, pc);
      }
    }
    const pop = info.pop(arg), push = info.push(arg);
    if (pop > d) { problems.push(`${where}: ${info.name} pops ${pop} with depth ${d} at ${pc}`); break; }
    const after = d - pop + push;
    max = Math.max(max, after);
    if (info.jump) {
      const jd = d - info.jpop(arg) + info.jpush(arg);
      max = Math.max(max, jd);
      reach(arg, jd, pc);
    }
    if (!info.term) reach(pc + 1, after, pc);
  }
  // tables
  for (let i = 1; i < co.lines.length; i++) if (co.lines[i][0] <= co.lines[i - 1][0]) problems.push(`${where}: line table not sorted`);
  for (let i = 0; i < co.exc.length; i++) {
    const [s, e, t] = co.exc[i];
    if (!(s < e && e <= n && t < n)) problems.push(`${where}: bad exception entry ${co.exc[i]}`);
    if (i > 0 && s < co.exc[i - 1][1]) problems.push(`${where}: overlapping exception entries`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return max;
}

function verifyImage(bytes: Uint8Array, name: string): Image {
  const img = readImage(bytes);
  img.codes.forEach((co, i) => {
    const q = img.consts[co.qualname];
    const where = `${name}:${q.tag === 7 ? q.v : i}`;
    const reached = verifyCode(img, co, where);
    expect(co.stacksize, `${where}: stacksize`).toBeGreaterThanOrEqual(reached);
  });
  return img;
}

describe('image format', () => {
  it('header and round trip', () => {
    const bytes = compile('x = 1\nprint(x, 2**70, -0.0, "é\\ud800", b"\\x00", (1, (2,)))\n');
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(dv.getUint32(0, true)).toBe(MAGIC);
    expect(dv.getUint32(4, true)).toBe(BYTECODE_VERSION);
    expect(bytes.length % 4).toBe(0);
    const img = readImage(bytes);
    expect(img.main).toBe(img.codes.length - 1);
    expect(writeImage(img)).toEqual(bytes);
    const strs = img.consts.filter((c) => c.tag === 7).map((c) => (c as { v: string }).v);
    expect(strs).toContain('é\ud800');
    expect(img.consts.some((c) => c.tag === 5 && c.v === 2n ** 70n)).toBe(false); // 2**70 is not folded
    expect(img.consts.some((c) => c.tag === 6 && Object.is(c.v, -0))).toBe(true);
  });
  it('big int constants use tag 5, i64 ones tag 4, small ints LOAD_SMALL_INT', () => {
    const img = readImage(compile('a = 123456789012345678901234567890\nb = 9223372036854775807\nc = -8388608\nd = 8388608\n'));
    expect(img.consts.some((c) => c.tag === 5 && c.v === 123456789012345678901234567890n)).toBe(true);
    expect(img.consts.some((c) => c.tag === 4 && c.v === 9223372036854775807n)).toBe(true);
    expect(img.consts.some((c) => c.tag === 4 && c.v === 8388608n)).toBe(true);
    expect(disassemble(img)).toMatch(/LOAD_SMALL_INT +-8388608/);
  });
});

describe('golden disassembly', () => {
  const files = fs.readdirSync(goldenDir).filter((f) => f.endsWith('.py')).sort();
  for (const f of files) {
    it(f, () => {
      const src = fs.readFileSync(path.join(goldenDir, f), 'utf8');
      const bytes = compile(src, f);
      verifyImage(bytes, f);
      const dis = disassemble(bytes);
      const golden = path.join(goldenDir, f.replace(/\.py$/, '.dis'));
      if (process.env.UPDATE_GOLDEN || !fs.existsSync(golden)) fs.writeFileSync(golden, dis);
      expect(dis).toBe(fs.readFileSync(golden, 'utf8'));
    });
  }
});

describe('conformance cases compile with sound stack depths', () => {
  const cases = fs.readdirSync(casesDir).filter((f) => f.endsWith('.py')).sort();
  for (const f of cases) {
    it(f, () => {
      const src = fs.readFileSync(path.join(casesDir, f), 'utf8');
      let bytes: Uint8Array;
      try {
        bytes = compile(src, f);
      } catch (e) {
        // a case may deliberately contain a syntax error: then CPython's golden says so
        const golden = fs.readFileSync(path.join(casesDir, f.replace(/\.py$/, '.out')), 'utf8');
        if (e instanceof PySyntaxError && golden.includes(`${e.pyType}: ${e.msg}`)) return;
        throw e;
      }
      verifyImage(bytes, f);
    });
  }
});

// [source, msg, lineno, offset, end_lineno, end_offset] as reported by CPython 3.11 compile()
const SYNTAX_ERRORS: [string, string, number, number, number, number][] = [
  ['return 1\n', "'return' outside function", 1, 1, 1, 9],
  ['x = 1\nif x:\n    break\n', "'break' outside loop", 3, 5, 3, 10],
  ['for i in x: pass\ncontinue\n', "'continue' not properly in loop", 2, 1, 2, 9],
  ['  \nyield 1\n', "'yield' outside function", 2, 1, 2, 8],
  ['x = (yield)\n', "'yield' outside function", 1, 6, 1, 11],
  ['def f():\n    x = 1\n    global x\n', "name 'x' is assigned to before global declaration", 3, 5, 3, 13],
  ['def f():\n    print(x)\n    global x\n', "name 'x' is used prior to global declaration", 3, 5, 3, 13],
  ['def f(x):\n    global x\n', "name 'x' is parameter and global", 2, 5, 2, 13],
  ['def f():\n    nonlocal x\n', "no binding for nonlocal 'x' found", 2, 5, 2, 15],
  ['nonlocal x\n', 'nonlocal declaration not allowed at module level', 1, 1, 1, 11],
  ['await x\n', "'await' outside function", 1, 1, 1, 8],
  ['def f():\n    await x\n', "'await' outside async function", 2, 5, 2, 12],
  ['class C:\n    return 1\n', "'return' outside function", 2, 5, 2, 13],
  ['def f():\n    from m import *\n', 'import * only allowed at module level', 2, 19, 2, 20],
  ['f(a=1, a=2)\n', 'keyword argument repeated: a', 1, 8, 1, 11],
  ['def f():\n    def g():\n        nonlocal y\n', "no binding for nonlocal 'y' found", 3, 9, 3, 19],
  ['class C:\n    [(yy := 1) for i in x]\n', 'assignment expression within a comprehension cannot be used in a class body', 2, 7, 2, 9],
  ['try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n', "default 'except:' must be last", 3, 1, 4, 9],
  ['def f(a, a): pass\n', "duplicate argument 'a' in function definition", 1, 10, 1, 11],
  ['[ (yield) for x in y]\n', "'yield' inside list comprehension", 1, 4, 1, 9],
  ['def f():\n  [ (yield) for x in y]\n', "'yield' inside list comprehension", 2, 6, 2, 11],
  ['x: int\nglobal x\n', "annotated name 'x' can't be global", 2, 1, 2, 9],
  ['def f():\n    x: int\n    global x\n', "annotated name 'x' can't be global", 3, 5, 3, 13],
  ['a, *b, *c = d\n', 'multiple starred expressions in assignment', 1, 1, 1, 10],
  ["x = 'é'; return 1\n", "'return' outside function", 1, 11, 1, 19],
  ['def f():\n    for x in y:\n        pass\n    else:\n        continue\n', "'continue' not properly in loop", 5, 9, 5, 17],
  ['while x:\n    def f():\n        break\n', "'break' outside loop", 3, 9, 3, 14],
  ['__debug__ = 1\n', 'cannot assign to __debug__', 1, 1, 1, 10],
  ['[await x for x in y]\n', 'asynchronous comprehension outside of an asynchronous function', 1, 1, 1, 21],
  ['def f():\n    [await x for x in y]\n', 'asynchronous comprehension outside of an asynchronous function', 2, 5, 2, 25],
  ['del __debug__\n', 'cannot delete __debug__', 1, 5, 1, 14],
];

describe('compiler-detected syntax errors', () => {
  for (const [src, msg, lineno, offset, endLineno, endOffset] of SYNTAX_ERRORS) {
    it(JSON.stringify(src), () => {
      let err: unknown = null;
      try { compile(src, '<string>'); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(PySyntaxError);
      const e = err as PySyntaxError;
      expect({ msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset })
        .toEqual({ msg, lineno, offset, end_lineno: endLineno, end_offset: endOffset });
    });
  }
});

// Compiler semantics end to end (unwinding through finally/with/handlers, scopes, calls, match…):
// tests/compiler/run/<name>.py must print what CPython printed (<name>.out). Needs the built VM
// (dist/pyex.js, `npm run build`); skipped when it is missing.
describe('compiled programs run like CPython', async () => {
  const runDir = path.join(goldenDir, 'run');
  const dist = path.join(__dirname, '..', 'dist', 'pyex.js');
  const have = fs.existsSync(dist) && fs.existsSync(path.join(__dirname, '..', 'dist', 'pyex.wasm'));
  const files = fs.readdirSync(runDir).filter((f) => f.endsWith('.py')).sort();
  for (const f of files) {
    it.skipIf(!have)(f, async () => {
      // compile with the compiler under test, run with the built VM
      const { runImage } = await import(/* @vite-ignore */ dist);
      const src = fs.readFileSync(path.join(runDir, f), 'utf8');
      const r = await runImage(compile(src, f), new Map([[f, src]]), { limits: { maxSteps: 10_000_000 } });
      expect(r.stdout + r.stderr).toBe(fs.readFileSync(path.join(runDir, f.replace(/\.py$/, '.out')), 'utf8'));
    });
  }
});
