// The browser playground (playground/, built into dist/playground/) end to end in real headless
// Chromium: Debian's `chromium` driven by playwright-core (never a downloaded browser). The setup
// installs chromium with apt-get when it is missing and we are root; elsewhere the file skips with
// a visible message.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
// @ts-ignore: the built bundle (npm test builds it first), as the browser's worker bundles the stdlib too
import { run, ToolError } from '../dist/pyex.js';
import { runResponse } from '../host-ts/service';

const root = path.resolve(__dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function ensureChromium(): string | null {
  if (fs.existsSync(CHROMIUM)) return null;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!isRoot || !hasApt) return `${CHROMIUM} is missing and cannot be installed here (${!isRoot ? 'not root' : 'no apt-get'})`;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { env, stdio: 'ignore', timeout: 600_000 });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore', timeout: 300_000 });
    install();
  }
  return fs.existsSync(CHROMIUM) ? null : 'apt-get install chromium failed';
}

const why = !fs.existsSync(path.join(root, 'dist/playground/worker.js')) ? 'dist/playground/ is not built'
  : !fs.existsSync(path.join(root, 'node_modules/playwright-core')) ? 'playwright-core is not installed'
  : ensureChromium();
if (why) console.warn(`SKIPPED tests/playground.test.ts: ${why}`);

/* eslint-disable @typescript-eslint/no-explicit-any */
let browser: any, page: any, server: any;
let base = '';

beforeAll(async () => {
  if (why) return;
  // @ts-ignore: plain JS module
  const { startStaticServer } = await import('../scripts/playground.mjs');
  server = await startStaticServer(path.join(root, 'dist/playground'), { port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${server.address().port}/`;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e: Error) => errors.push(e.message));
  await page.goto(base);
  await page.waitForFunction(() => document.getElementById('status')!.textContent!.startsWith('ready'), null, { timeout: 20_000 });
  expect(errors).toEqual([]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(null)));
});

const runs = async () => Number(await page.getAttribute('body', 'data-runs'));

/** Replace the editor's text by typing it (a single line) or inserting it (several lines). */
async function setCode(code: string, type = false): Promise<void> {
  await page.click('.cm-content');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (type) await page.keyboard.type(code);
  else await page.keyboard.insertText(code);
}

/** Press the shortcut and wait for the run to finish. */
async function runByShortcut(timeout = 20_000): Promise<void> {
  const before = await runs();
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction((b: number) => Number(document.body.dataset.runs) > b, before, { timeout });
}

const text = (sel: string) => page.textContent(sel);
const footprint = (key: string) => page.textContent(`#footprint tr[data-key="${key}"] td:last-child`);

describe.skipIf(!!why)('playground in headless Chromium', () => {
  it('runs a typed program with Ctrl+Enter and shows output, footprint and spans', async () => {
    await setCode('print(sum(range(101)), "hi", 6 * 7)', true);
    await runByShortcut();
    expect(await text('#stdout')).toBe('5050 hi 42\n');
    expect(await text('#stderr')).toBe('');
    expect(await footprint('result')).toBe('ok');
    expect(Number((await footprint('steps')).replace(/,/g, ''))).toBeGreaterThan(0);
    expect(await page.locator('#waterfall [data-span="pyex.run"]').count()).toBe(1);
    expect(await page.locator('#waterfall [data-span="pyex.execute"]').count()).toBe(1);
  }, 60_000);

  it('ends a runaway loop at its budget and keeps working', async () => {
    await setCode('while True: pass', true);
    await runByShortcut();
    expect(await text('#stderr')).toMatch(/LimitError/);
    expect(await footprint('result')).toMatch(/LimitError/);
    // the page still works afterwards
    await setCode('print("still here")', true);
    await runByShortcut();
    expect(await text('#stdout')).toBe('still here\n');
  }, 60_000);

  it('Stop terminates a running worker and a fresh one runs the next program', async () => {
    await page.fill('#max-steps', '100000000000');
    await setCode('n = 0\nwhile True:\n    n += 1\n');
    const before = await runs();
    await page.click('#run');
    await page.waitForFunction(() => document.body.dataset.state === 'running');
    await page.waitForTimeout(300);
    await page.click('#stop');
    await page.waitForFunction((b: number) => Number(document.body.dataset.runs) > b, before);
    expect(await text('#stderr')).toMatch(/Stopped/);
    await page.fill('#max-steps', '50000000');
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.startsWith('ready'), null, { timeout: 20_000 });
    await setCode('print(2 ** 100)', true);
    await runByShortcut();
    expect(await text('#stdout')).toBe('1267650600228229401496703205376\n');
  }, 60_000);

  it("gives the same result JSON as Node's run() for a seeded program", async () => {
    const code = [
      'import json, random',
      'from collections import Counter',
      'rows = json.load(open("/in.json"))',
      'random.shuffle(rows)',
      'c = Counter(r["k"] for r in rows)',
      'print(rows[:3], c.most_common(2), random.random())',
      'with open("/out.txt", "w") as f:',
      '    f.write(f"{sum(r[\'v\'] for r in rows):.3f}\\n")',
      'import os; os.remove("/gone.txt")',
      'raise ValueError("done")',
    ].join('\n');
    const files = {
      '/in.json': JSON.stringify(Array.from({ length: 20 }, (_, i) => ({ k: 'abc'[i % 3], v: i / 7 }))),
      '/gone.txt': 'bye\n',
    };
    await page.fill('#seed', '1234');
    await page.fill('#files', JSON.stringify(files));
    await setCode(code);
    await runByShortcut();
    const browserJson = JSON.parse(await text('#result-json'));
    // the page's limits (playground/main.ts): maxSteps from its box, 128 MiB memory, 1 MiB output
    const r = await run(code, { files, seed: 1234, limits: { maxSteps: 50_000_000, maxMemory: 128 << 20, maxOutput: 1 << 20 }, otel: false });
    const nodeJson = JSON.parse(JSON.stringify(runResponse(r, 0)));
    const strip = (j: any) => {
      delete j.ms;
      for (const k of ['compileMs', 'runMs', 'wallMs']) delete j.footprint[k];
      return j;
    };
    expect(browserJson.error.type).toBe('ValueError');
    expect(Object.keys(browserJson.diff.added)).toEqual(['/out.txt']);
    expect(browserJson.diff.deleted).toEqual(['/gone.txt']);
    expect(strip(browserJson)).toEqual(strip(nodeJson));
    expect(await page.locator('#files-out [data-path="/out.txt"]').count()).toBe(1);
  }, 60_000);

  it('replays a Node run that used the network, tools and a store, with the same result JSON', async () => {
    const code = [
      'import requests, store, random',
      'from tools import lookup',
      'r = requests.get("https://api.example/v1/items", params={"q": lookup("k")})',
      'store.set("n", store.get("n", 0) + len(r.json()["items"]))',
      'print(r.status_code, r.json(), store.scan(""), random.random())',
      'requests.get("https://api.example/v1/gone").raise_for_status()',
    ].join('\n');
    const files = { '/x.txt': 'x' };
    const limits = { maxSteps: 50_000_000, maxMemory: 128 << 20, maxOutput: 1 << 20 };
    const live = await run(code, {
      files, seed: 99, limits, otel: false, store: { n: 1 },
      tools: { lookup: async (a: unknown[]) => { if (!a[0]) throw new ToolError('no key', 'KeyError'); return `${a[0]}-v`; } },
      net: { allow: ['https://api.example/v1'], fetch: async (url: string) => url.includes('/gone')
        ? new Response('gone', { status: 410, statusText: 'Gone' })
        : new Response(JSON.stringify({ items: [1, 2, 3], url }), { status: 200, headers: { 'content-type': 'application/json' } }) },
    });
    expect(live.error.type).toBe('requests.exceptions.HTTPError');
    const log = JSON.parse(JSON.stringify(live.effects));
    // the playground's worker, driven directly: no network, no tools, no store behind the replay
    const browserJson = await page.evaluate(async ({ code, files, limits, log }: any) => {
      const w = new Worker('worker.js', { type: 'module' });
      return await new Promise((resolve, reject) => {
        w.onmessage = (ev: MessageEvent) => {
          if (ev.data.type === 'ready') w.postMessage({ id: 1, code, files, seed: 99, limits, replay: log });
          else if (ev.data.type === 'result') { w.terminate(); resolve(ev.data.result); }
          else if (ev.data.type === 'error' || ev.data.type === 'fatal') { w.terminate(); reject(new Error(ev.data.message)); }
        };
      });
    }, { code, files, limits, log });
    const nodeJson = JSON.parse(JSON.stringify(runResponse(live, 0)));
    const strip = (j: any) => {
      delete j.ms;
      for (const k of ['compileMs', 'runMs', 'wallMs']) delete j.footprint[k];
      return j;
    };
    expect(browserJson.stdout).toContain("200 {'items': [1, 2, 3], 'url': 'https://api.example/v1/items?q=k-v'} [('n', 4)]");
    expect(strip(browserJson)).toEqual(strip(nodeJson));
  }, 60_000);
});
