#!/usr/bin/env node
// `npm run diff`: every differential check (sweep cells, tests/cases, differential/programs)
// under live python3 and pyex; writes differential/report.txt; the last line printed is
// "differential: N passed, F failed". Without python3 (3.11) the recorded goldens stand in.
//
//   npm run diff                      everything, live when python3 is there
//   npm run diff -- --replay          recorded goldens only (what npm test does)
//   npm run diff -- --only sweep:compare,case   some areas (prefixes of check ids)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffDir, loadLedger, sweepNames, sweepChecks, programChecks, staleLedger, summarize } from './runner/index.mjs';
import { pythonMissing } from './runner/python.mjs';

const args = process.argv.slice(2);
const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
const only = onlyArg ? onlyArg.split(',') : null;
const wanted = (id) => !only || only.some((o) => id.startsWith(o) || o.startsWith(id));
const missing = args.includes('--replay') ? 'replay requested' : pythonMissing();
const live = !missing;
console.log(live ? 'differential: comparing with live python3' : `differential: ${missing}; replaying recorded goldens`);

const ledger = loadLedger();
const results = [];
const areas = [];
const t0 = Date.now();
for (const name of sweepNames()) {
  if (!wanted(`sweep:${name}`)) continue;
  areas.push(`sweep:${name}:`);
  const rs = await sweepChecks(name, { live, ledger });
  results.push(...rs);
  console.log(`  sweep ${name}: ${rs.filter((r) => r.status === 'pass').length}/${rs.length}`);
}
for (const kind of ['case', 'program']) {
  if (!wanted(kind)) continue;
  areas.push(`${kind}:`);
  const rs = await programChecks(kind, { live, ledger });
  results.push(...rs);
  console.log(`  ${kind}s: ${rs.filter((r) => r.status === 'pass').length}/${rs.length}`);
}
const s = summarize(results, staleLedger(results, ledger, areas));
const report = join(diffDir, 'report.txt');
writeFileSync(report, s.text);
console.log(`report: ${report} (${((Date.now() - t0) / 1000).toFixed(1)} s; ${s.known} known divergences, ${s.skipped} skipped)`);
console.log(`differential: ${s.passed} passed, ${s.failed} failed`);
process.exit(s.failed ? 1 : 0);
