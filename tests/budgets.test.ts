// Hard budgets (docs/budgets.md): memory, steps charged by builtins, wall clock.
import { describe, it, expect } from 'vitest';
// @ts-ignore: the built bundle (npm test builds it first)
import { run } from '../dist/pyex.js';

const MB = 1_000_000;

describe('memory budget', () => {
  it('raises MemoryError when live data passes the budget, and the program can recover', async () => {
    const src = 'a = []\ntry:\n    while True:\n        a.append("x" * 100 + str(len(a)))\nexcept MemoryError as e:\n    n = len(a)\n    a = None\n    print("caught", type(e).__name__, n > 10000)\nb = [str(i) for i in range(1000)]\nprint("after", len(b))\n';
    const r = await run(src, { limits: { maxMemory: 16 * MB } });
    expect(r.stdout).toBe('caught MemoryError True\nafter 1000\n');
    expect(r.ok).toBe(true);
    expect(r.footprint.peakMemory).toBeGreaterThan(16 * MB);
    expect(r.footprint.peakMemory).toBeLessThan(16 * MB * 1.5);
  });

  it('ends with LimitError when the program keeps the data after a MemoryError', async () => {
    const src = 'a = []\nwhile True:\n    try:\n        a.append([0] * 1000)\n    except MemoryError:\n        pass\n';
    const r = await run(src, { limits: { maxMemory: 16 * MB } });
    expect(r.error).toMatchObject({ type: 'LimitError', message: `memory limit exceeded (${16 * MB} bytes)` });
    expect(r.exitCode).toBe(3);
  });

  it('does not count garbage: churning far more than the budget is fine', async () => {
    const r = await run('t = 0\nfor i in range(2000):\n    x = [i] * 10000\n    t += len(x)\nprint(t)\n', { limits: { maxMemory: 16 * MB } });
    expect(r.stdout).toBe('20000000\n');
    expect(r.footprint.allocatedBytes).toBeGreaterThan(100 * MB);
  });

  it('counts data reachable from generators, closures, instances and dicts', async () => {
    const src = 'class Box:\n    def __init__(self, v): self.v = v\n' +
      'def gen():\n    keep = []\n    while True:\n        keep.append(Box("y" * 1000 + str(len(keep))))\n        yield len(keep)\n' +
      'g = gen()\nfor n in g:\n    pass\n';
    const r = await run(src, { limits: { maxMemory: 16 * MB } });
    expect(r.error?.type).toBe('MemoryError');
  });

  it.each([
    ["'a' * 10**12"], ['bytearray(10**12)'], ["'{:>1000000000}'.format(1)"], ['[None] * 10**10'],
    ['10 ** 10**10'], ["x = 'ab' * (10**8)"], ['bytes(10**8)'], ["int('9' * 10**8)"],
  ])('%s raises MemoryError before allocating', async (expr) => {
    const t = performance.now();
    const r = await run(`try:\n    ${expr}\nexcept MemoryError:\n    print("MemoryError")\n`, { limits: { maxMemory: 64 * MB } });
    expect(r.stdout).toBe('MemoryError\n');
    expect(r.footprint.allocatedBytes).toBeLessThan(8 * MB);
    expect(performance.now() - t).toBeLessThan(10_000);   // catches an unmetered builtin (minutes), not speed
  });
});

describe('builtins charge steps for their work', () => {
  it.each([
    ['sum(range(10**10))'], ['sorted(range(10**8))'], ["'x' * 10**8"], ['list(range(10**9))'],
    ['while True:\n    x = 10**6 * [0]'], ["' '.join(['a'] * 10**7)"], ['max(range(10**10))'],
    ['set(range(10**9))'], ['dict.fromkeys(range(10**9))'], ['any(x < 0 for x in range(10**10))'],
    ['while True:\n    5 in [0] * 10**5'], ['x = list(range(10**5))\nwhile True:\n    y = x[:]'],
  ])('%s ends quickly with the step limit', async (src) => {
    const t = performance.now();
    const r = await run(src, { limits: { maxSteps: 1e6, maxMemory: 1e9 } });
    expect(r.error).toMatchObject({ type: 'LimitError', message: 'step limit exceeded (1000000)' });
    expect(performance.now() - t).toBeLessThan(10_000);   // catches an unmetered builtin (minutes), not speed
  });
});

describe('wall clock', () => {
  it('terminates a run at timeoutMs with the output so far', async () => {
    const t = performance.now();
    const r = await run('print("started")\nprint("x" * 70000)\nwhile True:\n    pass\n', { limits: { timeoutMs: 300, maxSteps: 1e12 } });
    expect(performance.now() - t).toBeLessThan(3000);
    expect(r.error).toMatchObject({ type: 'LimitError', message: 'time limit exceeded (300 ms)' });
    expect(r.exitCode).toBe(3);
    expect(r.stdout.startsWith('started\n')).toBe(true);
  });

  it('returns the normal result when the program finishes in time', async () => {
    const r = await run('print(sum(range(100)))', { limits: { timeoutMs: 5000 } });
    expect(r.ok).toBe(true);
    expect(r.stdout).toBe('4950\n');
    expect(r.footprint.steps).toBeGreaterThan(0);
  });
});
