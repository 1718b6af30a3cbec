// Memory budget (docs/budgets.md): requests that can never fit raise MemoryError before allocating;
// growing live data raises MemoryError, then LimitError if the program keeps it.
import { describe, it, expect } from 'vitest';
import { expectStops, run } from './helpers';

const MB = 1_000_000;
const limits = { maxMemory: 32 * MB, maxSteps: 1e10 };

describe('memory: impossible requests fail before allocating', () => {
  it.each([
    ["'a' * 10**12"], ['[0] * 10**12'], ['10 ** 10**10'], ['bytearray(10**12)'], ["'{:>1000000000}'.format(1)"],
    ["int('9' * 10**8)"], ['(0,) * 10**12'], ["b'x' * 10**12"], ["'ab'.center(10**12)"], ["'x'.ljust(10**11)"],
    ["f'{1:>{10**9}}'"], ["'%1000000000d' % 1"], ['1 << 10**12'], ["'a'.zfill(10**12)"], ['bytes(10**12)'],
  ])('%s', async (expr) => {
    const r = await expectStops(expr, limits, { type: 'MemoryError' });
    expect(r.footprint.allocatedBytes).toBeLessThan(8 * MB);
  });

  it.each([["'a' * 10**12"], ['[0] * 10**12'], ['10 ** 10**10'], ["int('9' * 10**8)"]])('%s is catchable', async (expr) => {
    const r = await run(`try:\n    ${expr}\nexcept MemoryError:\n    print('caught')\n`, { limits });
    expect(r.stdout).toBe('caught\n');
    expect(r.ok).toBe(true);
  });
});

describe('memory: growing live data', () => {
  const uncatchable = { type: 'LimitError', message: `memory limit exceeded (${32 * MB} bytes)` };
  it.each([
    // a dict about to grow its table past 1.5 x the budget ends the run at once (docs/budgets.md)
    ['d = {}\nwhile True: d[len(d)] = len(d)'],
    ['a = []\nwhile True:\n    try:\n        a.append([0] * 1000)\n    except MemoryError:\n        pass'],
    ['a = []\nwhile True:\n    try:\n        a.append("x" * 10000 + str(len(a)))\n    except BaseException:\n        pass'],
  ])('%s', async (src) => {
    await expectStops(src, limits, uncatchable);
  });

  it.each([
    ['a = []\nwhile True: a.append(str(len(a)) * 10)'],
    ['s = set()\nwhile True: s.add(len(s) * 1000003)'],
    ['x = None\nwhile True: x = [x, [0] * 100]'],
  ])('%s raises MemoryError naming the budget', async (src) => {
    await expectStops(src, limits, { type: 'MemoryError', message: `memory limit exceeded (${32 * MB} bytes)` });
  });

  it.each([
    ["s = 'x'\nwhile True: s += s"],
    ['a = [0]\nwhile True: a = a + a'],
    ['class P:\n    def __init__(self, i): self.i = i; self.s = str(i) * 20\nps = []\nwhile True: ps.append(P(len(ps)))'],
    ['def gen():\n    keep = []\n    while True:\n        keep.append("y" * 1000 + str(len(keep)))\n        yield 1\nfor _ in gen(): pass'],
  ])('%s raises MemoryError', async (src) => {
    await expectStops(src, limits, { type: 'MemoryError' });
  });
});
