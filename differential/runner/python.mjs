// The CPython side of the differential runner: python3 evaluates sweep cells live
// (sweeps/sweeplib.py) and runs programs, in the same formats the pyex side uses.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, basename } from 'node:path';
import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const PY = process.env.PYTHON || 'python3';
const here = dirname(fileURLToPath(import.meta.url));
const ENV = { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' };

/** Why live CPython cannot be used (null when python3 3.11 is there). */
export function pythonMissing() {
  const p = spawnSync(PY, ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], { encoding: 'utf8' });
  if (p.error || p.status !== 0) return `${PY} not found`;
  if (p.stdout.trim() !== 'True') return `${PY} is not CPython 3.11`;
  return null;
}

function child(args, opts, input) {
  return new Promise((resolve, reject) => {
    const c = spawn(PY, args, { env: ENV, ...opts });
    const out = [], err = [];
    const timer = setTimeout(() => c.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    c.stdout.on('data', (d) => out.push(d));
    c.stderr.on('data', (d) => err.push(d));
    c.on('error', reject);
    c.on('close', (status) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status: status ?? 1 });
    });
    if (input !== undefined) c.stdin.end(input);
  });
}

/** Live outcomes of sweep cells (one python3 for the whole table). */
export async function evalCells(cells, mode) {
  const r = await child([join(here, '..', 'sweeps', 'sweeplib.py'), mode], { timeoutMs: 600_000 }, JSON.stringify(cells.map((c) => (c.stmt ? { stmt: c.stmt, src: c.src } : c.src))));
  if (r.status !== 0) throw new Error(`python3 sweeplib.py failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout);
}

/**
 * Runs a program under python3; the result in the golden format. A conformance case runs in its
 * own directory; a whole program (sandbox: true) as `python3 NAME.py` in a fresh scratch directory
 * holding only NAME.py (how its golden was recorded).
 */
export async function runProgram(path, { sandbox = false } = {}) {
  let cwd = dirname(path), file = path, scratch = null;
  if (sandbox) {
    scratch = mkdtempSync(join(tmpdir(), 'pyex-diff-'));
    file = basename(path);
    copyFileSync(path, join(scratch, file));
    cwd = scratch;
  }
  // a program runs as __main__ under its bare name (as scripts/golden.mjs records it): python3
  // NAME.py would make __file__ and code filenames absolute, and printed tracebacks would differ
  const args = sandbox
    ? ['-c', `import sys, __main__\n__main__.__file__ = sys.argv[0] = ${JSON.stringify(file)}\n` +
        `exec(compile(open(${JSON.stringify(file)}, encoding="utf-8").read(), ${JSON.stringify(file)}, "exec"), __main__.__dict__)\n`]
    : [file];
  const r = await child(args, { cwd, timeoutMs: 60_000 });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  let s = r.stdout;
  if (r.status !== 0) {
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    if (s && !s.endsWith('\n')) s += '\n';
    s += `--- exit ${r.status}\n${lines.length ? lines[lines.length - 1] : ''}\n`;
  }
  return s;
}
