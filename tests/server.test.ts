// The HTTP service (pyex serve): /api/run and /api/health on an ephemeral loopback port.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
// @ts-ignore: the built bundle (npm test builds it first)
import { startServer } from '../dist/server.js';

let srv: { url: string; port: number; close(): Promise<void>; stats(): { killed: number } };

beforeAll(async () => {
  srv = await startServer({ port: 0, workers: 3, caps: { maxBodyBytes: 64 * 1024, timeoutMs: 2000, maxSteps: 20_000_000 }, graceMs: 100 });
});
afterAll(async () => { await srv?.close(); });

const post = (body: string, type = 'application/json') => fetch(`${srv.url}/api/run`, { method: 'POST', headers: { 'content-type': type }, body });

describe('pyex serve', () => {
  it('answers health checks', async () => {
    const r = await fetch(`${srv.url}/api/health`);
    expect(r.status).toBe(200);
    const j = await r.json();
    expect(j).toMatchObject({ ok: true, workers: 3 });
  });

  it('runs JSON requests with files, env and seed, returning footprint, files, diff and spans', async () => {
    const code = 'text = open("/in.txt").read().upper()\nwith open("/out.txt", "w") as f:\n    f.write("done")\nimport os\nprint(text, os.environ["NAME"])\n';
    const r = await post(JSON.stringify({ code, files: { '/in.txt': 'hello' }, env: { NAME: 'pyex' }, seed: 3 }));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    const j = await r.json();
    expect(j.error).toBeUndefined();
    expect(j).toMatchObject({ ok: true, stdout: 'HELLO pyex\n', stderr: '' });
    expect(typeof j.ms).toBe('number');
    expect(j.footprint.steps).toBeGreaterThan(0);
    expect(j.files['/out.txt']).toBe('done');
    expect(j.diff.added['/out.txt']).toBe('done');
    expect(j.spans.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['pyex.run', 'pyex.compile', 'pyex.execute']));
    // same seed, same spans
    const j2 = await (await post(JSON.stringify({ code, files: { '/in.txt': 'hello' }, env: { NAME: 'pyex' }, seed: 3 }))).json();
    expect(JSON.stringify(j2.spans)).toBe(JSON.stringify(j.spans));
  });

  it('accepts a text/plain program', async () => {
    const j = await (await post('print(sum(range(101)))', 'text/plain')).json();
    expect(j).toMatchObject({ ok: true, stdout: '5050\n' });
  });

  it('reports Python errors and budget errors with footprint and spans', async () => {
    const e = await (await post(JSON.stringify({ code: '1/0' }))).json();
    expect(e.ok).toBe(false);
    expect(e.error.type).toBe('ZeroDivisionError');
    expect(e.spans.length).toBeGreaterThan(0);
    const b = await (await post(JSON.stringify({ code: 'while True: pass', limits: { maxSteps: 100000 } }))).json();
    expect(b.error).toMatchObject({ type: 'LimitError', message: 'step limit exceeded (100000)' });
    expect(b.footprint.steps).toBe(100000);
    expect(b.spans.find((s: { name: string }) => s.name === 'pyex.run').status.code).toBe('ERROR');
  });

  it('caps client limits at the server maxima', async () => {
    const b = await (await post(JSON.stringify({ code: 'while True: pass', limits: { maxSteps: 1e15 } }))).json();
    expect(b.error.message).toBe('step limit exceeded (20000000)');
  });

  it('stops a run at its wall-clock limit in the worker (output, steps and spans so far), and keeps serving meanwhile', async () => {
    const big = await startServer({ port: 0, workers: 2, caps: { timeoutMs: 300, maxSteps: 1e12 } });
    const slow = fetch(`${big.url}/api/run`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'print("started")\nwhile True:\n    pass' });
    await new Promise((r) => setTimeout(r, 50));
    const quick = await (await fetch(`${big.url}/api/run`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'print(1)' })).json();
    expect(quick.stdout).toBe('1\n');
    const j = await (await slow).json();
    expect(j.error).toMatchObject({ type: 'LimitError', message: 'time limit exceeded (300 ms)' });
    expect(j.stdout).toBe('started\n');
    expect(j.footprint.steps).toBeGreaterThan(1_000_000);
    expect(j.spans.find((s: { name: string }) => s.name === 'pyex.run').status.code).toBe('ERROR');
    expect(big.stats().killed).toBe(0);   // the thread was not terminated
    await big.close();
  });

  it('terminates a thread that outlives its wall-clock limit (the backstop), and keeps serving meanwhile', async () => {
    // a negative grace makes the pool act before the worker's own clock check (which needs 300 ms)
    const big = await startServer({ port: 0, workers: 2, caps: { timeoutMs: 300, maxSteps: 1e12 }, graceMs: -200 });
    const slow = fetch(`${big.url}/api/run`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'while True:\n    pass' });
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    const quick = await (await fetch(`${big.url}/api/run`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'print(1)' })).json();
    expect(quick.stdout).toBe('1\n');
    expect(Date.now() - t0).toBeLessThan(1000);
    const j = await (await slow).json();
    expect(j.ok).toBe(false);
    expect(['LimitError']).toContain(j.error.type);
    expect(j.footprint).toBeDefined();
    expect(j.spans.length).toBeGreaterThan(0);
    expect(big.stats().killed).toBe(1);
    // the replacement worker serves
    const again = await (await fetch(`${big.url}/api/run`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'print(2)' })).json();
    expect(again.stdout).toBe('2\n');
    await big.close();
  });

  it('rejects bad requests with JSON errors and no stack traces', async () => {
    const cases: [Promise<Response>, number, string][] = [
      [post('{not json'), 400, 'BadRequest'],
      [post(JSON.stringify({ files: {} })), 400, 'BadRequest'],
      [post(JSON.stringify({ code: 'x', limits: { maxSteps: -1 } })), 400, 'BadRequest'],
      [post(JSON.stringify([1, 2])), 400, 'BadRequest'],
      [post('<xml/>', 'application/xml'), 415, 'UnsupportedMediaType'],
      [post(JSON.stringify({ code: 'x'.repeat(70 * 1024) })), 413, 'PayloadTooLarge'],
      // no content-length (chunked): the limit applies while reading
      [fetch(`${srv.url}/api/run`, { method: 'POST', headers: { 'content-type': 'application/json' }, duplex: 'half',
        body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(JSON.stringify({ code: 'z'.repeat(70 * 1024) }))); c.close(); } }) } as RequestInit), 413, 'PayloadTooLarge'],
      [post(new Uint8Array([0x70, 0x72, 0xff, 0xfe]) as unknown as string, 'text/plain'), 400, 'BadRequest'],
      [post(JSON.stringify({ code: 'x', files: { '/a': 5 } })), 400, 'BadRequest'],
      [post(JSON.stringify({ code: 'x', env: { A: 1 } })), 400, 'BadRequest'],
      [post(JSON.stringify({ code: 'x', seed: 1.5 })), 400, 'BadRequest'],
      [post('print(1)', ''), 415, 'UnsupportedMediaType'],
      [fetch(`${srv.url}/api/run`), 405, 'MethodNotAllowed'],
      [fetch(`${srv.url}/nope`), 404, 'NotFound'],
    ];
    for (const [p, status, type] of cases) {
      const r = await p;
      expect(r.status).toBe(status);
      const j = await r.json();
      expect(j).toMatchObject({ ok: false, error: { type } });
      expect(JSON.stringify(j)).not.toMatch(/\bat .*\.(js|ts):\d+/);
    }
  });

  it('finishes in-flight requests on SIGTERM', async () => {
    const cli = path.resolve(__dirname, '../bin/pyex.js');
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--workers', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d) => { err += d; const m = /serving on (http:\S+)/.exec(err); if (m) resolve(m[1]); });
      child.on('exit', () => reject(new Error(err)));
    });
    const inflight = fetch(`${url}/api/run`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'n = 0\nfor i in range(2000000):\n    n += i\nprint(n)' });
    await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    const j = await (await inflight).json();
    expect(j.stdout).toBe('1999999000000\n');
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(0);
  }, 20000);
});
