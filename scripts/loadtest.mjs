#!/usr/bin/env node
// Load test for `pyex serve` (loopback only, bounded): starts the server as a child process, then
// for a fixed time sends healthy requests (print(sum(range(101)))) from several concurrent
// clients while other clients keep poison requests in flight (infinite loops, memory bombs,
// output floods). Prints throughput, healthy p50/p99 latency, errors, and the server's RSS.
//
//   npm run loadtest [-- --seconds 10 --healthy-only 5 --healthy 16 --poison 2 --workers N]
//
// The machine's load average is printed with the figures: other processes on the cores change them.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : dflt; };
const SECONDS = Math.min(opt('seconds', 10), 120);
const HEALTHY = Math.min(opt('healthy', 16), 256);
const POISON = Math.min(opt('poison', 2), 64);
const WORKERS = opt('workers', 0);
// a first phase without poison (0 to skip), then the mixed one
const HEALTHY_ONLY = Math.min(opt('healthy-only', 5), 60);

const HEALTHY_CODE = 'print(sum(range(101)))';
const POISONS = [
  { name: 'infinite loop', body: JSON.stringify({ code: 'while True:\n    pass' }) },
  { name: 'memory bomb', body: JSON.stringify({ code: 'x = []\nwhile True:\n    x.append("a" * 1000000)' }) },
  { name: 'output flood', body: JSON.stringify({ code: 'while True:\n    print("x" * 10000)' }) },
];

const serverArgs = [path.join(root, 'bin/pyex.js'), 'serve', '--port', '0', '--host', '127.0.0.1', ...(WORKERS ? ['--workers', String(WORKERS)] : [])];
const server = spawn(process.execPath, serverArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
let serverErr = '';
const base = await new Promise((resolve, reject) => {
  server.stderr.on('data', (d) => { serverErr += d; const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(serverErr); if (m) resolve(m[1]); });
  server.on('exit', (c) => reject(new Error(`server exited (${c}): ${serverErr}`)));
});
const { hostname, port } = new URL(base);
if (hostname !== '127.0.0.1') throw new Error('loopback only');

const agent = new http.Agent({ keepAlive: true, maxSockets: HEALTHY + POISON + 4 });
function post(body, type) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const req = http.request({ host: hostname, port, path: '/api/run', method: 'POST', agent,
      headers: { 'content-type': type, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString(), ms: performance.now() - t0 }));
      res.on('error', (e) => resolve({ status: 0, body: String(e), ms: performance.now() - t0 }));
    });
    req.on('error', (e) => resolve({ status: 0, body: String(e), ms: performance.now() - t0 }));
    req.end(body);
  });
}

/** CPU time (ms) a process has used, from /proc (Linux). */
function cpuMsOf(pid) {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parts = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(parts[11]) + Number(parts[12])) * 10;   // utime + stime in clock ticks (100 Hz)
  } catch { return NaN; }
}

function rssOf(pid) {
  try { return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024; } catch { return 0; }
}

// warm up (JIT, worker caches)
for (let i = 0; i < 200; i++) await post(HEALTHY_CODE, 'text/plain');

let load = () => { try { return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '); } catch { return '?'; } };
const mb = (b) => `${(b / 1048576).toFixed(0)} MiB`;
let anyFail = 0;

/** One measured phase: HEALTHY clients send the healthy program, `poison` clients keep poison requests in flight. */
async function phase(title, seconds, poison) {
  const lat = [];
  let healthyOk = 0, healthyFail = 0;
  const poisonCounts = Object.fromEntries(POISONS.map((p) => [p.name, { sent: 0, limitErrors: 0, other: 0 }]));
  let rssMax = 0;
  const failures = [];
  const deadline = performance.now() + seconds * 1000;
  const rssTimer = setInterval(() => { rssMax = Math.max(rssMax, rssOf(server.pid)); }, 100);
  const load0 = load();

  async function healthyClient() {
    while (performance.now() < deadline) {
      const r = await post(HEALTHY_CODE, 'text/plain');
      let ok = false;
      if (r.status === 200) { try { const j = JSON.parse(r.body); ok = j.ok && j.stdout === '5050\n'; } catch { /* counted */ } }
      if (ok) { healthyOk++; lat.push(r.ms); } else { healthyFail++; if (failures.length < 5) failures.push(`${r.status} ${r.body.slice(0, 200)}`); }
    }
  }
  async function poisonClient(k) {
    let i = k;
    while (performance.now() < deadline) {
      const p = POISONS[i++ % POISONS.length];
      const r = await post(p.body, 'application/json');
      const c = poisonCounts[p.name];
      c.sent++;
      try {
        const j = JSON.parse(r.body);
        if (!j.ok && ['LimitError', 'MemoryError'].includes(j.error?.type)) c.limitErrors++; else c.other++;
      } catch { c.other++; }
    }
  }

  const t0 = performance.now();
  const cpu0 = cpuMsOf(server.pid);
  await Promise.all([...Array.from({ length: HEALTHY }, () => healthyClient()), ...Array.from({ length: poison }, (_, k) => poisonClient(k))]);
  const elapsed = (performance.now() - t0) / 1000;
  clearInterval(rssTimer);
  const rssEnd = rssOf(server.pid);
  const cpuMs = cpuMsOf(server.pid) - cpu0;
  const health = await (await fetch(`${base}/api/health`)).json();

  lat.sort((a, b) => a - b);
  const pct = (p) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))] : NaN);
  console.log(`-- ${title}: ${seconds} s, ${HEALTHY} healthy + ${poison} poison clients, server ${health.workers} workers (loopback ${base})`);
  console.log(`healthy:  ${healthyOk} ok in ${elapsed.toFixed(1)} s = ${(healthyOk / elapsed).toFixed(0)} req/s; p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms, max ${lat.length ? lat[lat.length - 1].toFixed(1) : '-'} ms; failed ${healthyFail}`);
  if (poison) for (const [name, c] of Object.entries(poisonCounts)) console.log(`poison:   ${name.padEnd(14)} ${c.sent} sent, ${c.limitErrors} stopped by a budget, ${c.other} other`);
  console.log(`server:   CPU ${(cpuMs / 1000).toFixed(1)} s over ${elapsed.toFixed(1)} s (${(cpuMs / Math.max(1, healthyOk)).toFixed(2)} ms per healthy request${poison ? ', poison included' : ''}); machine load average ${load0} at start, ${load()} at end (${cpus} cores)`);
  console.log(`server:   RSS max ${mb(rssMax)}, at end ${mb(rssEnd)}; workers killed by the wall clock ${health.killed}`);
  if (failures.length) console.log('first failures:\n  ' + failures.join('\n  '));
  anyFail += healthyFail;
}

const cpus = (await import('node:os')).availableParallelism?.() ?? 0;
if (HEALTHY_ONLY > 0) await phase('healthy only', HEALTHY_ONLY, 0);
await phase('with poison in flight', SECONDS, POISON);

agent.destroy();
server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
process.exitCode = anyFail > 0 ? 1 : 0;
