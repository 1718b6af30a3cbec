// Step budget (docs/budgets.md): every way to spin stops with the uncatchable LimitError.
import { describe, it } from 'vitest';
import { expectStops } from './helpers';

const limits = { maxSteps: 1_000_000, maxMemory: 1e9 };
const error = { type: 'LimitError', message: 'step limit exceeded (1000000)' };

describe('step limit', () => {
  it.each([
    ['while True: pass'],
    ['while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass'],
    ['while True:\n    try:\n        pass\n    except:\n        pass'],
    ['try:\n    while True: pass\nfinally:\n    while True: pass'],
    ['try:\n    while True: pass\nexcept BaseException:\n    while True: pass'],
    ['class C:\n    def __enter__(self): return self\n    def __exit__(self, *a):\n        while True: pass\nwith C():\n    while True: pass'],
    ['class C:\n    def __enter__(self): return self\n    def __exit__(self, *a): return True\nwhile True:\n    with C():\n        while True: pass'],
    ['class D:\n    def __del__(self):\n        while True: pass\nwhile True:\n    D()'],
    ['def g():\n    i = 0\n    while True:\n        yield i\n        i += 1\nfor x in g(): pass'],
    ['def g():\n    while True:\n        try:\n            yield 1\n        finally:\n            while True: pass\nfor x in g(): pass'],
    ['import itertools\nlist(itertools.count())'],
    ['import itertools\nfor _ in itertools.cycle([1]): pass'],
    ['import itertools\nsum(itertools.repeat(1))'],
    ['sum(range(10**12))'],
    ['while True:\n    try:\n        sum(range(10**12))\n    except BaseException:\n        pass'],
    ['max(x for x in range(10**12))'],
    ['sorted(range(10**8))'],
    ["'x' * 10**8"],
    ['while True: str(7 ** 4000)'],
    ['x = 3 ** 200000\nwhile True: x * x'],
    ["import re\nre.match('(a*)*b', 'a' * 40)"],
    ['d = dict.fromkeys(range(10**9))'],
    ['any(x < 0 for x in range(10**12))'],
    ['f = lambda: f\nwhile True: f = f()'],
    ['while True:\n    5 in [0] * 10**5'],
  ])('%s', async (src) => {
    await expectStops(src, limits, error);
  });
});
