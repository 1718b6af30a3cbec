// Differential fuzzing against CPython (differential/fuzz/README.md).
//  1. Every saved regression (a shrunk counterexample the fuzzer found, differential/fuzz/regressions/
//     <name>.py with CPython's golden <name>.out) prints exactly what CPython printed.
//  2. Generated programs of every family, from fixed seeds and in bounded numbers, run the same under
//     pyex and CPython (stdout, uncaught error line); divergences listed in differential/fuzz/known.mjs
//     are tolerated. PYEX_DIFFFUZZ_RUNS=N (per family) and PYEX_DIFFFUZZ_SEED=S run more / others.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
// @ts-ignore: plain ES modules
import { CPython, havePython, runPyex, REGRESSIONS } from '../differential/fuzz/oracle.mjs';
// @ts-ignore
import { fuzzFamily } from '../differential/fuzz/fuzz.mjs';
// @ts-ignore
import { FAMILIES } from '../differential/fuzz/gen.mjs';

const RUNS = Number(process.env.PYEX_DIFFFUZZ_RUNS ?? 50);
const SEED = Number(process.env.PYEX_DIFFFUZZ_SEED ?? 20261126);

describe('differential fuzz regressions', () => {
  const cases = fs.existsSync(REGRESSIONS) ? fs.readdirSync(REGRESSIONS).filter((f) => f.endsWith('.py')).sort() : [];
  it('every regression has a golden', () => {
    expect(cases.filter((c) => !fs.existsSync(path.join(REGRESSIONS, c.replace(/\.py$/, '.out'))))).toEqual([]);
  });
  for (const c of cases) {
    it(c.replace(/\.py$/, ''), async () => {
      const src = fs.readFileSync(path.join(REGRESSIONS, c), 'utf8');
      const want = fs.readFileSync(path.join(REGRESSIONS, c.replace(/\.py$/, '.out')), 'utf8');
      expect((await runPyex(src)).text).toBe(want);
    });
  }
});

describe.skipIf(!havePython())('differential fuzz: generated programs agree with CPython', () => {
  const cpython = havePython() ? new CPython() : null;
  afterAll(() => cpython?.close());
  for (const fam of Object.keys(FAMILIES).filter((f) => f !== 'all')) {
    it(`${fam}: ${RUNS} programs, seed ${SEED}`, async () => {
      const r = await fuzzFamily(cpython, fam, { runs: RUNS, seed: SEED, maxFails: 1 });
      const f = r.failures[0];
      expect(f ? `divergence (seed ${f.seed}):\n${f.src}--- ${f.report?.diff}` : '').toBe('');
      expect(r.programs).toBe(RUNS);
      expect(r.stats.compared ?? 0).toBeGreaterThan(RUNS / 2);
    }, 60_000);
  }
});
