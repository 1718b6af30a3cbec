// The wall-clock budget, the last line of defence (docs/budgets.md): with `limits.timeoutMs`, Node
// runs the program in a worker thread and terminates it when the time is up, returning a
// `LimitError: time limit exceeded (N ms)` result with the output written so far. The worker also
// gets a V8 heap cap derived from maxMemory, in case the VM's own accounting is ever wrong.
// Without a timeout, run() stays in-thread (the fast path). Browsers/edge: not yet (see the docs).
import type { RunOptions, RunResult } from './index';
import { context as otelContext } from '@opentelemetry/api';
import { abortedRunSpans, epochNsOf, exportRunSpans } from './spans';

const WORKER_SRC = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const m = await import(workerData.url);
  const opts = workerData.options;
  parentPort.postMessage({ kind: 'start' });
  opts.onOutput = (fd, bytes) => parentPort.postMessage({ kind: 'out', fd, bytes });
  const r = await m.run(workerData.code, opts);
  delete r.overlay;
  try { parentPort.postMessage({ kind: 'result', result: r }); }
  catch { parentPort.postMessage({ kind: 'result', result: JSON.parse(JSON.stringify(r, (k, v) => typeof v === 'bigint' ? Number(v) : v)) }); }
})().catch((e) => parentPort.postMessage({ kind: 'fail', message: String((e && e.stack) || e) }));
`;

/** Extra time allowed for the worker to start (load and compile the library) before the budget runs. */
const STARTUP_MS = 10_000;

/** Options that can cross to a worker (functions and live objects cannot). */
export function workerCapable(options: RunOptions): boolean {
  const g = globalThis as any;
  if (!(g.process?.versions?.node)) return false;
  if (options.tools && Object.keys(options.tools).length > 0) return false;
  if (options.fs) return false;
  if (options.net?.fetch) return false;   // a function cannot cross to the worker
  if (options.store) return false;        // a live store (and its commit) stays in this thread
  if (options.clock?.now) return false;
  return true;
}

/** @internal The URL of dist/pyex.js (worker threads import the library from it). */
export async function libraryUrl(): Promise<string> {
  const fs = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  for (const rel of ['./pyex.js', '../dist/pyex.js']) {
    const u = new URL(rel, import.meta.url);
    if (u.protocol === 'file:' && fs.existsSync(fileURLToPath(u))) return u.href;
  }
  throw new Error('pyex: cannot find dist/pyex.js for the timeout worker');
}

function decode(chunks: Uint8Array[]): string {
  let n = 0;
  for (const c of chunks) n += c.length;
  const all = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) { all.set(c, o); o += c.length; }
  return new TextDecoder().decode(all);
}

/** run() in a worker thread with a wall-clock limit. */
export async function runWithTimeout(code: string, options: RunOptions, timeoutMs: number, maxMemory: number): Promise<RunResult> {
  // spans: the embedder's context now (before any await), exported here rather than in the worker
  const otelParent = otelContext.active(), wallStartNs = BigInt(Date.now()) * 1_000_000n;
  const spanInfo = { seed: options.seed ?? 0, epochNs: epochNsOf(options.clock?.epoch ?? '2024-01-01T00:00:00Z'), filename: options.filename ?? 'main.py',
    sourceBytes: code.length, parent: otelParent, wallStartNs, otel: options.otel !== false };
  const t0 = performance.now();
  const { Worker } = await import('node:worker_threads');
  const url = await libraryUrl();
  const limits = { ...(options.limits ?? {}) };
  delete limits.timeoutMs;
  const workerOptions = { ...options, limits, otel: false };
  // the VM keeps live data under maxMemory; V8 needs headroom for garbage and the compiler
  const heapMb = Math.ceil((maxMemory * 2) / (1 << 20)) + 256;
  const worker = new Worker(WORKER_SRC, {
    eval: true, workerData: { url, code, options: workerOptions },
    // a small young generation keeps garbage (and so RSS) close to the live size: docs/budgets.md
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 6 }, stdout: false, stderr: false,
  });
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  return new Promise<RunResult>((resolve) => {
    let done = false;
    const finish = (r: RunResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const failure = (type: string, message: string, exitCode: number): RunResult => {
      const tb = `${type}: ${message}\n`;
      const stdout = decode(out);
      const stderr = decode(err) + tb;
      const wallMs = performance.now() - t0;
      const spans = abortedRunSpans({ ...spanInfo, elapsedNs: BigInt(Math.round(wallMs * 1e6)) }, { type, message }, exitCode);
      return {
        ok: false, stdout, stderr, exitCode, error: { type, message, traceback: tb },
        footprint: {
          // steps are counted inside the terminated worker and are not known here
          steps: 0, outputBytes: out.reduce((n, c) => n + c.length, 0) + err.reduce((n, c) => n + c.length, 0),
          allocatedBytes: 0, peakMemory: 0, compileMs: 0, runMs: wallMs, wallMs, effects: {}, spans: spans.length,
        },
        effects: [], spans,
      } as RunResult;
    };
    // the budget counts from when the worker has loaded the library and starts the run (start-up
    // on a loaded machine can take longer than a small budget); start-up itself is capped too
    const expire = () => finish(failure('LimitError', `time limit exceeded (${timeoutMs} ms)`, 3));
    let timer = setTimeout(expire, timeoutMs + STARTUP_MS);
    worker.on('message', (m: any) => {
      if (m.kind === 'start') { clearTimeout(timer); timer = setTimeout(expire, timeoutMs); }
      else if (m.kind === 'out') (m.fd === 2 ? err : out).push(m.bytes);
      else if (m.kind === 'result') {
        const r = m.result as RunResult;
        r.footprint.wallMs = performance.now() - t0;
        if (spanInfo.otel) exportRunSpans(r.spans, otelParent, wallStartNs);
        finish(r);
      } else if (m.kind === 'fail') finish(failure('SystemError', `internal error: ${m.message}`, 1));
    });
    worker.on('error', (e: any) => {
      if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(failure('MemoryError', 'memory limit exceeded (engine heap)', 1));
      else finish(failure('SystemError', `internal error: ${e?.message ?? e}`, 1));
    });
    worker.on('exit', (c: number) => finish(failure('SystemError', `worker exited (${c})`, 1)));
  });
}
