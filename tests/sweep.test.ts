// Sweep tests: binary operators x value pairs, str methods x arguments, format
// specs x values, each cell recorded from CPython 3.11 by tests/builtins/gen_sweep.py
// and replayed in pyex (tests/builtins/sweep_run.mjs). A cell listed under
// "expected_mismatch" (src -> reason) must still differ: the list can only shrink.
import { describe, it, expect } from 'vitest';
// @ts-ignore: plain ESM helper
import { loadTable, replay } from './builtins/sweep_run.mjs';

for (const name of ['binop', 'strmeth', 'format']) {
  describe(`sweep: ${name}`, () => {
    it('matches CPython 3.11 cell by cell', async () => {
      const table = loadTable(name);
      const cells: { src: string; expect: string }[] = table.cells;
      const known: Record<string, string> = table.expected_mismatch;
      const got: string[] = await replay(cells);
      const wrong: string[] = [], fixed: string[] = [];
      cells.forEach((c, i) => {
        if (c.src in known) {
          if (got[i] === c.expect) fixed.push(c.src);
        } else if (got[i] !== c.expect) {
          wrong.push(`${c.src}: expected ${c.expect}, got ${got[i]}`);
        }
      });
      for (const src of Object.keys(known))
        expect(cells.some(c => c.src === src), `stale expected_mismatch entry ${src}`).toBe(true);
      expect(wrong, 'cells differing from CPython').toEqual([]);
      expect(fixed, 'cells now matching: remove them from expected_mismatch').toEqual([]);
    }, 120_000);
  });
}
