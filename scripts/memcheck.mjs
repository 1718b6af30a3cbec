#!/usr/bin/env node
// Measures what the memory budget buys the host: runs programs that keep a growing structure alive
// under --max-memory in a fresh Node process each and reports the process's peak RSS next to the
// budget (docs/budgets.md has the figures). Usage: node scripts/memcheck.mjs [budgetMB ...]
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = path.join(root, 'dist', 'pyex.js');

const programs = {
  'baseline (print)': 'print(1)',
  'list of str': 'a = []\nwhile True:\n    a.append("x" * 50 + str(len(a)))\n',
  'list of lists': 'a = []\nwhile True:\n    a.append([len(a)] * 20)\n',
  'dict int->str': 'd = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 3\n    i += 1\n',
  'big str doubling': 's = "x"\nwhile True:\n    s = s + s\n',
  'instances': 'class P:\n    def __init__(self, i): self.i = i; self.s = str(i)\nps = []\nwhile True:\n    ps.append(P(len(ps)))\n',
  'garbage churn': 't = 0\nfor i in range(3000):\n    x = [str(i)] * 20000\n    t += len(x)\nprint(t)\n',
};

const child = `
import(process.argv[1]).then(async ({ run }) => {
  const t = performance.now();
  const r = await run(process.argv[2], { limits: { maxMemory: Number(process.argv[3]), maxSteps: 1e10 } });
  const ru = process.resourceUsage();
  console.log(JSON.stringify({ maxRssKb: ru.maxRSS, ms: performance.now() - t, error: r.error ? r.error.type + ': ' + r.error.message : null,
    peak: r.footprint.peakMemory, allocated: r.footprint.allocatedBytes, steps: r.footprint.steps }));
});`;

const budgets = process.argv.slice(2).map(Number);
const mbs = budgets.length ? budgets : [64, 256];
const rows = [];
for (const mb of mbs) {
  for (const [name, src] of Object.entries(programs)) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', child, lib, src, String(mb * 1e6)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const r = JSON.parse(out.trim().split('\n').pop());
    rows.push({ budgetMB: mb, program: name, rssMB: +(r.maxRssKb / 1024).toFixed(0), peakLiveMB: +(r.peak / 1e6).toFixed(1),
      allocatedMB: +(r.allocated / 1e6).toFixed(0), ms: +r.ms.toFixed(0), result: r.error ?? 'ok' });
  }
}
console.log('| budget | program | peak RSS (MiB) | peak live (MB, VM) | allocated (MB) | time (ms) | result |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.budgetMB} MB | ${r.program} | ${r.rssMB} | ${r.peakLiveMB} | ${r.allocatedMB} | ${r.ms} | ${r.result} |`);
