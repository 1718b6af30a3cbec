// A sandbox worker thread of the HTTP server (server.ts): runs one request at a time with a fresh
// VM instance per run and posts back the response JSON (already serialized, so the main thread only
// forwards bytes). The compiled wasm module comes from the main thread (compiled once per process).
import { parentPort, workerData } from 'node:worker_threads';
import fs from 'node:fs';
import { run, setWasmSource } from './index';
import { runResponse } from './service';

setWasmSource(workerData.module as WebAssembly.Module);

parentPort!.on('message', async (msg: { id: number; code: string; options: Record<string, unknown>; timeoutMs: number }) => {
  const t0 = performance.now();
  let body: string;
  try {
    // the wall clock is checked here between step slices (a normal result: output, footprint and
    // spans so far); the pool terminates the thread only if that fails (timeoutMs + grace)
    const limits = { ...(msg.options.limits as Record<string, number>), timeoutMs: msg.timeoutMs };
    const r = await run(msg.code, { ...msg.options, limits, cooperativeTimeout: true, otel: false });
    body = JSON.stringify(runResponse(r, performance.now() - t0));
  } catch (e) {
    body = JSON.stringify({ ok: false, ms: performance.now() - t0, error: { type: 'SystemError', message: 'internal error in the sandbox host' } });
    console.error('pyex worker:', e);
  }
  parentPort!.postMessage({ id: msg.id, body });
});
// the Linux task id of this thread, so that the pool can lower its CPU priority during long runs
let tid = 0;
try { tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop()) || 0; } catch { /* not Linux */ }
// one small run before saying ready: the first request does not pay for the JIT warming up
run('print(sum(range(10)))', { otel: false }).finally(() => parentPort!.postMessage({ ready: true, tid }));
