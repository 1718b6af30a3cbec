#!/usr/bin/env node
// Benchmarks pyex against python3 in the same run: `npm run bench [-- --json] [names...]`.
// Programs: bench/*.py (ours) and ../shared/bench/programs/*.py when present. Each program runs
// `--runs` times (default 3) under both; medians are compared. pyex time is the in-process
// compile + run (module already compiled); CPython time is the whole `python3 file.py` process
// (start-up ~20 ms included — stated in the table header).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { run } = await import(path.join(root, 'dist/pyex.js'));
const args = process.argv.slice(2);
const json = args.includes('--json');
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');

const dirs = [path.join(root, 'bench'), path.resolve(root, '../shared/bench/programs')];
const programs = [];
for (const d of dirs) {
  if (!fs.existsSync(d)) continue;
  for (const f of fs.readdirSync(d).filter((f) => f.endsWith('.py')).sort()) {
    const name = f.replace(/\.py$/, '');
    if (only.length && !only.includes(name)) continue;
    programs.push({ name, file: path.join(d, f) });
  }
}
const hasPython = spawnSync('python3', ['--version']).status === 0;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const rows = [];
for (const p of programs) {
  const src = fs.readFileSync(p.file, 'utf8');
  const pyexMs = [], cpyMs = [];
  let pyOut = null, out = null, err = null;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await run(src, { filename: path.basename(p.file), limits: { maxSteps: 1e12 } });
    pyexMs.push(performance.now() - t);
    out = r.stdout; err = r.ok ? null : r.error?.type + ': ' + r.error?.message;
    if (hasPython) {
      const t2 = performance.now();
      const c = spawnSync('python3', [p.file], { encoding: 'utf8' });
      cpyMs.push(performance.now() - t2);
      pyOut = c.stdout;
    }
  }
  const row = { name: p.name, pyexMs: +median(pyexMs).toFixed(1), cpythonMs: hasPython ? +median(cpyMs).toFixed(1) : null,
    ratio: hasPython ? +(median(pyexMs) / median(cpyMs)).toFixed(2) : null, sameOutput: hasPython ? out === pyOut : null, error: err };
  rows.push(row);
  if (!json) console.log(`${row.name.padEnd(16)} pyex ${String(row.pyexMs).padStart(9)} ms   cpython ${String(row.cpythonMs).padStart(8)} ms   ratio ${String(row.ratio).padStart(6)}   ${row.sameOutput ? 'same output' : 'DIFFERENT OUTPUT' + (err ? ` (${err})` : '')}`);
}
const ok = rows.filter((r) => r.sameOutput && r.ratio);
const geomean = ok.length ? +Math.exp(ok.reduce((s, r) => s + Math.log(r.ratio), 0) / ok.length).toFixed(2) : null;
// start-up: fresh sandbox to first output for print("hi")
const st = [];
for (let i = 0; i < 20; i++) { const t = performance.now(); await run('print("hi")'); st.push(performance.now() - t); }
const startupMs = +median(st).toFixed(3);
const wasmBytes = fs.statSync(path.join(root, 'dist/pyex.wasm')).size;
if (json) console.log(JSON.stringify({ programs: rows, geomean, startupMs, wasmBytes }, null, 2));
else {
  console.log(`geometric mean ratio (programs with equal output): ${geomean}`);
  console.log(`start-up (fresh sandbox, print("hi"), median of 20): ${startupMs} ms`);
  console.log(`dist/pyex.wasm: ${(wasmBytes / 1024).toFixed(0)} KiB`);
}
