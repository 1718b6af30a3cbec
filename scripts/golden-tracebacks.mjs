#!/usr/bin/env node
// Records tests/traceback/<name>.err: CPython 3.11's stderr for tests/traceback/<name>.py, with the
// script directory removed from `File "..."` lines (CPython prints the absolute path of __main__).
//   node scripts/golden-tracebacks.mjs [names...]
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'traceback');
const PY = process.env.PYTHON || 'python3';
const names = process.argv.slice(2).map((n) => n.replace(/\.py$/, ''));
const files = names.length ? names.map((n) => n + '.py') : readdirSync(dir).filter((f) => f.endsWith('.py'));
for (const f of files) {
  const r = spawnSync(PY, [f], { cwd: dir, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' } });
  if (r.error) { console.log(`golden-tracebacks: ${PY} not found`); process.exit(0); }
  writeFileSync(join(dir, f.replace(/\.py$/, '.err')), r.stderr.split(`File "${dir}/`).join('File "'));
}
console.log(`golden-tracebacks: ${files.length} recorded`);
