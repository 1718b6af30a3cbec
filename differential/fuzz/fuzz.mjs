#!/usr/bin/env node
// Differential fuzzer (differential/fuzz/README.md): generated programs run under CPython and pyex;
// the first divergence of each seed is shrunk by fast-check, printed, and (with --save) written to
// differential/fuzz/regressions/ with its CPython golden. Then the next seed goes on.
//
//   npm run fuzz:diff -- [--runs N] [--seed S] [--family stmt,expr,...|all] [--save] [--max-fails K]
//
// --runs is per family. Deterministic: the programs depend only on --seed, --runs and --family.
import fc from 'fast-check';
import { FAMILIES } from './gen.mjs';
import { CPython, compare, saveRegression, havePython } from './oracle.mjs';
import { knownDivergence } from './known.mjs';

/** compare(), with a thrown error (a generator syntax error, a host exception from pyex) as a report. */
async function check(cpython, src, stats) {
  try { return await compare(cpython, src, stats); } catch (e) { return { diff: `exception: ${e?.stack ?? e}` }; }
}

/** A divergence's identity for de-duplication: the differing pyex line without numbers and quotes' contents. */
export function signature(r) {
  const p = r.diff.split('\n')[2] ?? r.diff;
  return p.replace(/'[^']*'/g, "''").replace(/-?\d+(\.\d+)?/g, 'N').trim();
}

/** Top-level blocks of a program: a line at column 0 with the indented lines under it. */
function blocks(lines) {
  const out = [];
  for (const l of lines) {
    if (out.length && (/^\s/.test(l) || /^(except|else|elif|finally)\b/.test(l))) out[out.length - 1].push(l);
    else out.push([l]);
  }
  return out;
}

/**
 * After fast-check's shrinking (which keeps the generator's structure), delete whole top-level
 * blocks, then single lines, as long as the program still diverges the same way (same differing
 * line on one side): regression cases come out a few lines long.
 */
export async function minimize(cpython, src) {
  const rep0 = await check(cpython, src, {});
  if (!rep0 || rep0.diff.startsWith('exception')) return src;
  const sig = (r) => r.diff.split('\n').slice(1).map((l) => l.trim());
  const [c0, p0] = sig(rep0);
  const same = async (cand) => {
    const r = await check(cpython, cand, {});
    if (!r || r.diff.startsWith('exception')) return false;
    const [c, p] = sig(r);
    return c === c0 && p === p0;
  };
  let lines = src.replace(/\n$/, '').split('\n');
  // 1. whole top-level blocks, last first (later statements rarely matter)
  for (let bs = blocks(lines), i = bs.length - 1; i >= 0; i--) {
    const cand = bs.filter((_, j) => j !== i);
    if (await same(cand.flat().join('\n') + '\n')) { bs = cand; lines = bs.flat(); }
  }
  // 2. single lines (a candidate that no longer compiles is rejected by check's syntax error)
  for (let i = lines.length - 1; i >= 0; i--) {
    const cand = lines.filter((_, j) => j !== i);
    if (await same(cand.join('\n') + '\n')) lines = cand;
  }
  return lines.join('\n') + '\n';
}

/** Runs `runs` programs of a family from `seed` on; returns { programs, stats, failures: [{ seed, src, report }] }. */
export async function fuzzFamily(cpython, family, { runs, seed, maxFails = Infinity, onFail, shrink = true, seen = null }) {
  const arb = FAMILIES[family];
  const stats = {};
  const failures = [];
  let done = 0;
  let s = seed;
  while (done < runs && failures.length < maxFails) {
    // with `seen`, a divergence already reported (same normalized pyex line) counts as a pass, so a
    // long run moves on to new bugs instead of finding the first one again and again
    const prop = fc.asyncProperty(arb, async (src) => {
      const r = await check(cpython, src, stats);
      if (r && (knownDivergence(r) || seen?.has(signature(r)))) { stats.known = (stats.known ?? 0) + 1; return true; }
      return r === null;
    });
    const out = await fc.check(prop, { numRuns: runs - done, seed: s, endOnFailure: !shrink, markInterruptAsFailure: false });
    done += out.numRuns;
    if (!out.failed) break;
    const src = await minimize(cpython, out.counterexample[0]);
    const report = await check(cpython, src, {});
    const f = { family, seed: s, src, report };
    failures.push(f);
    if (report) seen?.add(signature(report));
    onFail?.(f);
    s++;
  }
  return { programs: done, stats, failures };
}

async function main(argv) {
  const opt = (name, def) => { const i = argv.indexOf('--' + name); return i >= 0 ? argv[i + 1] : def; };
  const runs = Number(opt('runs', 2000));
  const seed = Number(opt('seed', Date.now() % 1_000_000));
  const fams = opt('family', 'stmt,expr,func,class,data,gen,exc,lib').split(',').flatMap((f) => (f === 'all' ? Object.keys(FAMILIES).filter((k) => k !== 'all') : [f]));
  const save = argv.includes('--save');
  const maxFails = Number(opt('max-fails', 10));
  if (!havePython()) { console.log('fuzz:diff: python3 (3.11) not found'); return 0; }
  const cpython = new CPython();
  let total = 0, fails = 0;
  const seen = argv.includes('--all-fails') ? null : new Set();
  const t0 = performance.now();
  for (const fam of fams) {
    const r = await fuzzFamily(cpython, fam, {
      runs, seed, maxFails, seen, onFail: (f) => {
        const name = save ? saveRegression(f.family, f.src) : null;
        console.log(`\n=== ${f.family} seed ${f.seed}${name ? ` -> regressions/${name}` : ''}\n${f.src}--- ${f.report ? f.report.diff : '(did not reproduce)'}`);
      },
    });
    total += r.programs;
    fails += r.failures.length;
    console.log(`${fam}: ${r.programs} programs from seed ${seed}, ${r.stats.compared ?? 0} compared, ${r.stats.known ?? 0} known divergences, ${r.stats.skipped ?? 0} skipped ${JSON.stringify(r.stats.why ?? {})}, ${r.failures.length} divergences`);
  }
  cpython.close();
  console.log(`fuzz:diff: ${total} programs, ${fails} divergences, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return fails ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) process.exitCode = await main(process.argv.slice(2));
