// The edge Worker (host-ts/worker.ts, bundled as dist/worker/) under workerd on loopback.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'dist/worker');

function workerdBin(): string | null {
  try {
    const pkg = path.join(root, 'node_modules/workerd/package.json');
    if (!fs.existsSync(pkg)) return null;
    const bin = path.join(root, 'node_modules/.bin/workerd');
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 10000 });
    return r.status === 0 ? bin : null;
  } catch { return null; }
}

const bin = workerdBin();
const skip = !bin || !fs.existsSync(path.join(bundle, 'worker.js'));
if (skip) console.warn(`SKIPPED tests/worker.test.ts: ${!bin ? 'workerd cannot run on this machine' : 'dist/worker/ is not built'}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); });
    s.on('error', reject);
  });
}

let child: ChildProcess | null = null;
let base = '';
let dir = '';

beforeAll(async () => {
  if (skip) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyex-workerd-'));
  fs.copyFileSync(path.join(bundle, 'worker.js'), path.join(dir, 'worker.js'));
  fs.copyFileSync(path.join(bundle, 'pyex.wasm'), path.join(dir, 'pyex.wasm'));
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'config.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .pyexWorker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const pyexWorker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "worker.js"),
    (name = "pyex.wasm", wasm = embed "pyex.wasm"),
  ],
  bindings = [ (name = "PYEX_MAX_STEPS", text = "5000000"), (name = "PYEX_MAX_BODY", text = "65536") ],
  compatibilityDate = "2024-09-23",
);
`);
  child = spawn(bin!, ['serve', path.join(dir, 'config.capnp')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (d) => { log += d; });
  child.stderr!.on('data', (d) => { log += d; });
  base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15000;
  for (;;) {
    try { if ((await fetch(`${base}/api/health`)).ok) break; } catch { /* not yet */ }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`workerd did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 30000);

afterAll(() => {
  child?.kill('SIGTERM');
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const post = (body: string, type = 'application/json') => fetch(`${base}/api/run`, { method: 'POST', headers: { 'content-type': type }, body });

describe.skipIf(skip)('edge Worker under workerd', () => {
  it('answers health checks', async () => {
    const j = await (await fetch(`${base}/api/health`)).json();
    expect(j).toMatchObject({ ok: true, runtime: 'worker' });
  });

  it('runs programs (text/plain and JSON) with spans and footprint', async () => {
    const a = await (await post('print(sum(range(101)))', 'text/plain')).json();
    expect(a).toMatchObject({ ok: true, stdout: '5050\n' });
    expect(a.spans.map((s: { name: string }) => s.name)).toEqual(['pyex.run', 'pyex.compile', 'pyex.execute']);
    const src = 'from opentelemetry import trace\nt = trace.get_tracer("w")\nwith t.start_as_current_span("work", attributes={"n": 3}):\n    print(open("/in.txt").read())\n';
    const b = await (await post(JSON.stringify({ code: src, files: { '/in.txt': 'edge' }, seed: 5 }))).json();
    expect(b.stdout).toBe('edge\n');
    expect(b.spans.find((s: { name: string }) => s.name === 'work').attributes).toEqual({ n: 3 });
    expect(b.footprint.steps).toBeGreaterThan(0);
  });

  it('gives the same spans as Node for a seeded program', async () => {
    // @ts-ignore: the built bundle
    const { run } = await import('../dist/pyex.js');
    const src = 'from opentelemetry import trace\nt = trace.get_tracer("w")\nwith t.start_as_current_span("a"):\n    x = [i * i for i in range(100)]\nprint(sum(x))\n';
    const edge = await (await post(JSON.stringify({ code: src, seed: 11 }))).json();
    const node = await run(src, { seed: 11, otel: false, limits: { maxSteps: 5_000_000, maxMemory: 64 << 20, maxOutput: 1 << 20 } });
    expect(edge.stdout).toBe(node.stdout);
    expect(edge.spans).toEqual(JSON.parse(JSON.stringify(node.spans)));
  });

  it('stops runaway programs at the step cap and rejects bad requests', async () => {
    const j = await (await post(JSON.stringify({ code: 'while True: pass', limits: { maxSteps: 1e12 } }))).json();
    expect(j.error).toMatchObject({ type: 'LimitError', message: 'step limit exceeded (5000000)' });
    expect(j.spans.length).toBeGreaterThan(0);
    // the wall clock, checked between step slices (no threads to terminate here)
    const t = await (await post(JSON.stringify({ code: 'while True: pass', limits: { timeoutMs: 1 } }))).json();
    expect(t.error).toMatchObject({ type: 'LimitError', message: 'time limit exceeded (1 ms)' });
    expect(t.footprint.steps).toBeLessThan(5_000_000);
    expect((await post('{bad')).status).toBe(400);
    expect((await post('x', 'image/png')).status).toBe(415);
    expect((await post(JSON.stringify({ code: 'y'.repeat(70000) }))).status).toBe(413);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
