// `pyex serve`: the HTTP service (Node http + a pool of worker threads).
//
//   POST /api/run   JSON { code, files?, stdin?, seed?, limits?, env? } or text/plain (the program)
//                   → { ok, ms, stdout, stderr, error?, footprint, files, diff, spans }
//   GET  /api/health
//
// Every request gets a fresh sandbox (a new VM instance) in one of the pool's worker threads. The
// pool has two threads per core: a request that runs to its step budget occupies one thread while
// the others keep serving, and the OS shares the cores between them. A request that outlives its
// wall-clock limit (timeoutMs, plus a grace period) has its thread terminated and replaced. The
// server is stateless: scale out by running more instances behind any load balancer (docs/serving.md).
// node:http is imported when the service starts: its ESM facade loads undici (WebSocket and
// friends), ~15 % of a `pyex run` process otherwise
import type { Server, ServerResponse, IncomingMessage } from 'node:http';
import os from 'node:os';
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { VERSION } from './index';
import { getModule } from './wasm';
import { DEFAULT_CAPS, HttpError, errorBody, killedResponse, parseRunRequest, type ServiceCaps } from './service';

export interface ServerOptions {
  port?: number;
  host?: string;
  /** Worker threads (default 2 per core). */
  workers?: number;
  caps?: Partial<ServiceCaps>;
  /** Requests waiting for a worker beyond which the server answers 503. Default 1000. */
  maxQueue?: number;
  /** Extra milliseconds past a request's timeoutMs before its worker is terminated. Default 250. */
  graceMs?: number;
  /** Log one line per request to stderr. */
  log?: boolean;
}

export interface PyexServer {
  port: number;
  url: string;
  server: Server;
  stats(): { workers: number; busy: number; queued: number; served: number; killed: number };
  /** Stop accepting, let in-flight requests finish, then stop the workers. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  code: string;
  options: Record<string, unknown>;
  timeoutMs: number;
  seed: number;
  t0: number;
  resolve: (body: string) => void;
}

interface Slot {
  w: Worker; job: Job | null; timer: ReturnType<typeof setTimeout> | null; ready: boolean;
  /** the thread's Linux task id (for its CPU priority), 0 when unknown */
  tid: number;
  demoteTimer: ReturnType<typeof setTimeout> | null;
  demoted: boolean;
}

/** A run that has used this much CPU (ns) is demoted to the lowest CPU priority (nice 19). */
const DEMOTE_AFTER_CPU_NS = 20_000_000;
const DEMOTE_CHECK_MS = 10;

/** CPU time a thread has used (ns), from /proc (Linux); -1 when unavailable. */
function threadCpuNs(tid: number): number {
  try { return Number(fs.readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]); } catch { return -1; }
}

function workerUrl(): URL {
  // next to this bundle (dist/server-worker.js); from source (host-ts/*.ts) the build output in ../dist
  const here = new URL('./server-worker.js', import.meta.url);
  if (fs.existsSync(here)) return here;
  return new URL('../dist/server-worker.js', import.meta.url);
}

class Pool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  served = 0;
  killed = 0;
  private closing = false;
  private idleWaiters: (() => void)[] = [];

  private maxSize: number;

  constructor(private size: number, private module: WebAssembly.Module, private graceMs: number, private maxQueue: number) {
    this.maxSize = size * 2;
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): Slot {
    const w = new Worker(workerUrl(), { workerData: { module: this.module }, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const slot: Slot = { w, job: null, timer: null, ready: false, tid: 0, demoteTimer: null, demoted: false };
    w.on('message', (m: { ready?: boolean; tid?: number; id?: number; body?: string }) => {
      if (m.ready) { slot.ready = true; slot.tid = m.tid ?? 0; this.pump(); return; }
      const job = slot.job;
      if (!job || m.id !== job.id) return;
      this.release(slot);
      this.served++;
      job.resolve(m.body!);
    });
    w.on('error', () => { /* reported through 'exit' */ });
    w.on('exit', () => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      if (slot.timer) clearTimeout(slot.timer);
      if (slot.demoteTimer) clearTimeout(slot.demoteTimer);
      const job = slot.job;
      slot.job = null;
      if (job) job.resolve(JSON.stringify(killedResponse('MemoryError', 'the sandbox ran out of memory and was stopped', performance.now() - job.t0, job.seed)));
      if (!this.closing && this.slots.length < this.size) { this.spawn(); this.pump(); }
      this.checkIdle();
    });
    w.unref();
    this.slots.push(slot);
    return slot;
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.demoteTimer) clearTimeout(slot.demoteTimer);
    slot.timer = slot.demoteTimer = null;
    slot.job = null;
    if (this.slots.length > this.size && this.queue.length === 0) {
      // an extra thread added under load: retire it
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      void slot.w.terminate();
      this.checkIdle();
      return;
    }
    if (slot.demoted) {
      // back to normal priority; without the privilege to raise it again, replace the thread
      slot.demoted = false;
      try { os.setPriority(slot.tid, 0); } catch { slot.ready = false; void slot.w.terminate(); return; }
    }
    this.pump();
    this.checkIdle();
  }

  run(code: string, options: Record<string, unknown>, timeoutMs: number, seed: number): Promise<string> | null {
    if (this.queue.length >= this.maxQueue) return null;
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, code, options, timeoutMs, seed, t0: performance.now(), resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.ready && !s.job);
      if (!slot) {
        // every thread is busy: when long runs hold some of them, add a thread (up to maxSize)
        const starting = this.slots.some((s) => !s.ready);
        if (!starting && !this.closing && this.slots.length < this.maxSize && this.slots.some((s) => s.demoted)) this.spawn();
        return;
      }
      const job = this.queue.shift()!;
      slot.job = job;
      // the wall-clock limit counts from the start of the run (time in the queue is not the guest's)
      slot.timer = setTimeout(() => this.kill(slot), job.timeoutMs + this.graceMs);
      // Long runs (programs at their budget, mostly) yield the CPU to short ones: on Linux the
      // thread's nice value goes to 19 once the run has used DEMOTE_AFTER_CPU_NS of CPU, so a
      // request stuck at its budget barely slows the others down.
      // The thread's CPU clock is first read at the first check, not here: most requests end
      // before it, and a /proc read per request is a measurable part of a small request's cost.
      // So demotion happens after DEMOTE_CHECK_MS + DEMOTE_AFTER_CPU_NS of CPU at the earliest.
      if (slot.tid) {
        let cpu0 = -1;
        const check = () => {
          slot.demoteTimer = null;
          if (slot.job !== job) return;
          const now = threadCpuNs(slot.tid);
          if (now < 0) return;
          if (cpu0 < 0) cpu0 = now;
          if (now - cpu0 < DEMOTE_AFTER_CPU_NS) { slot.demoteTimer = setTimeout(check, DEMOTE_CHECK_MS); return; }
          try { os.setPriority(slot.tid, 19); slot.demoted = true; } catch { /* not permitted: keep the priority */ }
        };
        slot.demoteTimer = setTimeout(check, DEMOTE_CHECK_MS);
      }
      slot.w.postMessage({ id: job.id, code: job.code, options: job.options, timeoutMs: job.timeoutMs });
    }
  }

  private kill(slot: Slot): void {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    slot.ready = false;
    if (slot.demoteTimer) clearTimeout(slot.demoteTimer);
    this.killed++;
    job.resolve(JSON.stringify(killedResponse('LimitError', `time limit exceeded (${job.timeoutMs} ms)`, performance.now() - job.t0, job.seed)));
    void slot.w.terminate();   // 'exit' replaces the thread
  }

  /** Resolves when every worker has started. */
  ready(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (this.slots.every((s) => s.ready) ? resolve() : setTimeout(check, 5));
      check();
    });
  }

  stats() {
    return { workers: this.slots.length, busy: this.slots.filter((s) => s.job).length, queued: this.queue.length, served: this.served, killed: this.killed };
  }

  private checkIdle(): void {
    if (this.queue.length === 0 && this.slots.every((s) => !s.job)) { const w = this.idleWaiters; this.idleWaiters = []; for (const f of w) f(); }
  }

  async close(): Promise<void> {
    if (this.queue.length > 0 || this.slots.some((s) => s.job)) await new Promise<void>((r) => this.idleWaiters.push(r));
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.w.terminate()));
  }
}

/** Start the HTTP service; resolves once it listens. */
export async function startServer(opts: ServerOptions = {}): Promise<PyexServer> {
  const caps: ServiceCaps = { ...DEFAULT_CAPS, ...(opts.caps ?? {}) };
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const module = await getModule();
  const pool = new Pool(opts.workers ?? Math.max(2, cores * 2), module, opts.graceMs ?? 250, opts.maxQueue ?? 1000);
  await pool.ready();
  const started = Date.now();
  let inflight = 0;

  const send = (res: ServerResponse, status: number, body: string) => {
    if (res.writableEnded) return;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    const path = url.split('?')[0];
    if (path === '/api/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, errorBody('MethodNotAllowed', 'use GET'));
      return send(res, 200, JSON.stringify({ ok: true, version: VERSION, uptimeS: Math.round((Date.now() - started) / 1000), ...pool.stats() }));
    }
    if (path !== '/api/run') return send(res, 404, errorBody('NotFound', `no route ${path}`));
    if (req.method !== 'POST') return send(res, 405, errorBody('MethodNotAllowed', 'use POST'));
    const t0 = performance.now();
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > caps.maxBodyBytes) { req.resume(); res.setHeader('connection', 'close'); return send(res, 413, errorBody('PayloadTooLarge', `body over ${caps.maxBodyBytes} bytes`)); }
    const chunks: Buffer[] = [];
    let size = 0, tooBig = false;
    await new Promise<void>((resolve, reject) => {
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > caps.maxBodyBytes) { tooBig = true; return; }
        chunks.push(c);
      });
      req.on('end', resolve);
      req.on('error', reject);
    });
    if (tooBig) { res.setHeader('connection', 'close'); return send(res, 413, errorBody('PayloadTooLarge', `body over ${caps.maxBodyBytes} bytes`)); }
    let parsed;
    try {
      parsed = parseRunRequest(req.headers['content-type'], Buffer.concat(chunks), caps);
    } catch (e) {
      if (e instanceof HttpError) return send(res, e.status, errorBody(e.type, e.message));
      throw e;
    }
    const seed = typeof parsed.options.seed === 'number' ? parsed.options.seed : 0;
    const p = pool.run(parsed.code, parsed.options as Record<string, unknown>, parsed.timeoutMs, seed);
    if (!p) return send(res, 503, errorBody('ServiceUnavailable', 'too many queued requests'));
    const body = await p;
    if (opts.log) process.stderr.write(`pyex serve: POST /api/run ${(performance.now() - t0).toFixed(1)} ms\n`);
    send(res, 200, body);
  };

  const { createServer } = await import('node:http');
  const server = createServer({ keepAliveTimeout: 5000 }, (req, res) => {
    inflight++;
    handle(req, res).catch(() => send(res, 500, errorBody('InternalError', 'internal server error'))).finally(() => { inflight--; });
  });
  server.on('clientError', (_e, socket) => { if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n'); });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8787, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (opts.port ?? 8787);
  let closed: Promise<void> | null = null;
  return {
    port, server, url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    stats: () => pool.stats(),
    close() {
      if (!closed) {
        closed = (async () => {
          const stopped = new Promise<void>((r) => server.close(() => r()));
          server.closeIdleConnections();
          while (inflight > 0) await new Promise((r) => setTimeout(r, 10));
          await pool.close();
          server.closeAllConnections();
          await stopped;
        })();
      }
      return closed;
    },
  };
}

/** `pyex serve [--port N] [--host H] [--workers N] [--max-body SIZE] [--allow-net PREFIX]… [--log]` */
export async function serveMain(argv: string[], usage: (msg: string) => never): Promise<number> {
  const o: ServerOptions = { caps: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => { const v = argv[++i]; if (v === undefined || !/^\d+$/.test(v)) usage(`${a} needs a number`); return Number(v); };
    if (a === '--port' || a === '-p') o.port = num();
    else if (a === '--host') o.host = argv[++i] ?? usage('--host needs an address');
    else if (a === '--workers') o.workers = num();
    else if (a === '--max-body') o.caps!.maxBodyBytes = num();
    else if (a === '--max-steps') o.caps!.maxSteps = num();
    else if (a === '--max-memory') o.caps!.maxMemory = num();
    else if (a === '--timeout') o.caps!.timeoutMs = num();
    else if (a === '--log') o.log = true;
    else if (a === '--allow-net') {
      // the URL prefixes clients may ask for in a request's allowNet (none by default: no network)
      const v = argv[++i] ?? usage('--allow-net needs a URL prefix');
      try { const u = new URL(v); if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(); } catch { usage(`--allow-net needs an http(s) URL prefix, not '${v}'`); }
      (o.caps!.allowNet ??= []).push(v);
    }
    else usage(`unknown serve option '${a}'`);
  }
  const s = await startServer(o);
  process.stderr.write(`pyex ${VERSION} serving on ${s.url} (POST /api/run, GET /api/health; ${s.stats().workers} workers)\n`);
  await new Promise<void>((resolve) => {
    const stop = (sig: string) => {
      process.stderr.write(`pyex serve: ${sig}, finishing in-flight requests\n`);
      s.close().then(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}
