// Conformance: every tests/cases/<name>.py must print exactly what CPython 3.11 printed
// (tests/cases/<name>.out, recorded by `npm run golden`). Cases in the differential ledger
// (differential/ledger.json, ids "case:<name>") are known divergences: they are expected to
// differ, and the test fails if one of them starts passing (so the list can only shrink).
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
// The built artifact (dist/pyex.js + dist/pyex.wasm) is what is tested; `npm test` builds it first.
// @ts-ignore: plain JS bundle
import { run } from '../dist/pyex.js';

const dir = path.join(__dirname, 'cases');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const ledger: Record<string, string> = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'differential', 'ledger.json'), 'utf8'));
const known = new Set(Object.keys(ledger).filter((k) => k.startsWith('case:')).map((k) => k.slice(5)));

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
      if (known.has(name)) expect(got, `${name} is in differential/ledger.json but now passes: remove it from the ledger`).not.toBe(golden);
      else expect(got).toBe(golden);
    });
  }
});
