#!/usr/bin/env node
// Figures for docs/budgets.md: for each kind of runaway, the host time run() takes to stop it (median
// of a few runs in one process, after a warm-up), and for each memory bomb the peak RSS of a fresh
// Node process running it under a 64 MB budget (the ideas of scripts/memcheck.mjs).
// Usage: npm run limits-report [-- --reps N --budget MB]
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = path.join(root, 'dist', 'pyex.js');
const argv = process.argv.slice(2);
const opt = (n, d) => { const i = argv.indexOf('--' + n); return i >= 0 ? Number(argv[i + 1]) : d; };
const REPS = opt('reps', 3);
const BUDGET_MB = opt('budget', 64);
const { run } = await import(lib);

const S = { maxSteps: 1e7, maxMemory: 1e9 };
const runaways = [
  ['steps (1e7)', 'while True: pass', S],
  ['steps (1e7)', 'while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass', S],
  ['steps (1e7)', 'try:\n    while True: pass\nfinally:\n    while True: pass', S],
  ['steps (1e7)', 'def g():\n    while True: yield 1\nfor _ in g(): pass', S],
  ['steps (1e7)', 'import itertools\nlist(itertools.count())', S],
  ['steps (1e7)', 'sum(range(10**12))', S],
  ['steps (1e7)', 'sorted(range(10**9))', S],
  ['steps (1e7)', "import re\nre.match('(a*)*b', 'a' * 40)", S],
  ['memory (64 MB), impossible', "'a' * 10**12", { maxMemory: 64e6 }],
  ['memory (64 MB), impossible', '[0] * 10**12', { maxMemory: 64e6 }],
  ['memory (64 MB), impossible', '10 ** 10**10', { maxMemory: 64e6 }],
  ['memory (64 MB), impossible', 'bytearray(10**12)', { maxMemory: 64e6 }],
  ['memory (64 MB), impossible', "'{:>1000000000}'.format(1)", { maxMemory: 64e6 }],
  ['memory (64 MB), impossible', "int('9' * 10**8)", { maxMemory: 64e6 }],
  ['memory (64 MB), growing', 'a = []\nwhile True: a.append(str(len(a)) * 10)', { maxMemory: 64e6, maxSteps: 1e10 }],
  ['memory (64 MB), growing', 'd = {}\nwhile True: d[len(d)] = len(d)', { maxMemory: 64e6, maxSteps: 1e10 }],
  ['memory (64 MB), growing', "s = 'x'\nwhile True: s += s", { maxMemory: 64e6, maxSteps: 1e10 }],
  ['memory (64 MB), growing', 'a = []\nwhile True:\n    try:\n        a.append([0] * 1000)\n    except MemoryError:\n        pass', { maxMemory: 64e6, maxSteps: 1e10 }],
  ['output (1 MB)', "while True: print('x' * 1000)", { maxOutput: 1e6 }],
  ['output (1 MB)', 'import sys\nwhile True: sys.stdout.write("y")', { maxOutput: 1e6 }],
  ['output (1 MB)', "print('z' * 10**8)", { maxOutput: 1e6 }],
  ['recursion (1000)', 'def f(): return f()\nf()', {}],
  ['recursion (1000)', 'class A:\n    def __repr__(self): return repr(self)\nrepr(A())', {}],
  ['recursion (1000)', 'def k(x): return sorted([1, 2], key=k)\nsorted([1, 2], key=k)', {}],
  ['recursion (1000)', 'x = []\nfor i in range(10**5): x = [x]\nrepr(x)', {}],
  ['time (500 ms)', 'while True: pass', { timeoutMs: 500, maxSteps: 1e12 }],
  ['time (500 ms)', 'sum(range(10**15))', { timeoutMs: 500, maxSteps: 1e12 }],
  ['time (500 ms)', 'try:\n    while True: pass\nfinally:\n    while True: pass', { timeoutMs: 500, maxSteps: 1e12 }],
];

const one = (s) => s.replace(/\n/g, '⏎').replace(/\|/g, '\\|');
await run('print(1)');
console.log('| budget | program | host time to stop (ms, median) | error |');
console.log('|---|---|---|---|');
for (const [kind, src, limits] of runaways) {
  const times = [];
  let r;
  for (let i = 0; i < REPS; i++) {
    const t = performance.now();
    r = await run(src, { limits });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const err = r.error ? `${r.error.type}: ${r.error.message}` : 'none (finished)';
  console.log(`| ${kind} | \`${one(src)}\` | ${times[times.length >> 1].toFixed(0)} | ${err} |`);
}

// RSS under memory bombs: a fresh process each, peak RSS from the OS
const child = `
import(process.argv[1]).then(async ({ run }) => {
  const t = performance.now();
  const r = await run(process.argv[2], { limits: { maxMemory: Number(process.argv[3]), maxSteps: 1e10 } });
  console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, ms: performance.now() - t, error: r.error ? r.error.type + ': ' + r.error.message : null, peak: r.footprint.peakMemory }));
});`;
const bombs = [
  ['baseline', 'print(1)'],
  ["'a' * 10**12", "'a' * 10**12"], ['[0] * 10**12', '[0] * 10**12'], ['10 ** 10**10', '10 ** 10**10'], ['bytearray(10**12)', 'bytearray(10**12)'],
  ["int('9' * 10**8)", "int('9' * 10**8)"],
  ['list of str', 'a = []\nwhile True: a.append("x" * 50 + str(len(a)))'],
  ['dict int->int', 'd = {}\nwhile True: d[len(d)] = len(d)'],
  ['str doubling', "s = 'x'\nwhile True: s += s"],
  ['nested lists', 'x = None\nwhile True: x = [x, [0] * 100]'],
  ['keep after MemoryError', 'a = []\nwhile True:\n    try:\n        a.append([0] * 1000)\n    except MemoryError:\n        pass'],
  ['instances', 'class P:\n    def __init__(self, i): self.i = i; self.s = str(i)\nps = []\nwhile True: ps.append(P(len(ps)))'],
];
console.log(`\n| memory bomb (budget ${BUDGET_MB} MB) | peak process RSS (MiB) | peak live (MB, VM) | time (ms) | error |`);
console.log('|---|---|---|---|---|');
for (const [name, src] of bombs) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', child, lib, src, String(BUDGET_MB * 1e6)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const r = JSON.parse(out.trim().split('\n').pop());
  console.log(`| \`${one(name)}\` | ${(r.maxRssKb / 1024).toFixed(0)} | ${(r.peak / 1e6).toFixed(1)} | ${r.ms.toFixed(0)} | ${r.error ?? 'none'} |`);
}
