#!/usr/bin/env node
// Golden recorder for the conformance corpus in tests/cases.
//
//   node scripts/golden.mjs               record every tests/cases/*.py
//   node scripts/golden.mjs a.py b        record only the named cases
//   node scripts/golden.mjs --check [...] compare instead of writing; exit 1 if stale
//
// Golden format (tests/cases/<name>.out): the program's stdout verbatim; then,
// only when the exit status is non-zero, a line "--- exit <code>" followed by
// the last non-empty line of stderr (the "ExceptionType: message" line).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = join(root, 'tests', 'cases');
const PY = process.env.PYTHON || 'python3';

const args = process.argv.slice(2);
const check = args.includes('--check');
const names = args.filter((a) => a !== '--check');

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

export function expectedOutput(file) {
  const r = spawnSync(PY, [file], {
    cwd: casesDir,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
    encoding: 'utf8',
    timeout: 30000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  let out = r.stdout;
  const code = r.status === null ? 1 : r.status;
  if (code !== 0) {
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    const last = lines.length ? lines[lines.length - 1] : '';
    if (out.length && !out.endsWith('\n')) out += '\n';
    out += `--- exit ${code}\n${last}\n`;
  }
  return out;
}

const stale = [];
let written = 0;
for (const f of files) {
  const path = join(casesDir, f);
  if (!existsSync(path)) {
    console.error(`golden: no such case: ${f}`);
    stale.push(f);
    continue;
  }
  const want = expectedOutput(f);
  const outPath = join(casesDir, f.slice(0, -3) + '.out');
  const have = existsSync(outPath) ? readFileSync(outPath, 'utf8') : null;
  if (check) {
    if (have !== want) stale.push(f);
  } else if (have !== want) {
    writeFileSync(outPath, want);
    written++;
  }
}

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
