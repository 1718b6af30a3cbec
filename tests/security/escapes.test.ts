// The adversarial suite (tests/security/cases.mjs): every program must end in exactly the
// recorded, contained outcome (tests/security/expected.json; `node scripts/record-security.mjs`
// re-records it — review every changed line).
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
// @ts-ignore: plain JS modules
import { cases } from './cases.mjs';
// @ts-ignore: the built bundle
import { run, Filesystem } from '../../dist/pyex.js';
// @ts-ignore: plain JS module
import { outcome } from '../../scripts/record-security.mjs';

const expected: Record<string, string> = JSON.parse(fs.readFileSync(path.join(__dirname, 'expected.json'), 'utf8'));

describe('sandbox escapes end in the recorded contained outcome', () => {
  it('has at least 100 programs, each with a recorded outcome', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(cases.map((c: unknown[]) => c[0]).filter((n: string) => !(n in expected))).toEqual([]);
  });
  for (const [name, code, opts] of cases as [string, string, object?][]) {
    it(name, async () => {
      const r = await run(code, { ...(opts ?? {}), filename: `${name}.py` });
      expect(outcome(r)).toBe(expected[name]);
    });
  }
});

describe('runs share nothing', () => {
  it('tampering in one run is invisible to the next', async () => {
    const a = await run('__builtins__["len"] = lambda x: 42\nimport os, sys\nos.environ["X"] = "1"\nsys.modules["json"] = None\nprint(len([]))', {});
    expect(a.stdout).toBe('42\n');
    const b = await run('import os, json\nprint(len([]), dict(os.environ), json.dumps(1))', {});
    expect(b.stdout).toBe('0 {} 1\n');
  });

  it('a run cannot change the host Filesystem it was given (only its overlay)', async () => {
    const base = new Filesystem({ '/a': 'A' });
    await run('import shutil\nshutil.rmtree("/")\n', { fs: base });
    await run('import os\nos.remove("/a")\nopen("/b", "w").write("B")', { fs: base });
    expect(Object.keys(base.files())).toEqual(['/a']);
  });
});
