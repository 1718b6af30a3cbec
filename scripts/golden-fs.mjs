#!/usr/bin/env node
// Record CPython's output for tests/fscases/*.py: each case runs in a fresh empty temporary
// directory (pyex runs it against an empty sandbox filesystem with the same relative paths).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'tests', 'fscases');
const only = process.argv.slice(2);

export function cpython(src) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyex-fs-'));
  try {
    const r = spawnSync('python3', ['-c', src], { cwd: tmp, encoding: 'utf8', env: { PATH: process.env.PATH, PYTHONHASHSEED: '0' } });
    let s = r.stdout;
    if (r.status !== 0) {
      if (s && !s.endsWith('\n')) s += '\n';
      const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
      s += `--- exit ${r.status}\n${lines.length ? lines[lines.length - 1] : ''}\n`;
    }
    return s;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
    const name = f.replace(/\.py$/, '');
    if (only.length && !only.includes(name)) continue;
    const out = cpython(fs.readFileSync(path.join(dir, f), 'utf8'));
    fs.writeFileSync(path.join(dir, `${name}.out`), out);
    console.log(`${name}: ${out.split('\n').length - 1} lines`);
  }
}
