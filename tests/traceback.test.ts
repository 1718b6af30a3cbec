// Full tracebacks, compared with CPython 3.11's stderr: frames, source lines and the ^^^/~~~
// location markers (tests/traceback/<name>.py; <name>.err recorded from python3 with the
// script's directory removed from the File lines: `node scripts/golden-tracebacks.mjs`).
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
// @ts-ignore: plain JS bundle
import { run } from '../dist/pyex.js';

const dir = path.join(__dirname, 'traceback');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('tracebacks match CPython', () => {
  it('has at least 20 programs, each with a recorded stderr', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const c of cases) expect(fs.existsSync(path.join(dir, c.replace(/\.py$/, '.err'))), c).toBe(true);
  });
  for (const c of cases) {
    it(c.replace(/\.py$/, ''), async () => {
      const src = fs.readFileSync(path.join(dir, c), 'utf8');
      const want = fs.readFileSync(path.join(dir, c.replace(/\.py$/, '.err')), 'utf8');
      const r = await run(src, { filename: c });
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toBe(want);
    });
  }
});
