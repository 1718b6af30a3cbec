// Conformance: every tests/cases/<name>.py must print exactly what CPython 3.11 printed
// (tests/cases/<name>.out, recorded by `npm run golden`). Cases listed in
// tests/cases/KNOWN_FAILURES are features not built yet: they are expected to differ, and the
// test fails if one of them starts passing (so the list can only shrink, never go stale).
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
// The built artifact (dist/pyex.js + dist/pyex.wasm) is what is tested; `npm test` builds it first.
// @ts-ignore: plain JS bundle
import { run } from '../dist/pyex.js';

const dir = path.join(__dirname, 'cases');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const known = new Set(
  fs.readFileSync(path.join(dir, 'KNOWN_FAILURES'), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean),
);

/** The golden format of scripts/golden.mjs: stdout, then on failure "--- exit N" and the last stderr line. */
export function observed(stdout: string, stderr: string, exitCode: number): string {
  let s = stdout;
  if (exitCode !== 0) {
    if (s && !s.endsWith('\n')) s += '\n';
    const lines = stderr.split('\n').filter((l) => l.trim() !== '');
    s += `--- exit ${exitCode}\n${lines.length ? lines[lines.length - 1] : ''}\n`;
  }
  return s;
}

describe('conformance cases', () => {
  it('has a golden file for every case', () => {
    const missing = cases.filter((c) => !fs.existsSync(path.join(dir, c.replace(/\.py$/, '.out'))));
    expect(missing).toEqual([]);
  });
  for (const c of cases) {
    const name = c.replace(/\.py$/, '');
    it(name, async () => {
      const src = fs.readFileSync(path.join(dir, c), 'utf8');
      const golden = fs.readFileSync(path.join(dir, `${name}.out`), 'utf8');
      const r = await run(src, { filename: c, limits: { maxSteps: 50_000_000 } });
      const got = observed(r.stdout, r.stderr, r.exitCode);
      if (known.has(name)) expect(got, `${name} is in KNOWN_FAILURES but now passes: remove it from the list`).not.toBe(golden);
      else expect(got).toBe(golden);
    });
  }
});
