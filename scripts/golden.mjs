#!/usr/bin/env node
// Golden recorder for the conformance corpus in tests/cases.
//
//   node scripts/golden.mjs               record every tests/cases/*.py
//   node scripts/golden.mjs a.py b        record only the named cases
//   node scripts/golden.mjs --check [...] compare instead of writing; exit 1 if stale
//   node scripts/golden.mjs --programs [...] the same for differential/programs/*.py (whole
//                                         programs), each run as `python3 NAME.py` in a fresh
//                                         temporary directory holding only NAME.py, because they may
//                                         write files (pyex runs them with /NAME.py as the only file
//                                         of its sandbox filesystem, whose cwd is /)
//
// Golden format (tests/cases/<name>.out): the program's stdout verbatim; then,
// only when the exit status is non-zero, a line "--- exit <code>" followed by
// the last non-empty line of stderr (the "ExceptionType: message" line).
import { spawnSync, spawn } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PY = process.env.PYTHON || 'python3';

const args = process.argv.slice(2);
const check = args.includes('--check');
const programs = args.includes('--programs');
const names = args.filter((a) => a !== '--check' && a !== '--programs');
const casesDir = programs ? join(root, 'differential', 'programs') : join(root, 'tests', 'cases');

const probe = spawnSync(PY, ['--version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  console.log(`golden: ${PY} not found; skipping golden recording`);
  process.exit(0);
}

let files;
if (names.length) {
  files = names.map((n) => {
    let b = basename(n);
    if (b.endsWith('.out')) b = b.slice(0, -4);
    if (!b.endsWith('.py')) b += '.py';
    return b;
  });
} else {
  files = readdirSync(casesDir).filter((f) => f.endsWith('.py')).sort();
}

/**
 * `python3 NAME.py` would make the script's path absolute (tracebacks printed by the program would
 * name the temporary directory); this runs NAME.py as __main__ under its bare name instead.
 */
export function runAsMain(file) {
  return `import sys, __main__\n__main__.__file__ = sys.argv[0] = ${JSON.stringify(file)}\n` +
    `exec(compile(open(${JSON.stringify(file)}, encoding="utf-8").read(), ${JSON.stringify(file)}, "exec"), __main__.__dict__)\n`;
}

/** Run one case under CPython and format its output the golden way (async: cases run in parallel). */
export function expectedOutput(file) {
  return new Promise((resolve, reject) => {
    // programs get a scratch cwd of their own (they may create files); cases run in tests/cases
    // (with a copy of the program in it, run by its bare name: tracebacks show "NAME.py" as in pyex,
    // which gets the same file as /NAME.py in its sandbox filesystem)
    const cwd = programs ? mkdtempSync(join(tmpdir(), 'pyex-prog-')) : casesDir;
    if (programs) copyFileSync(join(casesDir, file), join(cwd, file));
    const child = spawn(PY, programs ? ['-c', runAsMain(file)] : [join(casesDir, file)], { cwd, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' } });
    const out = [], err = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (programs) rmSync(cwd, { recursive: true, force: true });
      let stdout = Buffer.concat(out).toString('utf8');
      const code = status === null ? 1 : status;
      if (code !== 0) {
        const lines = Buffer.concat(err).toString('utf8').split('\n').filter((l) => l.trim() !== '');
        const last = lines.length ? lines[lines.length - 1] : '';
        if (stdout.length && !stdout.endsWith('\n')) stdout += '\n';
        stdout += `--- exit ${code}\n${last}\n`;
      }
      resolve(stdout);
    });
  });
}

const stale = [];
let written = 0;
async function one(f) {
  const path = join(casesDir, f);
  if (!existsSync(path)) {
    console.error(`golden: no such case: ${f}`);
    stale.push(f);
    return;
  }
  const want = await expectedOutput(f);
  const outPath = join(casesDir, f.slice(0, -3) + '.out');
  const have = existsSync(outPath) ? readFileSync(outPath, 'utf8') : null;
  if (check) {
    if (have !== want) stale.push(f);
  } else if (have !== want) {
    writeFileSync(outPath, want);
    written++;
  }
}
// a small pool: cases are independent
const queue = [...files];
await Promise.all(Array.from({ length: Math.max(2, cpus().length * 2) }, async () => {
  while (queue.length) await one(queue.shift());
}));
stale.sort();

if (check) {
  if (stale.length) {
    console.log(`golden: ${stale.length} stale golden(s):`);
    for (const s of stale) console.log(`  ${s}`);
    process.exit(1);
  }
  console.log(`golden: ${files.length} golden(s) up to date`);
} else {
  console.log(`golden: ${files.length} case(s), ${written} golden(s) written`);
  if (stale.length) process.exit(1);
}
