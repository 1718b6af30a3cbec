#!/usr/bin/env node
// Benchmarks pyex against python3 in the same run: `npm run bench [-- --json] [names...]`.
// Programs: bench/*.py (ours) and ../shared/bench/programs/*.py when present. Each program runs
// `--runs` times (default 3) under both; medians are compared. pyex time is the in-process
// compile + run (module already compiled); CPython time is the whole `python3 file.py` process
// (start-up ~20 ms included — stated in the table header).
import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
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

// the shared programs sit next to the checkout (../shared), or two levels up for a worktree (wt/NAME)
const shared = [path.resolve(root, '../shared/bench/programs'), path.resolve(root, '../../shared/bench/programs')].find((d) => fs.existsSync(d));
const dirs = [path.join(root, 'bench'), ...(shared ? [shared] : [])];
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

// CPU time is reported next to wall time: on a loaded machine it is the steadier measure. pyex's
// is this process's CPU time during the run (engine background threads included); CPython's is the
// child's user + system time (from /usr/bin/time when present).
const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const rows = [];
for (const p of programs) {
  const src = fs.readFileSync(p.file, 'utf8');
  const pyexMs = [], cpyMs = [], pyexCpu = [], cpyCpu = [];
  let pyOut = null, out = null, err = null;
  for (let i = 0; i < runs; i++) {
    const t = performance.now(), c0 = cpuNow();
    const r = await run(src, { filename: path.basename(p.file), limits: { maxSteps: 1e12 } });
    pyexMs.push(performance.now() - t); pyexCpu.push(cpuNow() - c0);
    out = r.stdout; err = r.ok ? null : r.error?.type + ': ' + r.error?.message;
    if (hasPython) {
      const t2 = performance.now();
      const c = timeBin ? spawnSync(timeBin, ['-f', '@cpu %U %S', 'python3', p.file], { encoding: 'utf8' }) : spawnSync('python3', [p.file], { encoding: 'utf8' });
      cpyMs.push(performance.now() - t2);
      const m = /@cpu ([\d.]+) ([\d.]+)\s*$/.exec(c.stderr ?? '');
      if (m) cpyCpu.push((Number(m[1]) + Number(m[2])) * 1000);
      pyOut = c.stdout;
    }
  }
  const hasCpu = hasPython && cpyCpu.length === runs;
  const row = { name: p.name, pyexMs: +median(pyexMs).toFixed(1), cpythonMs: hasPython ? +median(cpyMs).toFixed(1) : null,
    ratio: hasPython ? +(median(pyexMs) / median(cpyMs)).toFixed(2) : null, sameOutput: hasPython ? out === pyOut : null, error: err,
    pyexCpuMs: +median(pyexCpu).toFixed(1), cpythonCpuMs: hasCpu ? +median(cpyCpu).toFixed(1) : null,
    cpuRatio: hasCpu ? +(median(pyexCpu) / Math.max(median(cpyCpu), 1)).toFixed(2) : null };
  rows.push(row);
  if (!json) console.log(`${row.name.padEnd(16)} pyex ${String(row.pyexMs).padStart(9)} ms   cpython ${String(row.cpythonMs).padStart(8)} ms   ratio ${String(row.ratio).padStart(6)}   cpu ${String(row.pyexCpuMs).padStart(8)} / ${String(row.cpythonCpuMs).padStart(8)} ms = ${String(row.cpuRatio).padStart(5)}   ${row.sameOutput ? 'same output' : 'DIFFERENT OUTPUT' + (err ? ` (${err})` : '')}`);
}
const gm = (key) => { const ok = rows.filter((r) => r.sameOutput && r[key]); return ok.length ? +Math.exp(ok.reduce((s, r) => s + Math.log(r[key]), 0) / ok.length).toFixed(2) : null; };
const geomean = gm('ratio');
const cpuGeomean = gm('cpuRatio');
// start-up: fresh sandbox to first output for print("hi")
const st = [];
for (let i = 0; i < 50; i++) await run('print("hi")');   // warm-up: the host code and the VM's start-up path tier up
for (let i = 0; i < 200; i++) { const t = performance.now(); await run('print("hi")'); st.push(performance.now() - t); }
const startupMs = +median(st).toFixed(3);
const wasm = fs.readFileSync(path.join(root, 'dist/pyex.wasm'));
const wasmBytes = wasm.length;
const wasmGzipBytes = zlib.gzipSync(wasm, { level: 9 }).length;
// per-instance memory: N sandboxes kept alive at once (each parked in an async tool call, so its
// instance and VM heap stay live); V8 heap + external memory growth divided by N
const N = 100;
let release;
const parked = new Promise((r) => { release = r; });
let waiting = 0;
const tools = { park: () => { waiting++; return parked; } };
globalThis.gc?.();
const m0 = process.memoryUsage();
const runsLive = [];
for (let i = 0; i < N; i++) runsLive.push(run('from tools import park\npark()', { tools }));
while (waiting < N) await new Promise((r) => setTimeout(r, 5));
globalThis.gc?.();
const m1 = process.memoryUsage();
release(null);
await Promise.all(runsLive);
const perInstanceBytes = Math.round((m1.heapUsed + m1.external - m0.heapUsed - m0.external) / N);
// the `pyex run hello.py` process (bin/pyex.js, wall and CPU time; median of 10 after one warm-up
// run, which also fills Node's compile cache)
const hello = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pyex-bench-')), 'hello.py');
fs.writeFileSync(hello, 'print("hi")\n');
const cliMs = [], cliCpu = [];
for (let i = 0; i < 11; i++) {
  const t = performance.now();
  const c = timeBin ? spawnSync(timeBin, ['-f', '@cpu %U %S', process.execPath, path.join(root, 'bin/pyex.js'), 'run', hello], { encoding: 'utf8' })
    : spawnSync(process.execPath, [path.join(root, 'bin/pyex.js'), 'run', hello], { encoding: 'utf8' });
  if (c.stdout !== 'hi\n') throw new Error(`pyex run hello.py: ${c.stdout} ${c.stderr}`);
  if (i === 0) continue;
  cliMs.push(performance.now() - t);
  const m = /@cpu ([\d.]+) ([\d.]+)\s*$/.exec(c.stderr ?? '');
  if (m) cliCpu.push((Number(m[1]) + Number(m[2])) * 1000);
}
const cliProcessMs = +median(cliMs).toFixed(1);
const cliProcessCpuMs = cliCpu.length ? +median(cliCpu).toFixed(1) : null;
// 1,000 sandboxes alive at once in this process (parked in a tool call): the process's resident
// size with all of them live, and whether each then finishes correctly
const M = 1000;
let release2;
const parked2 = new Promise((r) => { release2 = r; });
let waiting2 = 0;
globalThis.gc?.();
const rss0 = process.memoryUsage().rss;
const many = [];
for (let i = 0; i < M; i++) many.push(run('from tools import park\nx = [i for i in range(100)]\npark()\nprint(len(x))', { tools: { park: () => { waiting2++; return parked2; } } }));
while (waiting2 < M) await new Promise((r) => setTimeout(r, 5));
globalThis.gc?.();
const concurrentRssBytes = process.memoryUsage().rss;
release2(null);
const concurrentOk = (await Promise.all(many)).filter((r) => r.ok && r.stdout === '100\n').length;
const concurrent = { sandboxes: M, ok: concurrentOk, rssBytes: concurrentRssBytes, rssGrowthBytes: concurrentRssBytes - rss0 };
if (json) console.log(JSON.stringify({ programs: rows, geomean, cpuGeomean, startupMs, wasmBytes, wasmGzipBytes, perInstanceBytes, cliProcessMs, cliProcessCpuMs, concurrent }, null, 2));
else {
  console.log(`geometric mean ratio (programs with equal output): wall ${geomean}, cpu ${cpuGeomean}`);
  console.log(`start-up (fresh sandbox, print("hi"), median of 200 after 50 warm-up runs): ${startupMs} ms`);
  console.log(`dist/pyex.wasm: ${(wasmBytes / 1024).toFixed(0)} KiB (gzip -9: ${(wasmGzipBytes / 1024).toFixed(0)} KiB)`);
  console.log(`memory per live sandbox (${N} parked in a tool call; V8 heap + external): ${(perInstanceBytes / 1024).toFixed(0)} KiB`);
  console.log(`\`pyex run hello.py\` process (median of 10): wall ${cliProcessMs} ms, cpu ${cliProcessCpuMs} ms`);
  console.log(`${M} concurrent sandboxes in this process: ${concurrentOk} finished correctly; resident size with all live ${(concurrentRssBytes / 2 ** 20).toFixed(0)} MiB (+${((concurrentRssBytes - rss0) / 2 ** 20).toFixed(0)} MiB)`);
}
