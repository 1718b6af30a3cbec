// Both sides of the differential fuzzer: a long-lived python3 (driver.py, one program per JSON
// line) and pyex in-process (dist/pyex.js run()), reduced to the golden format of
// scripts/golden.mjs (stdout, then "--- exit 1" and the error line when the program raised), plus
// the fast-check property that compares them and the regression-case writer.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
export const REGRESSIONS = path.join(here, 'regressions');
const PY = process.env.PYTHON || 'python3';
const PY_ENV = { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' };

export function havePython() {
  const r = spawnSync(PY, ['-c', 'import sys; assert sys.version_info[:2] == (3, 11)'], { stdio: 'ignore' });
  return r.status === 0;
}

/** The golden format: stdout, then on failure "--- exit N" and the final error line. */
export function golden(stdout, errorLine, exitCode = 1) {
  if (errorLine === null || errorLine === undefined) return stdout;
  let s = stdout;
  if (s && !s.endsWith('\n')) s += '\n';
  return `${s}--- exit ${exitCode}\n${errorLine}\n`;
}

/** A python3 process running driver.py; run(src) resolves to { stdout, error, status }. */
export class CPython {
  constructor() {
    this.proc = spawn(PY, [path.join(here, 'driver.py')], { env: PY_ENV, stdio: ['pipe', 'pipe', 'inherit'] });
    this.waiting = [];
    createInterface({ input: this.proc.stdout }).on('line', (l) => this.waiting.shift()?.resolve(JSON.parse(l)));
    this.proc.on('exit', () => { for (const w of this.waiting.splice(0)) w.reject(new Error('python3 driver exited')); });
  }
  run(src, timeout = 3) {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.proc.stdin.write(JSON.stringify({ src, timeout }) + '\n');
    });
  }
  close() { this.proc.stdin.end(); }
}

let runFn = null;
/** pyex's outcome of a program: { text (golden format), error type, status }. */
export async function runPyex(src, limits = { maxSteps: 30_000_000, maxMemory: 512_000_000 }) {
  runFn ??= (await import(path.join(ROOT, 'dist', 'pyex.js'))).run;
  const r = await runFn(src, { limits });
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  const err = r.exitCode !== 0 ? (lines.length ? lines[lines.length - 1] : '') : null;
  return { text: golden(r.stdout, err, r.exitCode), type: r.error?.type ?? null };
}

/** Outcomes that say nothing about conformance (budgets, machine limits, addresses in reprs). */
export function incomparable(py, px) {
  if (py.status !== 'ok') return `cpython ${py.status}`;
  if (/MemoryError|RecursionError/.test(py.error ?? '')) return 'cpython memory/recursion';
  // a caught MemoryError: pyex's comes from its memory budget (with a message), CPython's from malloc
  if (/MemoryError/.test(py.stdout)) return 'cpython memory (caught)';
  if (px.type === 'LimitError' || px.type === 'MemoryError' || px.type === 'RecursionError') return `pyex ${px.type}`;
  if (/ at 0x[0-9a-f]+/.test(py.stdout)) return 'address in output';
  return null;
}

/** Compares one program; returns null when both agree (or cannot be compared), else a report. */
export async function compare(cpython, src, stats = {}) {
  const py = await cpython.run(src);
  if (py.status === 'syntax') throw new Error(`generator produced a syntax error: ${py.error}\n${src}`);
  const px = await runPyex(src);
  const why = incomparable(py, px);
  if (why) { stats.skipped = (stats.skipped ?? 0) + 1; stats.why = { ...(stats.why ?? {}), [why]: (stats.why?.[why] ?? 0) + 1 }; return null; }
  stats.compared = (stats.compared ?? 0) + 1;
  const want = golden(py.stdout, py.error);
  if (want === px.text) return null;
  return { want, got: px.text, diff: firstDiff(want, px.text) };
}

/** The first differing line of two outputs, for compact reports. */
export function firstDiff(a, b) {
  const x = a.split('\n'), y = b.split('\n');
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const cut = (l) => (l === undefined ? '<end>' : l.length > 300 ? l.slice(0, 300) + ` ... (${l.length} chars)` : l);
  return `line ${i + 1}:\n  cpython: ${JSON.stringify(cut(x[i]))}\n  pyex:    ${JSON.stringify(cut(y[i]))}`;
}

/** CPython's golden of a file run as a script (what tests/cases records), for a regression case. */
export function scriptGolden(file) {
  const r = spawnSync(PY, [file], { env: PY_ENV, encoding: 'utf8', timeout: 30_000 });
  const lines = (r.stderr ?? '').split('\n').filter((l) => l.trim() !== '');
  return r.status === 0 ? r.stdout : golden(r.stdout, lines.length ? lines[lines.length - 1] : '', r.status ?? 1);
}

/** Saves a (shrunk) counterexample as differential/fuzz/regressions/<family>_<hash>.py + .out; returns its name. */
export function saveRegression(family, src) {
  const name = `${family}_${createHash('sha256').update(src).digest('hex').slice(0, 8)}`;
  fs.mkdirSync(REGRESSIONS, { recursive: true });
  const py = path.join(REGRESSIONS, name + '.py');
  fs.writeFileSync(py, src);
  fs.writeFileSync(path.join(REGRESSIONS, name + '.out'), scriptGolden(py));
  return name;
}
