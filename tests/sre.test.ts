// The regex engine's budget guarantee: catastrophic backtracking is metered step by step and ends
// with the uncatchable LimitError instead of hanging (CPython would run for hours on these).
import { describe, it, expect } from 'vitest';
// @ts-ignore: the built bundle (npm test builds it first)
import { run } from '../dist/pyex.js';

describe('re budgets', () => {
  for (const [pat, subject] of [
    ["(a+)+$", "'a' * 40 + 'b'"],
    ["(a|aa)*c", "'a' * 60"],
    ["(x+x+)+y", "'x' * 50"],
    ["(?:a*)*b", "'a' * 5000"],
  ]) {
    it(`stops re.match(${JSON.stringify(pat)}, ${subject})`, async () => {
      const src = `import re\ntry:\n    print(re.match(${JSON.stringify(pat)}, ${subject}))\nexcept BaseException:\n    print('caught')\n`;
      const t0 = Date.now();
      const r = await run(src, { limits: { maxSteps: 3_000_000 } });
      expect(r.ok).toBe(false);
      expect(r.stdout).toBe('');
      expect(r.error).toMatchObject({ type: 'LimitError', message: 'step limit exceeded (3000000)' });
      expect(Date.now() - t0).toBeLessThan(5000);
    });
  }
  it('charges the steps of a successful match', async () => {
    const small = await run("import re\nre.search('x', 'a' * 10)");
    const big = await run("import re\nre.search('(?:a|b)x', 'a' * 100000)");
    expect(big.footprint.steps - small.footprint.steps).toBeGreaterThan(100000);
  });
});
