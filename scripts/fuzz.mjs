#!/usr/bin/env node
// Fuzzes run() (docs/budgets.md, "Fuzzing"). Usage:
//   npm run fuzz -- --runs N [--seed S] [--mode robust|diff|both] [--jobs J] [--out FILE]
// robust: grammar programs, mutated programs, random token streams, random bytes and random unicode
//   fed to run() under small budgets; only a result or a Python-level error is acceptable (a thrown
//   host exception, SystemError "internal VM error", a run slower than 5 s, a hang (no progress for
//   60 s: the shard is killed) or a crash are failures). Inputs are split over J child processes.
// diff: grammar programs run under python3 and pyex; where python3 succeeds, stdout must agree.
// Deterministic: the inputs depend only on --seed and --runs. Failures are written to --out (JSON).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { inputArb, programArb, FUZZ_LIMITS, badResult, DRIVER } from '../tests/fuzz-arbs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf('--' + name); return i >= 0 ? argv[i + 1] : def; };
const RUNS = Number(opt('runs', 1000));
const SEED = Number(opt('seed', 20240601));
const MODE = opt('mode', 'robust');
const JOBS = Number(opt('jobs', Math.max(1, Math.min(4, os.cpus().length))));
const OUT = opt('out', path.join(os.tmpdir(), `pyex-fuzz-${SEED}.json`));
const CHUNK = 500;

/** Inputs [from, to) of the robustness stream for a seed: chunk k is fc.sample(inputArb, seed + k). */
function* inputs(from, to) {
  for (let k = Math.floor(from / CHUNK); k * CHUNK < to; k++) {
    const batch = fc.sample(inputArb, { numRuns: CHUNK, seed: SEED + k });
    for (let j = 0; j < CHUNK; j++) { const i = k * CHUNK + j; if (i >= from && i < to) yield [i, ...batch[j]]; }
  }
}

async function shard(from, to, curFile) {
  const { run } = await import(path.join(root, 'dist', 'pyex.js'));
  const fails = [];
  const kinds = {};
  for (const [i, kind, src] of inputs(from, to)) {
    fs.writeFileSync(curFile, JSON.stringify({ i, kind, src }));
    const t = performance.now();
    let why = null;
    let r;
    try { r = await run(src, { limits: FUZZ_LIMITS }); why = badResult(r); } catch (e) { why = `run() threw ${e?.stack ?? e}`; }
    const ms = performance.now() - t;
    if (!why && ms > 5000) why = `slow: ${ms.toFixed(0)} ms`;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    if (why) fails.push({ i, kind, why, src });
    if ((i - from) % 1000 === 999) process.send?.({ progress: i - from + 1 });
  }
  process.send?.({ done: true, fails, kinds });
}

async function robust() {
  const per = Math.ceil(RUNS / JOBS);
  const t0 = performance.now();
  const results = await Promise.all(Array.from({ length: JOBS }, (_, j) => new Promise((resolve) => {
    const from = j * per, to = Math.min(RUNS, from + per);
    const cur = path.join(os.tmpdir(), `pyex-fuzz-${SEED}-${j}.cur.json`);
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--shard', `${from}:${to}`, '--cur', cur, '--seed', String(SEED)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let last = Date.now(), done = 0, out = null;
    const watchdog = setInterval(() => {
      if (Date.now() - last > 60_000) { clearInterval(watchdog); child.kill('SIGKILL'); }
    }, 1000);
    child.on('message', (m) => { last = Date.now(); if (m.progress) done = m.progress; if (m.done) out = m; });
    child.on('exit', (code, sig) => {
      clearInterval(watchdog);
      if (out) return resolve(out);
      let cur = null; try { cur = JSON.parse(fs.readFileSync(cur, 'utf8')); } catch {}
      resolve({ fails: [{ ...(cur ?? {}), why: `shard ${j} died (exit ${code}, signal ${sig}) after ~${done} inputs: hang or crash` }], kinds: {} });
    });
  })));
  const fails = results.flatMap((r) => r.fails);
  const kinds = {};
  for (const r of results) for (const [k, n] of Object.entries(r.kinds)) kinds[k] = (kinds[k] ?? 0) + n;
  console.log(`robust: ${RUNS} inputs, seed ${SEED}, ${JOBS} jobs, ${((performance.now() - t0) / 1000).toFixed(0)} s; kinds ${JSON.stringify(kinds)}; failures: ${fails.length}`);
  return fails;
}

async function diff() {
  const { run } = await import(path.join(root, 'dist', 'pyex.js'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyex-fuzz-'));
  fs.writeFileSync(path.join(dir, 'driver.py'), DRIVER);
  const fails = [];
  let compared = 0;
  for (let k = 0; k * CHUNK < RUNS; k++) {
    const progs = fc.sample(programArb, { numRuns: Math.min(CHUNK, RUNS - k * CHUNK), seed: SEED + 1_000_003 + k });
    fs.writeFileSync(path.join(dir, 'progs.json'), JSON.stringify(progs));
    execFileSync('python3', [path.join(dir, 'driver.py'), path.join(dir, 'progs.json'), path.join(dir, 'out.json')], { stdio: 'ignore', timeout: 600_000 });
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8'));
    for (let i = 0; i < progs.length; i++) {
      if (!expected[i].ok) continue;
      const r = await run(progs[i], { limits: { maxSteps: 20_000_000, maxMemory: 256_000_000 } });
      if (r.error?.type === 'LimitError' || r.error?.type === 'MemoryError') continue;
      compared++;
      if (r.stdout !== expected[i].stdout || !r.ok) fails.push({ i: k * CHUNK + i, kind: 'diff', why: `python3:\n${expected[i].stdout}pyex:\n${r.stdout}${r.error ? r.error.type + ': ' + r.error.message : ''}`, src: progs[i] });
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`diff: ${RUNS} programs, seed ${SEED}, ${compared} compared with python3; mismatches: ${fails.length}`);
  return fails;
}

if (argv.includes('--shard')) {
  const [from, to] = opt('shard').split(':').map(Number);
  await shard(from, to, opt('cur'));
} else {
  const fails = [];
  if (MODE === 'robust' || MODE === 'both') fails.push(...await robust());
  if (MODE === 'diff' || MODE === 'both') fails.push(...await diff());
  fs.writeFileSync(OUT, JSON.stringify(fails, null, 1));
  for (const f of fails.slice(0, 5)) console.log(`--- #${f.i} (${f.kind}): ${f.why}\n${f.src}`);
  if (fails.length) console.log(`${fails.length} failures written to ${OUT}`);
  process.exit(fails.length ? 1 : 0);
}
