// Wall clock (docs/budgets.md): timeoutMs terminates the worker thread running the VM.
import { describe, it, expect } from 'vitest';
import { expectStops } from './helpers';

const limits = { timeoutMs: 300, maxSteps: 1e12, maxMemory: 1e9 };
const error = { type: 'LimitError', message: 'time limit exceeded (300 ms)' };

describe('time limit', () => {
  it.each([
    ['while True: pass'],
    ['x = 0\nwhile True:\n    try:\n        x += 1\n    except BaseException:\n        pass'],
    ['try:\n    while True: pass\nfinally:\n    while True: pass'],
    ['class C:\n    def __enter__(self): return self\n    def __exit__(self, *a):\n        while True: pass\nwith C():\n    while True: pass'],
    ['sum(range(10**15))'],
    ['import itertools\nfor _ in itertools.count(): pass'],
    ['def g():\n    while True: yield 1\nfor _ in g(): pass'],
    ['sorted(range(10**9))'],
    ["import re\nre.match('(a*)*b', 'a' * 60)"],
    ['x = 3 ** 100000\nwhile True: x * x'],
  ])('%s', async (src) => {
    await expectStops(src, limits, error);
  });

  it('keeps the output written before the timeout', async () => {
    // the clock includes the worker's start-up (compiling the bundle), so give the print time to run
    const r = await expectStops('print("started")\nwhile True: pass', { ...limits, timeoutMs: 2000 }, { type: 'LimitError', message: 'time limit exceeded (2000 ms)' }, 8000);
    expect(r.stdout).toBe('started\n');
    expect(r.exitCode).toBe(3);
  });
});
