// Output budget (docs/budgets.md): stdout + stderr past maxOutput ends the run; the output so far is returned.
import { describe, it, expect } from 'vitest';
import { expectStops } from './helpers';

const limits = { maxOutput: 100_000, maxSteps: 1e9 };
const error = { type: 'LimitError', message: 'output limit exceeded (100000 bytes)' };

describe('output limit', () => {
  it.each([
    ["while True: print('x' * 1000)"],
    ["while True: print('x')"],
    ['import sys\nwhile True: sys.stdout.write("y" * 100)'],
    ["print('z' * 10**6)"],
    ["print('z' * 10**6, end='')"],
    ['import sys\nwhile True: print("e", file=sys.stderr)'],
    ['import sys\nwhile True: sys.stderr.write("e" * 999)'],
    ["while True:\n    try:\n        print('x' * 1000)\n    except BaseException:\n        pass"],
    ["try:\n    while True: print('x' * 1000)\nfinally:\n    while True: print('again')"],
    ["class C:\n    def __enter__(self): return self\n    def __exit__(self, *a):\n        while True: print('exit')\nwith C():\n    while True: print('body' * 100)"],
    ["def g():\n    while True: yield 'g' * 500\nfor s in g(): print(s)"],
    ['print(*range(10**6))'],
    ["print(list(range(10**5)))"],
  ])('%s', async (src) => {
    const r = await expectStops(src, limits, error);
    expect(r.stdout.length).toBeLessThanOrEqual(100_000);
    expect(r.footprint.outputBytes ?? 100_000).toBeLessThanOrEqual(100_000 + 1000);
  });

  it('returns the output written before the limit', async () => {
    const r = await expectStops("print('first')\nwhile True: print('x' * 1000)", limits, error);
    expect(r.stdout.startsWith('first\nxxx')).toBe(true);
  });
});
