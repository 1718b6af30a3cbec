#!/usr/bin/env node
// Differential test of compiler/parser against CPython's ast module over a
// corpus of .py files (default: the CPython 3.11 stdlib). Not run in CI.
//
//   node scripts/parser-corpus.mjs [DIR_OR_FILE...] [--verbose] [--limit N]
//
// Requires python3 (3.11) and esbuild (devDependency).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const li = args.indexOf('--limit');
const limit = li >= 0 ? Number(args[li + 1]) : Infinity;
const paths = args.filter((a, i) => !a.startsWith('--') && !(li >= 0 && i === li + 1));
if (paths.length === 0) paths.push('/root/.pyenv/versions/3.11.7/lib/python3.11');

const out = join(mkdtempSync(join(tmpdir(), 'pyex-parser-')), 'parser.mjs');
await build({
  stdin: {
    contents: `export { parse } from './compiler/parser/index.ts'; export { dumpAst } from './compiler/parser/dump.ts';`,
    resolveDir: root, loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error',
});
const { parse, dumpAst } = await import(pathToFileURL(out).href);

function walk(p, acc) {
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const e of readdirSync(p).sort()) {
      if (e === 'site-packages' || e === '__pycache__') continue;
      walk(join(p, e), acc);
    }
  } else if (p.endsWith('.py')) acc.push(p);
  return acc;
}
let files = [];
for (const p of paths) walk(p, files);
files = files.slice(0, limit);

function firstDiff(a, b, path = '') {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} != ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array mismatch`;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return `${path}: length ${a.length} != ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDiff(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDiff(a[k], b[k], `${path}.${k}${a._type ? '(' + a._type + ')' : ''}`);
    if (d) return d;
  }
  return null;
}

let pass = 0, fail = 0, skipped = 0;
let tsTime = 0;
const CHUNK = 100;
for (let i = 0; i < files.length; i += CHUNK) {
  const chunk = files.slice(i, i + CHUNK);
  const res = execFileSync('python3', [join(root, 'scripts/astdump.py'), ...chunk], { maxBuffer: 1 << 30 }).toString().trim().split('\n');
  for (let j = 0; j < chunk.length; j++) {
    const expected = JSON.parse(res[j]);
    if (expected.skip) { skipped++; continue; }
    let src = readFileSync(chunk[j], 'utf8');
    if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
    let actual;
    const t0 = performance.now();
    try {
      actual = dumpAst(parse(src));
    } catch (e) {
      if (e && e.pyType) actual = { error: { type: e.pyType, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset } };
      else actual = { crash: String(e && e.stack || e) };
    }
    tsTime += performance.now() - t0;
    if (expected.error && actual.error) {
      // compare the fields we guarantee
      const e = expected.error, a = actual.error;
      actual = { error: { ...e, type: a.type, msg: a.msg, lineno: a.lineno, offset: a.offset } };
    }
    const d = firstDiff(actual, expected);
    if (d) {
      fail++;
      console.log(`FAIL ${chunk[j]}\n   ${d}`);
    } else {
      pass++;
      if (verbose) console.log(`ok   ${chunk[j]}`);
    }
  }
}
const total = pass + fail;
console.log(`\n${pass}/${total} files identical (${((100 * pass) / Math.max(1, total)).toFixed(2)}%), ${skipped} skipped; TS parse time ${tsTime.toFixed(0)} ms`);
