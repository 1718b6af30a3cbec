// Differential checks against CPython 3.11, replayed from the recorded goldens (live python3
// is `npm run diff`): every sweep cell (differential/sweeps/*.json), every conformance case
// (tests/cases) and every whole program (differential/programs). A check that differs must be
// in differential/ledger.json with its reason; a ledgered check that passes, or a ledger entry
// naming no check, fails too, so the ledger can only shrink. The last test prints
// "differential: N passed, F failed".
import { describe, it, expect } from 'vitest';
// @ts-ignore: plain ESM runner
import { loadLedger, sweepNames, sweepChecks, programChecks, staleLedger, summarize, compactDiff } from '../differential/runner/index.mjs';

type Check = { id: string; status: string; want?: string; got?: string; reason?: string };
const ledger = loadLedger();
const results: Check[] = [];
const areas: string[] = [];

/** The failures of some checks, each with a compact diff (ledgered checks that now pass included). */
function failures(rs: Check[]): string[] {
  return rs.filter((r) => r.status === 'fail' || r.status === 'fixed').slice(0, 40)
    .map((r) => r.status === 'fixed' ? `${r.id}: passes now, remove it from differential/ledger.json`
      : `${r.id}\n${compactDiff(r.want!, r.got!)}`);
}

describe('differential', () => {
  for (const name of sweepNames()) {
    it(`sweep ${name} matches CPython cell by cell`, async () => {
      const rs: Check[] = await sweepChecks(name, { ledger });
      results.push(...rs);
      areas.push(`sweep:${name}:`);
      expect(failures(rs)).toEqual([]);
    }, 600_000);
  }
  for (const kind of ['case', 'program']) {
    it(`${kind}s match their CPython goldens`, async () => {
      const rs: Check[] = await programChecks(kind, { ledger });
      results.push(...rs);
      areas.push(`${kind}:`);
      expect(failures(rs)).toEqual([]);
    }, 600_000);
  }
  it('ledger names only checks that still differ; the count', () => {
    const stale = staleLedger(results, ledger, areas);
    const s = summarize(results, stale);
    console.log(`differential: ${s.passed} passed, ${s.failed} failed (${s.known} known divergences in differential/ledger.json, ${s.skipped} skipped)`);
    expect(stale, 'ledger entries naming no check').toEqual([]);
    expect(s.failed).toBe(0);
  });
});
