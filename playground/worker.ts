// The playground's Web Worker: runs Python with the same dist/pyex.wasm as Node, off the page's
// main thread. The page posts { id, code, files, seed, limits } (tests also send store and replay:
// a plain { key: value } store and a recorded effect log); the worker answers
// { id, result } where result is the JSON shape of POST /api/run (host-ts/service.ts runResponse).
// A run stuck at its budget ends with LimitError; the page's Stop button (or its wall-clock
// watchdog) terminates this worker and starts a fresh one.
import { run, setWasmSource, VERSION } from '../host-ts/index';
import { runResponse } from '../host-ts/service';
import { getModule } from '../host-ts/wasm';
import { DEMO_TOOLS } from './tools';

export interface RunMessage {
  id: number;
  code: string;
  files?: Record<string, string>;
  seed?: number;
  limits?: { maxSteps?: number; maxMemory?: number; maxOutput?: number };
  /** key/value store contents ({ key: JSON value }) */
  store?: Record<string, unknown>;
  /** an effect log recorded by another run (Node's, in tests/playground.test.ts): answers tool, network, store calls */
  replay?: unknown[];
}

setWasmSource(new URL('./pyex.wasm', import.meta.url));

// compile the module, then one small warm-up run so that the engine's first (slow) pass over the
// VM and the common stdlib does not land on the user's first run
const ready = getModule().then(
  async () => {
    await run('import json, collections, random\nprint(json.dumps(dict(collections.Counter("ab"))), random.random())', { otel: false });
    postMessage({ type: 'ready', version: VERSION });
  },
  (e) => postMessage({ type: 'fatal', message: String(e?.message ?? e) }),
);

onmessage = async (ev: MessageEvent<RunMessage>) => {
  const m = ev.data;
  await ready;
  const t0 = performance.now();
  try {
    // tools only when the program imports them (keeps other runs on the plain, JSPI-free path)
    const tools = /\bfrom\s+tools\s+import\b|\bimport\s+tools\b/.test(m.code) ? DEMO_TOOLS : undefined;
    const r = await run(m.code, {
      files: m.files, seed: m.seed, limits: m.limits, tools, otel: false,
      ...(m.store ? { store: m.store } : {}), ...(m.replay ? { replay: m.replay as never } : {}),
    });
    postMessage({ type: 'result', id: m.id, result: runResponse(r, performance.now() - t0) });
  } catch (e) {
    postMessage({ type: 'error', id: m.id, message: String((e as Error)?.message ?? e) });
  }
};
