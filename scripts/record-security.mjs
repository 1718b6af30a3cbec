#!/usr/bin/env node
// Record the outcome of every tests/security/cases.mjs program into tests/security/expected.json
// (review the diff before committing: each outcome must be a clean Python error or harmless).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cases } from '../tests/security/cases.mjs';
import { run } from '../dist/pyex.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export function outcome(r) {
  if (r.exitCode === 0) return `stdout: ${r.stdout}`;
  const out = r.stdout.length > 200 ? `stdout ${r.stdout.length} bytes ` : r.stdout ? `stdout ${JSON.stringify(r.stdout)} ` : '';
  return `exit ${r.exitCode}: ${out}${r.stderr.trim().split('\n').pop()}`;
}
if (process.argv[1] === fileURLToPath(import.meta.url)) {
const out = {};
for (const [name, code, opts] of cases) {
  if (out[name] !== undefined) throw new Error(`duplicate case ${name}`);
  out[name] = outcome(await run(code, { ...(opts ?? {}), filename: `${name}.py` }));
}
fs.writeFileSync(path.join(root, 'tests/security/expected.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(out).length} cases`);
}
