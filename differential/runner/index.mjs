// The differential runner's core, shared by `npm run diff` (differential/run.mjs) and
// `npm test` (tests/differential.test.ts). A check is one sweep cell, one conformance
// case (tests/cases) or one whole program (differential/programs); its id is
// "sweep:<table>:<src>", "case:<name>" or "program:<name>". The expected side is live
// python3 (live: true) or the recorded golden; the observed side is pyex.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pyex from './pyex.mjs';
import * as cpython from './python.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const diffDir = join(root, 'differential');
export const SOURCES = {
  case: join(root, 'tests', 'cases'),
  program: join(diffDir, 'programs'),
};

/**
 * The ledger: check id -> reason (differential/ledger.json). A key with '*' is a pattern
 * covering a family of checks with one reason (e.g. every cell of a codec pyex lacks).
 */
export function loadLedger() {
  const l = JSON.parse(readFileSync(join(diffDir, 'ledger.json'), 'utf8'));
  delete l['//'];
  // the whole programs keep their strict xfail list next to them (tests/programs.test.ts reads
  // it): its names count as ledger entries, with the comment above each as the reason
  const kf = join(SOURCES.program, 'KNOWN_FAILURES');
  if (existsSync(kf)) {
    let why = '';
    for (const line of readFileSync(kf, 'utf8').split('\n')) {
      const t = line.trim();
      if (t.startsWith('#')) { why = t.slice(1).trim(); continue; }
      if (t) l[`program:${t}`] = why || 'differential/programs/KNOWN_FAILURES';
    }
  }
  return l;
}
const patternCache = new WeakMap();
function patterns(ledger) {
  let p = patternCache.get(ledger);
  if (!p) {
    p = Object.keys(ledger).filter((k) => k.includes('*'))
      .map((k) => ({ key: k, re: new RegExp('^' + k.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$') }));
    patternCache.set(ledger, p);
  }
  return p;
}
/** The ledger key covering a check id (exact, else the first matching pattern), or null. */
export function ledgerKey(id, ledger) {
  if (id in ledger) return id;
  for (const { key, re } of patterns(ledger)) if (re.test(id)) return key;
  return null;
}

export function sweepNames() {
  return readdirSync(join(diffDir, 'sweeps')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

export function loadSweep(name) {
  return JSON.parse(readFileSync(join(diffDir, 'sweeps', `${name}.json`), 'utf8'));
}

/**
 * A check's verdict against the ledger: 'pass', 'fail', 'known' (differs, ledgered) or
 * 'fixed' (ledgered but now matches: a failure, so the ledger only ever shrinks).
 */
function verdict(id, want, got, ledger) {
  const same = want === got;
  const key = ledgerKey(id, ledger);
  if (key === null) return same ? 'pass' : 'fail';
  if (key === id) return same ? 'fixed' : 'known';
  return same ? 'pass' : 'known';   // a pattern may cover passing checks too
}

/** The sweep table's checks: [{id, status, want, got}]. */
export async function sweepChecks(name, { live = false, ledger = loadLedger() } = {}) {
  const table = loadSweep(name);
  const mode = table.exc ?? 'message';
  const want = live ? await cpython.evalCells(table.cells, mode) : table.cells.map((c) => c.expect);
  const got = await pyex.replayCells(table.cells, mode);
  return table.cells.map((c, i) => {
    const id = `sweep:${name}:${c.stmt ? `${c.stmt.replace(/\n/g, '; ')}; ` : ''}${c.src}`;
    const r = { id, status: verdict(id, want[i], got[i], ledger), want: want[i], got: got[i] };
    if (live && want[i] !== c.expect) r.stale = `recorded ${c.expect}`;
    return r;
  });
}

/** Names of the programs of a kind ('case' or 'program'); [] when the directory is absent. */
export function programNames(kind) {
  const dir = SOURCES[kind];
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
}

/** One program's check: golden or live python3 against pyex. */
export async function programCheck(kind, name, { live = false, ledger = loadLedger() } = {}) {
  const id = `${kind}:${name}`;
  const path = join(SOURCES[kind], `${name}.py`);
  const goldenPath = join(SOURCES[kind], `${name}.out`);
  const golden = existsSync(goldenPath) ? readFileSync(goldenPath, 'utf8') : null;
  let want = golden;
  const sandbox = kind === 'program';
  if (live) want = await cpython.runProgram(path, { sandbox });
  else if (golden === null) return { id, status: 'skip', reason: `no golden ${name}.out and no live python3` };
  const got = await pyex.runProgram(path, { sandbox });
  // a program whose live CPython output varies (wall-clock timing under load) still passes when
  // pyex gives the recorded CPython output; the report lists it under the stale goldens
  const vs = live && golden !== null && got === golden && got !== want ? golden : want;
  const r = { id, status: verdict(id, vs, got, ledger), want: vs, got };
  if (live && golden !== null && golden !== want) r.stale = 'recorded golden differs from live python3';
  return r;
}

/** All checks of a kind, CPython side in a small pool of processes (pyex runs in-process). */
export async function programChecks(kind, opts = {}) {
  const names = programNames(kind);
  const out = new Array(names.length);
  let next = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < names.length) {
      const i = next++;
      out[i] = await programCheck(kind, names[i], opts);
    }
  }));
  return out;
}

/** Ledger entries that name no check of the areas that ran (typo or removed check), and patterns that no longer cover a differing check. */
export function staleLedger(results, ledger, areas) {
  const ids = new Set(results.map((r) => r.id));
  const used = new Set(results.filter((r) => r.status === 'known').map((r) => ledgerKey(r.id, ledger)));
  return Object.keys(ledger).filter((id) => areas.some((a) => id.startsWith(a)) && (id.includes('*') ? !used.has(id) : !ids.has(id)));
}

/** A compact diff of two outputs: the first differing line with one line of context. */
export function compactDiff(want, got) {
  if (!want.includes('\n') && !got.includes('\n')) return `    want ${want}\n    got  ${got}`;
  const a = want.split('\n'), b = got.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const out = [`    first difference at line ${i + 1}`];
  if (i > 0) out.push(`      ${a[i - 1]}`);
  out.push(`    - ${i < a.length ? a[i] : '<end>'}`, `    + ${i < b.length ? b[i] : '<end>'}`);
  return out.join('\n');
}

/** Counts and the report text. `failed` = differing checks outside the ledger + ledgered checks that now pass + stale ledger entries. */
export function summarize(results, stale = []) {
  const by = (s) => results.filter((r) => r.status === s);
  const passed = by('pass'), failed = by('fail'), fixed = by('fixed'), known = by('known'), skipped = by('skip');
  const F = failed.length + fixed.length + stale.length;
  const lines = [`differential report`, ``,
    `passed ${passed.length}, failed ${F}, known divergences ${known.length}, skipped ${skipped.length}`];
  const per = new Map();
  for (const r of results) {
    const area = r.id.startsWith('sweep:') ? r.id.split(':', 2).join(':') : r.id.split(':')[0];
    const p = per.get(area) ?? { pass: 0, fail: 0, fixed: 0, known: 0, skip: 0 };
    p[r.status]++;
    per.set(area, p);
  }
  lines.push('', 'per area:');
  for (const [a, p] of [...per].sort()) lines.push(`  ${a.padEnd(24)} ${p.pass} passed, ${p.fail + p.fixed} failed, ${p.known} known, ${p.skip} skipped`);
  if (failed.length) lines.push('', `failed (${failed.length}):`, ...failed.flatMap((r) => [`  ${r.id}`, compactDiff(r.want, r.got)]));
  if (fixed.length) lines.push('', `ledgered but now passing (remove from differential/ledger.json):`, ...fixed.map((r) => `  ${r.id}`));
  if (stale.length) lines.push('', `ledger entries naming no check:`, ...stale.map((id) => `  ${id}`));
  if (known.length) lines.push('', `known divergences (differential/ledger.json):`, ...known.map((r) => `  ${r.id}`));
  if (skipped.length) lines.push('', `skipped:`, ...skipped.map((r) => `  ${r.id}: ${r.reason}`));
  const staleGold = results.filter((r) => r.stale);
  if (staleGold.length) lines.push('', `recorded goldens that differ from live python3 (re-record them):`, ...staleGold.map((r) => `  ${r.id}: ${r.stale}`));
  return { passed: passed.length, failed: F, known: known.length, skipped: skipped.length, text: lines.join('\n') + '\n' };
}
