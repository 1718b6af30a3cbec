// The network capability from the CLI (`pyex run --allow-net PREFIX`, --net-header, --replay) and
// from the HTTP service (`allowNet` only when the server was started with --allow-net), against a
// loopback HTTP server.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
// @ts-ignore: the built bundle (npm test builds it first)
import { startServer } from '../dist/server.js';

let api: http.Server;
let base = '';
const hits: { url?: string; headers: http.IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  api = http.createServer((req, res) => {
    hits.push({ url: req.url, headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ path: req.url, token: req.headers['x-token'] ?? null, n: hits.length }));
  });
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => api.close(() => r())));

const root = path.join(__dirname, '..');
/** Run the CLI asynchronously (the loopback server lives in this process: spawnSync would block it). */
function cli(args: string[], input: string, env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [path.join(root, 'bin/pyex.js'), ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = '', stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('close', (status) => resolve({ status, stdout, stderr }));
    p.stdin.end(input);
  });
}

describe('pyex repl --allow-net', () => {
  it('fetches allowed URLs from a session; the rest is denied', async () => {
    const r = await cli(['repl', '--allow-net', `${base}/v1`, '--net-header', 'X-Token=t2'],
      `import requests\nr = requests.get(${JSON.stringify(`${base}/v1/repl`)}).json()\nr['path'], r['token']\n`
      + `try:\n    requests.get(${JSON.stringify(`${base}/v2`)})\nexcept PermissionError:\n    print("denied")\n\n`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("('/v1/repl', 't2')\ndenied\n");
    expect((await cli(['repl', '--net-method', 'POST'], '')).status).toBe(2);
  });
});

describe('pyex run --allow-net', () => {
  const prog = (url: string) => `import requests\ntry:\n    print(requests.get(${JSON.stringify(url)}).json())\nexcept PermissionError as e:\n    print("denied:", e)\n`;

  it('allows the prefixes given, nothing else, and adds --net-header values unseen', async () => {
    const r = await cli(['run', '-', '--allow-net', `${base}/v1`, '--net-header', 'X-Token=$PYEX_TEST_TOKEN'], prog(`${base}/v1/a`), { PYEX_TEST_TOKEN: 'tok' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\{'path': '\/v1\/a', 'token': 'tok', 'n': \d+\}\n$/);
    const d = await cli(['run', '-', '--allow-net', `${base}/v1`], prog(`${base}/v10`));
    expect(d.stdout).toBe(`denied: network access to '${base}/v10' is not allowed: no allow rule matches (the host must pass net.allow)\n`);
    const none = await cli(['run', '-'], prog(`${base}/v1/a`));
    expect(none.stdout).toContain('no network capability (the host must pass net to run(), or --allow-net to the CLI)');
    const bad = await cli(['run', '-', '--allow-net', 'not a url'], 'pass');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--allow-net needs an http(s) URL prefix, not 'not a url'");
  });

  it('--replay answers from a --json result without the network', async () => {
    const live = await cli(['run', '-', '--json', '--allow-net', `${base}/v1`], prog(`${base}/v1/r`));
    const result = JSON.parse(live.stdout);
    expect(result.ok).toBe(true);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pyex-replay-')), 'run.json');
    fs.writeFileSync(file, live.stdout);
    const before = hits.length;
    const again = await cli(['run', '-', '--replay', file], prog(`${base}/v1/r`));
    expect(again.stderr).toBe('');
    expect(again.stdout).toBe(result.stdout);
    expect(hits.length).toBe(before);
  });
});

describe('pyex serve: allowNet', () => {
  let open: any, closed: any;
  beforeAll(async () => {
    open = await startServer({ port: 0, workers: 1, caps: { timeoutMs: 5000, allowNet: [`${base}/v1`] }, graceMs: 100 });
    closed = await startServer({ port: 0, workers: 1, caps: { timeoutMs: 5000 }, graceMs: 100 });
  });
  afterAll(async () => { await open?.close(); await closed?.close(); });
  const post = (srv: any, body: unknown) => fetch(`${srv.url}/api/run`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const code = (url: string) => `import urllib.request, json\nprint(json.load(urllib.request.urlopen(${JSON.stringify(url)}))["path"])`;

  it('is refused unless the server permits it', async () => {
    const r = await post(closed, { code: code(`${base}/v1/x`), allowNet: [`${base}/v1`] });
    expect(r.status).toBe(403);
    expect((await r.json()).error.message).toBe('network access is not enabled on this server (start it with pyex serve --allow-net PREFIX)');
    const r2 = await post(closed, { code: code(`${base}/v1/x`) });
    const j2 = await r2.json();
    expect(j2.error.type).toBe('PermissionError');
  });

  it('grants prefixes inside the server\'s, and only those', async () => {
    const r = await post(open, { code: code(`${base}/v1/items/1`), allowNet: [`${base}/v1/items`] });
    expect(r.status).toBe(200);
    const j = await r.json();
    expect(j.stderr).toBe('');
    expect(j.stdout).toBe('/v1/items/1\n');
    const outside = await post(open, { code: code(`${base}/v2`), allowNet: [`${base}/v2`] });
    expect(outside.status).toBe(403);
    expect((await outside.json()).error.message).toBe(`allowNet: '${base}/v2' is not under a prefix this server allows`);
    const narrower = await post(open, { code: code(`${base}/v1/other`), allowNet: [`${base}/v1/items`] });
    expect((await narrower.json()).error.type).toBe('PermissionError');
    const bad = await post(open, { code: 'pass', allowNet: 'x' });
    expect(bad.status).toBe(400);
  });
});
