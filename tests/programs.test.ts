// Whole programs: every differential/programs/<name>.py — a realistic script of the kind an LLM
// agent writes — must print exactly what CPython 3.11 printed (<name>.out, recorded by
// `npm run golden -- --programs`, same golden format as tests/cases). Each runs with a sandbox
// filesystem holding only /NAME.py (CPython ran `python3 NAME.py` in a temporary directory holding
// only that file), so programs may write and read back their own files and tracebacks agree. Names in differential/programs/KNOWN_FAILURES are strict xfails: the
// test fails when one of them starts passing, so the list can only shrink.
// The differential runner (`npm run diff`) replays the same files; this keeps them in `npm test`.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
// @ts-ignore: plain JS bundle
import { run } from '../dist/pyex.js';

const dir = path.join(__dirname, '..', 'differential', 'programs');
const programs = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const knownFile = path.join(dir, 'KNOWN_FAILURES');
const known = new Set(
  (fs.existsSync(knownFile) ? fs.readFileSync(knownFile, 'utf8') : '').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean),
);

/** The golden format of scripts/golden.mjs: stdout, then on failure "--- exit N" and the last stderr line. */
function observed(stdout: string, stderr: string, exitCode: number): string {
  let s = stdout;
  if (exitCode !== 0) {
    if (s && !s.endsWith('\n')) s += '\n';
    const lines = stderr.split('\n').filter((l) => l.trim() !== '');
    s += `--- exit ${exitCode}\n${lines.length ? lines[lines.length - 1] : ''}\n`;
  }
  return s;
}

describe('whole programs (differential/programs)', () => {
  it('has a golden file for every program, and at least 120 programs', () => {
    const missing = programs.filter((c) => !fs.existsSync(path.join(dir, c.replace(/\.py$/, '.out'))));
    expect(missing).toEqual([]);
    expect(programs.length).toBeGreaterThanOrEqual(120);
  });
  it('lists only existing programs in KNOWN_FAILURES', () => {
    expect([...known].filter((n) => !programs.includes(`${n}.py`))).toEqual([]);
  });
  for (const c of programs) {
    const name = c.replace(/\.py$/, '');
    it(name, async () => {
      const src = fs.readFileSync(path.join(dir, c), 'utf8');
      const golden = fs.readFileSync(path.join(dir, `${name}.out`), 'utf8');
      const r = await run(src, { filename: c, files: { [`/${c}`]: src }, limits: { maxSteps: 200_000_000 } });
      const got = observed(r.stdout, r.stderr, r.exitCode);
      if (known.has(name)) expect(got, `${name} is in KNOWN_FAILURES but now passes: remove it from the list`).not.toBe(golden);
      else expect(got).toBe(golden);
    });
  }
});
