#!/usr/bin/env node
// Regenerate the parser goldens from CPython 3.11 (python3 must be 3.11):
//   node tests/parser/update-goldens.mjs
// - golden/<fixture>.json : AST dump of fixtures/<fixture>.py (scripts/astdump.py format)
// - golden/errors.json    : expected SyntaxError type/msg/lineno/offset/end_lineno/end_offset for errors.json
// - golden/snippets.json  : AST dumps for the small valid snippets in snippets.json
// - golden/modes.json     : results for [source, 'eval'|'single'] pairs in modes.json
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dump = join(here, '../../scripts/astdump.py');
const fx = join(here, 'fixtures');
const files = readdirSync(fx).filter((f) => f.endsWith('.py')).sort();
const out = execFileSync('python3', [dump, ...files.map((f) => join(fx, f))], { maxBuffer: 1 << 30 }).toString().trim().split('\n');
files.forEach((f, i) => writeFileSync(join(here, 'golden', f.replace(/\.py$/, '.json')), out[i] + '\n'));

for (const name of ['errors', 'snippets', 'modes']) {
  const srcs = readFileSync(join(here, `${name}.json`), 'utf8');
  const res = JSON.parse(execFileSync('python3', [dump, '-'], { input: srcs, maxBuffer: 1 << 30 }).toString());
  const golden = name !== 'snippets'
    ? res.map((r) => (r.error ? { type: r.error.type, msg: r.error.msg, lineno: r.error.lineno, offset: r.error.offset, end_lineno: r.error.end_lineno, end_offset: r.error.end_offset } : r))
    : res;
  writeFileSync(join(here, 'golden', `${name}.json`), JSON.stringify(golden, null, name === 'errors' ? 1 : 0) + '\n');
}
console.log(`updated ${files.length} fixture goldens + errors + snippets`);
