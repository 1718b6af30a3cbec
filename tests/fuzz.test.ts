// Fuzzing (docs/budgets.md): random small Python programs from a grammar of statements and
// expressions over ints, strs, lists and dicts.
//  1. Robustness: under small budgets, run() always resolves with a result — it never throws,
//     never hangs, and never reports an internal VM error (a trap: SystemError "internal VM error").
//  2. Differential: programs that python3 runs successfully print the same under pyex.
// PYEX_FUZZ_RUNS=N and PYEX_FUZZ_SEED=S run more / other programs (CI keeps the defaults small).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-ignore: the built bundle (npm test builds it first)
import { run } from '../dist/pyex.js';
// @ts-ignore: plain ES module shared with scripts/fuzz.mjs
import { samplePrograms, inputArb, FUZZ_LIMITS, badResult, DRIVER } from './fuzz-arbs.mjs';

const RUNS = Number(process.env.PYEX_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.PYEX_FUZZ_SEED ?? 20240601);

// The generators live in tests/fuzz-arbs.mjs (shared with scripts/fuzz.mjs: `npm run fuzz -- --runs N`).

// ---- 1. robustness -----------------------------------------------------------------------------------
describe('fuzz: run() always returns a result', () => {
  it(`${RUNS} random programs under small budgets`, async () => {
    const progs = samplePrograms(RUNS, SEED);
    const bad: string[] = [];
    for (const src of progs) {
      const t = performance.now();
      let r: any;
      try {
        r = await run(src, { limits: { maxSteps: 200_000, maxMemory: 8_000_000, maxOutput: 100_000, maxDepth: 100 } });
      } catch (e) {
        bad.push(`run() threw ${String(e)}\n${src}`);
        continue;
      }
      const ms = performance.now() - t;
      if (r.error?.type === 'SystemError' || /internal/i.test(r.error?.message ?? '')) bad.push(`${r.error.type}: ${r.error.message}\n${src}`);
      else if (ms > 3000) bad.push(`slow (${ms.toFixed(0)} ms)\n${src}`);
    }
    expect(bad.slice(0, 3).join('\n-----\n')).toBe('');
  }, 120_000);

  it(`${RUNS} random token streams, bytes, unicode and mutated programs`, async () => {
    const inputs: [string, string][] = fc.sample(inputArb, { numRuns: RUNS, seed: SEED + 2 });
    const bad: string[] = [];
    for (const [kind, src] of inputs) {
      let r: any;
      try { r = await run(src, { limits: FUZZ_LIMITS }); } catch (e) { bad.push(`${kind}: run() threw ${String(e)}\n${JSON.stringify(src)}`); continue; }
      const why = badResult(r);
      if (why) bad.push(`${kind}: ${why}\n${JSON.stringify(src)}`);
    }
    expect(bad.slice(0, 3).join('\n-----\n')).toBe('');
  }, 120_000);

  it('hostile budget programs return promptly', async () => {
    const hostile = [
      'x = [[]]\nwhile True:\n    x = [x, x]', 'def f(): return f()\nf()', 's = "a"\nwhile True:\n    s += s',
      'd = {}\nwhile True:\n    d[len(d)] = [0] * 100', 'import sys\nprint(sys.getrecursionlimit())', "print('%s' * 100 % tuple(range(100)))",
      'x = 1\nwhile True:\n    x *= 1000', "'-'.join(str(i) for i in range(10**9))", 'sorted([3, 1] * 10**6)', '[i for i in range(10**9)]',
    ];
    for (const src of hostile) {
      const t = performance.now();
      const r = await run(src, { limits: { maxSteps: 1_000_000, maxMemory: 32_000_000 } });
      expect(r.error?.type === 'SystemError', `${src}: ${r.error?.message}`).toBe(false);
      expect(performance.now() - t, src).toBeLessThan(5000);
    }
  }, 60_000);
});

// ---- 2. differential against python3 -----------------------------------------------------------------
function havePython(): boolean {
  try { execFileSync('python3', ['-c', 'import sys; assert sys.version_info >= (3, 11)'], { stdio: 'ignore' }); return true; } catch { return false; }
}

describe.skipIf(!havePython())('fuzz: differential against python3', () => {
  it(`${RUNS} random programs print the same as CPython`, async () => {
    const progs = samplePrograms(RUNS, SEED + 1);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyex-fuzz-'));
    fs.writeFileSync(path.join(dir, 'progs.json'), JSON.stringify(progs));
    fs.writeFileSync(path.join(dir, 'driver.py'), DRIVER);
    execFileSync('python3', [path.join(dir, 'driver.py'), path.join(dir, 'progs.json'), path.join(dir, 'out.json')], { stdio: 'ignore', timeout: 120_000 });
    const expected: { ok: boolean; stdout: string }[] = JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
    const mismatches: string[] = [];
    let compared = 0;
    for (let i = 0; i < progs.length; i++) {
      if (!expected[i].ok) continue;
      const r = await run(progs[i], { limits: { maxSteps: 20_000_000, maxMemory: 256_000_000 } });
      if (r.error?.type === 'LimitError' || r.error?.type === 'MemoryError') continue;
      compared++;
      if (r.stdout !== expected[i].stdout || !r.ok) {
        mismatches.push(`${progs[i]}\n--- python3:\n${expected[i].stdout}--- pyex:\n${r.stdout}${r.error ? r.error.type + ': ' + r.error.message + '\n' : ''}`);
      }
    }
    if (process.env.PYEX_FUZZ_DUMP) fs.writeFileSync(process.env.PYEX_FUZZ_DUMP, mismatches.join('\n=====\n'));
    expect(compared).toBeGreaterThan(RUNS / 3);
    expect(mismatches.length === 0 ? '' : `${mismatches.length} mismatches; first:\n${mismatches[0]}`).toBe('');
  }, 300_000);
});
