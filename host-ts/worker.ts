// pyex as an edge Worker (Cloudflare Workers / workerd): the same /api/run as `pyex serve`, in a
// `fetch` handler. Bundled by scripts/build.mjs into dist/worker/worker.js with dist/pyex.wasm next
// to it as a wasm module (workerd and wrangler hand it over as a compiled WebAssembly.Module).
//
// One isolate serves many requests; each request still gets a fresh VM instance. There are no
// threads to terminate: the step budget (caps.maxSteps) ends a runaway program, the wall clock
// (timeoutMs, capped by PYEX_TIMEOUT_MS) is checked between step slices (cooperativeTimeout), and
// the runtime's own CPU limit per request is the last backstop.
// @ts-ignore: provided by the Workers runtime as a WebAssembly.Module
import wasmModule from './pyex.wasm';
import { run, setWasmSource, VERSION } from './index';
import { DEFAULT_CAPS, HttpError, errorBody, parseRunRequest, runResponse, type ServiceCaps } from './service';

setWasmSource(wasmModule as WebAssembly.Module);

interface Env { PYEX_MAX_STEPS?: string; PYEX_MAX_MEMORY?: string; PYEX_MAX_OUTPUT?: string; PYEX_MAX_BODY?: string; PYEX_ALLOW_NET?: string; PYEX_TIMEOUT_MS?: string }

function capsOf(env: Env): ServiceCaps {
  const n = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number(v) : d);
  return {
    ...DEFAULT_CAPS,
    maxSteps: n(env.PYEX_MAX_STEPS, 20_000_000),
    maxMemory: n(env.PYEX_MAX_MEMORY, DEFAULT_CAPS.maxMemory),
    maxOutput: n(env.PYEX_MAX_OUTPUT, DEFAULT_CAPS.maxOutput),
    maxBodyBytes: n(env.PYEX_MAX_BODY, DEFAULT_CAPS.maxBodyBytes),
    // space-separated URL prefixes a request's allowNet may ask for (none: no network)
    allowNet: (env.PYEX_ALLOW_NET ?? '').split(/\s+/).filter(Boolean),
    timeoutMs: n(env.PYEX_TIMEOUT_MS, DEFAULT_CAPS.timeoutMs),
  };
}

const json = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });

async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) throw new HttpError(413, 'PayloadTooLarge', `body over ${limit} bytes`);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) { await reader.cancel(); throw new HttpError(413, 'PayloadTooLarge', `body over ${limit} bytes`); }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.length; }
  return out;
}

export default {
  async fetch(request: Request, env: Env = {}): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/api/health') {
      if (request.method !== 'GET' && request.method !== 'HEAD') return json(405, errorBody('MethodNotAllowed', 'use GET'));
      return json(200, JSON.stringify({ ok: true, version: VERSION, runtime: 'worker' }));
    }
    if (url.pathname !== '/api/run') return json(404, errorBody('NotFound', `no route ${url.pathname}`));
    if (request.method !== 'POST') return json(405, errorBody('MethodNotAllowed', 'use POST'));
    const caps = capsOf(env);
    const t0 = performance.now();
    try {
      const body = await readBody(request, caps.maxBodyBytes);
      const req = parseRunRequest(request.headers.get('content-type'), body, caps);
      const r = await run(req.code, { ...req.options, limits: { ...req.options.limits, timeoutMs: req.timeoutMs }, cooperativeTimeout: true, otel: false });
      return json(200, JSON.stringify(runResponse(r, performance.now() - t0)));
    } catch (e) {
      if (e instanceof HttpError) return json(e.status, errorBody(e.type, e.message));
      return json(500, errorBody('InternalError', 'internal error'));
    }
  },
};
