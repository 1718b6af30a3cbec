// Start-up machinery of the host: recycled linear memories (host-ts/mempool.ts) and the cache of
// compiled images (host-ts/index.ts compileCached). Neither may let one sandbox see anything of
// another, or change any result.
import { describe, expect, it } from 'vitest';
import { acquireMemory, releaseMemory, INITIAL_PAGES } from '../host-ts/mempool';
import { run } from '../dist/pyex.js';

describe('memory pool', () => {
  it('hands back a released memory zero-filled', () => {
    const m = acquireMemory();
    expect(m.buffer.byteLength).toBe(INITIAL_PAGES * 65536);
    new Uint8Array(m.buffer).fill(0xab);
    releaseMemory(m);
    const again = acquireMemory();
    expect(again).toBe(m);
    expect(new Uint8Array(again.buffer).every((b) => b === 0)).toBe(true);
  });
  it('drops a memory that grew and never pools one twice', () => {
    const grown = acquireMemory();
    grown.grow(1);
    releaseMemory(grown);
    const a = acquireMemory();
    expect(a).not.toBe(grown);
    releaseMemory(a);
    releaseMemory(a);
    const b = acquireMemory(), c = acquireMemory();
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
});

describe('sandboxes on recycled memories and cached images', () => {
  const big = 'x = [str(i) * 50 for i in range(20000)]\nprint(len(x), sum(map(len, x)))';
  const small = 'import sys\nd = {}\nfor i in range(100): d[i] = str(i)\nprint(len(d), sys.maxsize > 0)';
  it('give the same results, steps and allocations as the first run', async () => {
    const first = await run(small);
    for (const src of [big, small, big, small]) {
      const r = await run(src);
      expect(r.ok).toBe(true);
      if (src === small) {
        expect(r.stdout).toBe(first.stdout);
        expect(r.footprint.steps).toBe(first.footprint.steps);
        expect(r.footprint.allocatedBytes).toBe(first.footprint.allocatedBytes);
        expect(r.spans.map((s) => [s.name, s.startTimeUnixNano, s.endTimeUnixNano])).toEqual(first.spans.map((s) => [s.name, s.startTimeUnixNano, s.endTimeUnixNano]));
      }
    }
  });
  it('key the image by file name as well as source', async () => {
    const src = 'def f():\n    raise ValueError("x")\nf()\n';
    const a = await run(src, { filename: 'a.py' });
    const b = await run(src, { filename: 'b.py' });
    const a2 = await run(src, { filename: 'a.py' });
    expect(a.error?.traceback).toContain('File "a.py", line 2');
    expect(b.error?.traceback).toContain('File "b.py", line 2');
    expect(a2.error?.traceback).toBe(a.error?.traceback);
  });
  it('report a syntax error every time', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await run('print(1', { filename: 's.py' });
      expect(r.error?.type).toBe('SyntaxError');
    }
  });
});
