// pyex's embedding API.
//
//   import { run } from 'pyex';
//   const r = await run('print(1 + 2)', { limits: { maxSteps: 1e6 } });
//   r.ok, r.stdout, r.error?.type, r.footprint.steps
//
// The VM module is compiled once per process; every run gets a fresh instance, so runs share
// nothing. Nothing reaches the host except through the imports bound here.
import { compile as compileSource } from '../compiler/index';
import { PySyntaxError } from '../compiler/errors';
import { runWithTimeout, workerCapable } from './timeout';
import { getModule, setWasmSource, type VmExports } from './wasm';
import { acquireMemory, releaseMemory } from './mempool';
import { errorFromReport, caretLine, type PyError } from './report';
import { Capabilities, HostError, ToolError, type Effect, type ToolFn } from './capabilities';
import { Filesystem, Overlay, type FileTree, type FsDiff } from './fs';
import { Network, type NetOptions, type NetRule, type FetchLike } from './net';
import { KvStore, StoreOverlay, storeOf, type StoreDiff } from './store';
import { decode, encodeError, encodeResult } from './wire';
import { RunTrace, SpanRecorder, renderWaterfall, exportSpans, epochNsOf, type SpanData, type SpanHandle } from './spans';

export { KvStore, StoreOverlay };
export { setWasmSource, PySyntaxError, Filesystem, Overlay, ToolError, RunTrace, SpanRecorder, renderWaterfall, exportSpans };
export type { PyError, Effect, ToolFn, FileTree, FsDiff, SpanData, SpanHandle, NetOptions, NetRule, FetchLike, StoreDiff };

export const VERSION = '0.1.0';

export interface Limits {
  /** Opcode steps (each opcode costs ≥ 1; builtins charge for their work). Default 5e8 (about two seconds). */
  maxSteps?: number;
  /** Bytes written to stdout + stderr. Default 16 MiB. */
  maxOutput?: number;
  /** Python call depth (RecursionError beyond it). Default 1000. */
  maxDepth?: number;
  /** Live heap bytes, measured inside the VM (MemoryError beyond it; see docs/budgets.md). Default 256 MiB. */
  maxMemory?: number;
  /** Wall-clock milliseconds (Node: the run moves to a worker thread that is terminated when the time is up). Default none. */
  timeoutMs?: number;
}

export interface RunOptions {
  limits?: Limits;
  /** File name used in tracebacks. Default "main.py". */
  filename?: string;
  /** Files of the sandbox filesystem ({ "/data.json": "[1,2,3]", "/img.bin": Uint8Array }); a fresh Filesystem is made from them. */
  files?: FileTree;
  /** Make the `files` tree read-only (writes raise PermissionError [Errno 30]). */
  readOnly?: boolean;
  /** More trees mounted at a directory, e.g. { "/data": { files: {...}, readOnly: true } }. */
  mounts?: Record<string, { files: FileTree; readOnly?: boolean }>;
  /** A Filesystem to run against (the run works on a copy-on-write overlay of it; see result.overlay and Filesystem.commit). */
  fs?: Filesystem;
  /** os.environ, exactly (empty by default). */
  env?: Record<string, string>;
  /** sys.argv[1:] (sys.argv[0] is the filename). */
  argv?: string[];
  /** The virtual clock's start (ISO string, Date or ms since the epoch). Default 2024-01-01T00:00:00Z.
   * With `now` (ms since the Unix epoch, e.g. Date.now) Python reads the host's clock instead, and
   * every read is an effect (clock.now / clock.mono) so a replay gives the same times. */
  clock?: { epoch?: string | number | Date; now?: () => number };
  /** Re-run against a recorded effect log (a previous result's `effects`, JSON round trip allowed):
   * tool calls, HTTP requests, store operations and host-clock reads are answered from it, in order,
   * without the capabilities; anything else (files) runs live. A program that makes a different
   * effect ends with a ReplayError. */
  replay?: readonly Effect[];
  /** Seed for random, uuid, secrets. Default 0. */
  seed?: number | bigint;
  /** Host functions importable with `from tools import name` (sync or async); called as fn(args, kwargs). */
  tools?: Record<string, ToolFn>;
  /** Network capability: URL-prefix allowlist, methods, host headers, limits, optional fetch (docs/capabilities.md). */
  net?: NetOptions;
  /** Key/value storage: a KvStore (attenuate with .readOnly() / .withPrefix(p)), a Map (used in place) or { key: value } (copied).
   * The run works on an overlay: result.storeDiff, and store.commit(result.storeOverlay). */
  store?: KvStore | Map<string, unknown> | Record<string, unknown>;
  /** Use JSPI (WebAssembly.Suspending) for asynchronous host calls made where the VM cannot suspend
   * (inside a generator or a native's callback). Default true where the engine has it. */
  jspi?: boolean;
  /** Also emit the run's spans through @opentelemetry/api (when the embedder registered a tracer provider). Default true. */
  otel?: boolean;
  /** Apply `limits.timeoutMs` in this thread, checking the clock between step slices, instead of
   *  moving the run to a worker thread that is terminated at the deadline (docs/budgets.md). The
   *  HTTP service's workers and edge runtimes use it; the default (worker) is the stronger guarantee. */
  cooperativeTimeout?: boolean;
  /** @internal output as it is written (the timeout worker streams it to the parent). */
  onOutput?: (fd: number, bytes: Uint8Array) => void;
}

export interface Footprint {
  steps: number;
  outputBytes: number;
  /** Bytes allocated by the program (approximate object sizes). */
  allocatedBytes: number;
  /** Largest live size measured (0 when the program never came near its memory budget). */
  peakMemory: number;
  compileMs: number;
  runMs: number;
  wallMs: number;
  /** Effects by span name (file operations, tool calls, HTTP, storage). */
  effects: Record<string, number>;
  /** Spans recorded (runtime + guest). */
  spans: number;
}

export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  error?: PyError;
  /** Process-style exit status: 0 ok, 1 Python error, 3 budget exceeded, or sys.exit's code. */
  exitCode: number;
  footprint: Footprint;
  /** The final filesystem tree (files only), when a filesystem was passed. */
  files?: Record<string, Uint8Array>;
  /** The staged changes (added, modified, deleted), when a filesystem was passed. */
  diff?: FsDiff;
  /** The overlay holding the staged changes: `fs.commit(result.overlay)` applies them. */
  overlay?: Overlay;
  /** The staged store changes (set, deleted), when a store was passed. */
  storeDiff?: StoreDiff;
  /** The store overlay: `store.commit(result.storeOverlay)` applies it. */
  storeOverlay?: StoreOverlay;
  /** Every effect (file operation, tool call) in order, with inputs and outputs. */
  effects: Effect[];
  /** The run's spans in OpenTelemetry's data model (run, compile, execute, effect and guest spans; docs/observability.md). */
  spans: SpanData[];
}

export const DEFAULT_EPOCH = '2024-01-01T00:00:00Z';

function makeCapabilities(options: RunOptions, filename: string): Capabilities {
  let fs = options.fs ?? null;
  if (!fs && (options.files || options.mounts)) {
    fs = new Filesystem(options.files ?? {}, { readOnly: options.readOnly });
    for (const [at, m] of Object.entries(options.mounts ?? {})) fs.mount(at, m.files, { readOnly: m.readOnly });
  }
  const epoch = options.clock?.epoch ?? DEFAULT_EPOCH;
  const ms = epoch instanceof Date ? epoch.getTime() : typeof epoch === 'number' ? epoch : Date.parse(epoch);
  if (!Number.isFinite(ms)) throw new TypeError(`pyex: bad clock epoch ${String(epoch)}`);
  return new Capabilities({
    fs: fs ? fs.overlay() : null,
    env: { ...(options.env ?? {}) },
    argv: [filename, ...(options.argv ?? [])],
    epochNs: BigInt(Math.round(ms)) * 1_000_000n,
    seed: options.seed ?? 0,
    tools: options.tools ?? {},
    cwd: '/',
    net: new Network(options.net ?? null),
    store: storeOf(options.store)?.overlay() ?? null,
    hostNow: typeof options.clock?.now === 'function' ? options.clock.now : null,
    replay: options.replay ?? null,
  });
}

export const DEFAULT_LIMITS: Required<Limits> = { maxSteps: 500_000_000, maxOutput: 16 * 1024 * 1024, maxDepth: 1000, maxMemory: 256 * 1024 * 1024, timeoutMs: 0 };

const STATUS_OK = 0, STATUS_EXCEPTION = 1, STATUS_LOAD_ERROR = 2, STATUS_LIMIT = 3, STATUS_EXIT = 4, STATUS_SUSPENDED = 5;
/** host.call's answer that suspends the VM (vm/builtins/pyex.ts SUSPEND). */
const SUSPEND = -2;

/** Compile Python source to a bytecode image (throws PySyntaxError). */
export function compile(source: string, filename = 'main.py'): Uint8Array {
  return compileSource(source, filename);
}

/** @internal */
export function syntaxErrorResult(e: PySyntaxError, compileMs: number, t0: number, rt: RunTrace, otel: boolean): RunResult {
  let tb = `  File "${e.filename}", line ${e.lineno}\n`;
  const text = (e.text ?? '').replace(/\r?\n$/, '');
  if (text) {
    const stripped = text.replace(/^[ \t\f]+/, '');
    const lead = text.length - stripped.length;
    tb += `    ${stripped}\n`;
    const col = Math.max(1, e.offset - lead);
    const width = e.end_lineno === e.lineno && e.end_offset > e.offset ? e.end_offset - e.offset : 1;
    tb += `    ${' '.repeat(col - 1)}${'^'.repeat(Math.max(1, width))}\n`;
  }
  tb += `${e.pyType}: ${e.msg}\n`;
  const r: RunResult = {
    ok: false, stdout: '', stderr: tb, exitCode: 1,
    error: { type: e.pyType, message: e.msg, traceback: tb, line: e.lineno }, effects: [],
    footprint: { steps: 0, outputBytes: 0, allocatedBytes: 0, peakMemory: 0, compileMs, runMs: 0, wallMs: performance.now() - t0, effects: {}, spans: 0 },
    spans: [],
  };
  rt.compileEnd({ type: e.pyType, message: e.msg });
  r.spans = rt.finish(r, otel);
  r.footprint.spans = r.spans.length;
  return r;
}

/** Run Python source in a fresh sandbox. Never throws for anything the guest does. */
export async function run(code: string, options: RunOptions = {}): Promise<RunResult> {
  const timeoutMs = options.limits?.timeoutMs;
  if (timeoutMs !== undefined && timeoutMs > 0 && !options.cooperativeTimeout && workerCapable(options)) {
    return runWithTimeout(code, options, timeoutMs, options.limits?.maxMemory ?? DEFAULT_LIMITS.maxMemory);
  }
  const t0 = performance.now();
  const filename = options.filename ?? 'main.py';
  const rt = newRunTrace(options, filename);
  const otel = options.otel !== false;
  let image: Uint8Array;
  rt.compileStart(code.length);
  try {
    image = compileCached(code, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) return syntaxErrorResult(e, performance.now() - t0, t0, rt, otel);
    if (e instanceof RangeError) {
      // deep recursion in the compiler on pathological input
      return syntaxErrorResult(new PySyntaxError('SyntaxError', 'too many nested parentheses', filename, 1, 1, ''), performance.now() - t0, t0, rt, otel);
    }
    throw e;
  }
  rt.compileEnd();
  const compileMs = performance.now() - t0;
  return runImage(image, new Map([[filename, code]]), options, t0, compileMs, rt);
}

// Compiled images of recent programs (services run the same code again and again). Keyed by
// filename and source text (the Map hashes the string); an image is immutable bytes, copied into
// each VM instance, so sharing it between runs shares nothing mutable. Small programs only.
const COMPILE_CACHE_ENTRIES = 128;
const COMPILE_CACHE_MAX_SOURCE = 64 * 1024;
const compileCache = new Map<string, Uint8Array>();
function compileCached(code: string, filename: string): Uint8Array {
  if (code.length > COMPILE_CACHE_MAX_SOURCE) return compileSource(code, filename);
  const key = filename + '\0' + code;
  const hit = compileCache.get(key);
  if (hit) {
    // most recently used last (Map keeps insertion order)
    compileCache.delete(key);
    compileCache.set(key, hit);
    return hit;
  }
  const image = compileSource(code, filename);
  compileCache.set(key, image);
  if (compileCache.size > COMPILE_CACHE_ENTRIES) compileCache.delete(compileCache.keys().next().value!);
  return image;
}

/** @internal */
export function newRunTrace(options: RunOptions, filename: string): RunTrace {
  return new RunTrace({ seed: options.seed ?? 0, epochNs: epochNsOf(options.clock?.epoch ?? DEFAULT_EPOCH), filename });
}

/** Run an already compiled image (from `compile`). */
export async function runImage(image: Uint8Array, sources: Map<string, string>, options: RunOptions = {}, t0 = performance.now(), compileMs = 0,
  rt = newRunTrace(options, [...sources.keys()][0] ?? 'main.py')): Promise<RunResult> {
  const limits = { ...DEFAULT_LIMITS, ...(options.limits ?? {}) };
  const sb = await instantiate(options, sources, rt);
  // a wall-clock limit where no thread can be terminated (tools, a live fs, browsers, edge
  // runtimes): the budget is handed out in slices and the clock checked between them
  const timeoutMs = options.limits?.timeoutMs ?? 0;
  if (timeoutMs > 0) {
    const deadline = performance.now() + timeoutMs;
    sb.poll = () => (performance.now() > deadline ? 2 : 0);
    sb.vm.setStepSlice?.(BigInt(POLL_SLICE), BigInt(Math.floor(timeoutMs)));
  }
  const r = await execute(sb, image, limits, false, t0, compileMs);
  // the instance is done for good (returned, trapped or stopped at its time limit and never resumed):
  // its memory can serve the next sandbox (a Session's instance keeps its memory)
  releaseMemory(sb.memory);
  return r;
}

/** Steps between two polls of the host (a few milliseconds of guest time). */
export const POLL_SLICE = 1_000_000;

/** One VM instance and the host state bound to its imports (a run, or a Session's inputs). */
export interface Sandbox {
  vm: VmExports;
  caps: Capabilities;
  sources: Map<string, string>;
  /** the current run's output and trace (a session swaps them per input) */
  out: Uint8Array[];
  err: Uint8Array[];
  rt: RunTrace;
  onOutput?: (fd: number, bytes: Uint8Array) => void;
  /** host.poll between step slices: 0 go on, 1 KeyboardInterrupt, 2 time limit */
  poll: () => number;
  useJspi: boolean;
  /** also export spans through @opentelemetry/api */
  otel: boolean;
  /** an asynchronous host call the VM suspended on (host.call answered SUSPEND); execute() awaits it */
  suspendedOn: Promise<unknown> | null;
  /** hand a value to the VM as a host call's answer (its length; the VM fetches it with host.result) */
  respond: (v: unknown) => number;
  /** performance.now() when the instance was made */
  t1: number;
  /** the instance's linear memory (host-ts/mempool.ts) */
  memory: WebAssembly.Memory;
}

/** @internal Make a VM instance with its imports bound to a fresh Sandbox. */
export async function instantiate(options: RunOptions, sources: Map<string, string>, rt: RunTrace): Promise<Sandbox> {
  const module = await getModule();
  const caps = makeCapabilities(options, [...sources.keys()][0] ?? 'main.py');
  const useJspi = options.jspi !== false && typeof (WebAssembly as any).Suspending === 'function' &&
    ((!!options.tools && Object.keys(options.tools).length > 0) || !!options.net);
  const sb = { caps, sources, out: [], err: [], rt, onOutput: options.onOutput, poll: () => 0, useJspi, otel: options.otel !== false } as unknown as Sandbox;
  rt.elapsed = () => caps.elapsedNs;
  let vm: VmExports;
  let pendingResult: Uint8Array | null = null;
  const respond = (v: unknown): number => {
    let bytes: Uint8Array;
    try {
      bytes = v instanceof HostError ? encodeError(v.pyType, v.args) : encodeResult(v);
    } catch (e) {
      bytes = encodeError('TypeError', [e instanceof Error ? e.message : String(e)]);
    }
    pendingResult = bytes;
    return bytes.length;
  };
  sb.respond = respond;
  sb.suspendedOn = null;
  const hostCall = (namePtr: number, nameLen: number, argPtr: number, argLen: number, flags: number): number | Promise<number> => {
    const mem = vm.memory.buffer;
    const nb = new Uint8Array(mem, namePtr, nameLen);
    let name = '';
    for (let i = 0; i < nb.length; i++) name += String.fromCharCode(nb[i]);   // names are ASCII (a fixed table)
    let args: unknown[];
    try { args = decode(new Uint8Array(mem, argPtr, argLen)) as unknown[]; } catch { return respond(new HostError('SystemError', ['malformed host call'])); }
    let r: unknown;
    const rt = sb.rt;
    const nEffects = caps.effects.length, tEffect = rt.recorder.now();
    // 'source': the text of a compiled file (main program, imported modules) for linecache/traceback
    if (name === 'source') return respond(typeof args[0] === 'string' ? sources.get(args[0]) ?? null : null);
    // 'caret': the ^^^/~~~ marker line under a traceback source line (traceback module), as the host prints it
    if (name === 'caret') {
      const [text, line, endLine, col, endCol] = args as [string, bigint | number, bigint | number, bigint | number, bigint | number];
      return respond(typeof text === 'string' ? caretLine(text, { file: '', name: '', line: Number(line), endLine: Number(endLine), col: Number(col), endCol: Number(endCol) }) : '');
    }
    try { r = caps.dispatch(name, args); } catch (e) { r = new HostError('SystemError', [`host error: ${e instanceof Error ? e.message : String(e)}`]); }
    if (r instanceof Promise) {
      if (flags & 1) {
        // the VM can suspend here: it returns to the run loop below, which resumes it with the result
        sb.suspendedOn = r.then((v) => { rt.effects(caps.effects, nEffects, tEffect); return v; },
          (e) => { rt.effects(caps.effects, nEffects, tEffect); return new HostError('RuntimeError', [String(e)]); });
        return SUSPEND;
      }
      if (!useJspi) {
        r.catch(() => { /* abandoned */ });
        rt.effects(caps.effects, nEffects, tEffect);
        return respond(new HostError('RuntimeError', ['this asynchronous host call cannot wait here: it was made inside a generator, a callback of a built-in or another nested call, and this engine has no JSPI (WebAssembly.Suspending); make it from ordinary code']));
      }
      return r.then((v) => { rt.effects(caps.effects, nEffects, tEffect); return respond(v); },
        (e) => { rt.effects(caps.effects, nEffects, tEffect); return respond(new HostError('RuntimeError', [String(e)])); });
    }
    rt.effects(caps.effects, nEffects, tEffect);
    return respond(r);
  };
  const memory = acquireMemory();
  sb.memory = memory;
  const imports = {
    env: {
      memory,
      abort(_msg: number, _file: number, line: number, col: number) { throw new Error(`pyex VM abort at ${line}:${col}`); },
    },
    host: {
      write(fd: number, ptr: number, len: number) {
        const bytes = new Uint8Array(vm.memory.buffer, ptr, len).slice();
        if (fd === 3) {   // telemetry: guest spans (vm/builtins/otel.ts); warnings go to stderr
          const w = sb.rt.recorder.guestRecord(bytes);
          if (w) { const wb = new TextEncoder().encode(w); sb.err.push(wb); sb.onOutput?.(2, wb); }
        }
        else (fd === 2 ? sb.err : sb.out).push(bytes);
        if (fd !== 3) sb.onOutput?.(fd, bytes);
      },
      compile(src: number, srcLen: number, name: number, nameLen: number, mode: number): number {
        // compile()/exec()/eval() from the guest: compile on the host, hand back an image or a SyntaxError
        const dec = new TextDecoder();
        const source = dec.decode(new Uint8Array(vm.memory.buffer, src, srcLen));
        const file = dec.decode(new Uint8Array(vm.memory.buffer, name, nameLen));
        let kind = 0;
        let payload: Uint8Array;
        try {
          payload = compileSource(source, file, { mode: mode === 1 ? 'eval' : mode === 2 ? 'single' : 'exec' });
          if (!file.startsWith('<') && !sources.has(file)) sources.set(file, source);  // CPython shows no source for <string>
        } catch (e) {
          if (!(e instanceof PySyntaxError)) throw e;
          kind = 2;
          const text = (e.text ?? '').replace(/[\t\n\r]/g, ' ');
          payload = new TextEncoder().encode(`${e.pyType}\t${e.msg}\t${e.filename}\t${e.lineno}\t${e.offset}\t${text}`);
        }
        const blk = vm.alloc(8 + payload.length);
        const view = new DataView(vm.memory.buffer);
        view.setUint32(blk, kind, true);
        view.setUint32(blk + 4, payload.length, true);
        new Uint8Array(vm.memory.buffer, blk + 8, payload.length).set(payload);
        return blk;
      },
      find_module(ptr: number, len: number): number {
        const name = new TextDecoder().decode(new Uint8Array(vm.memory.buffer, ptr, len));
        const found = findSandboxModule(name, caps) ?? findModule(name);
        if (!found) return 0;
        if (found.source !== undefined) sources.set(found.filename, found.source);
        const payload = found.image ?? new TextEncoder().encode(found.error!);
        const blk = vm.alloc(8 + payload.length);
        const view = new DataView(vm.memory.buffer);
        view.setUint32(blk, found.kind, true);
        view.setUint32(blk + 4, payload.length, true);
        new Uint8Array(vm.memory.buffer, blk + 8, payload.length).set(payload);
        return blk;
      },
      call: useJspi ? new (WebAssembly as any).Suspending(hostCall) : hostCall,
      result(ptr: number) {
        const r = pendingResult!;
        new Uint8Array(vm.memory.buffer, ptr, r.length).set(r);
        pendingResult = null;
      },
      poll(): number { return sb.poll(); },
    },
  };
  sb.t1 = performance.now();
  const instance = await WebAssembly.instantiate(module, imports);
  vm = instance.exports as unknown as VmExports;
  sb.vm = vm;
  vm.init();
  if (options.onOutput) vm.setStreamOut?.(1);
  return sb;
}

/** @internal Run an image in a sandbox: a fresh module namespace, or (session) the one of the inputs before. */
export async function execute(sb: Sandbox, image: Uint8Array, limits: Required<Limits>, session: boolean, t0: number, compileMs: number): Promise<RunResult> {
  const { vm, caps, rt } = sb;
  const t1 = session ? performance.now() : sb.t1;
  const effects0 = caps.effects.length;
  const alloc0 = session ? Number(vm.memAllocated()) : 0;
  rt.elapsed = () => caps.elapsedNs;
  rt.execStart(() => Number(vm.stepsUsed()));
  vm.setLimits(BigInt(Math.floor(limits.maxSteps)), BigInt(Math.floor(limits.maxOutput)), limits.maxDepth);
  vm.setMaxMemory(BigInt(Math.floor(limits.maxMemory)));
  const ptr = vm.alloc(image.length);
  new Uint8Array(vm.memory.buffer, ptr, image.length).set(image);
  const entry = session ? vm.runSession! : vm.run;
  let status: number;
  const vmRun: (p: number, n: number) => number | Promise<number> = sb.useJspi ? (WebAssembly as any).promising(entry) : entry;
  const vmResume: (n: number) => number | Promise<number> = sb.useJspi ? (WebAssembly as any).promising(vm.resume) : vm.resume;
  // the wall-clock budget of a run that stays in this thread (tools, a live fs or a custom fetch
  // cannot move to a worker): it applies while the VM waits for an asynchronous host call
  const deadline = limits.timeoutMs > 0 ? t0 + limits.timeoutMs : Infinity;
  try {
    status = await vmRun(ptr, image.length);
    while (status === STATUS_SUSPENDED) {
      const waiting = sb.suspendedOn!;
      sb.suspendedOn = null;
      const v = await untilDeadline(waiting, deadline);
      if (v === TIMED_OUT) {
        caps.cfg.net.abort.abort();
        const message = `time limit exceeded (${limits.timeoutMs} ms)`;
        const tb = `LimitError: ${message}\n`;
        return finish(false, 3, { type: 'LimitError', message, traceback: tb }, tb);
      }
      status = await vmResume(sb.respond(v));
    }
  } catch (e) {
    // A trap is a VM bug or an engine limit; report it as a Python-level error, never crash the host.
    try { vm.flush(); } catch { /* keep what was written */ }
    if (vm.abortKind() === 1) {
      // the VM stopped on purpose where it could not raise (see vm/rt/mem.ts memAbort)
      const message = `memory limit exceeded (${Math.floor(limits.maxMemory)} bytes)`;
      const tb = `LimitError: ${message}\n`;
      return finish(false, 3, { type: 'LimitError', message, traceback: tb }, tb, true);
    }
    const msg = e instanceof Error ? e.message : String(e);
    if (/out of memory|allocation failed|too large|invalid array length/i.test(msg)) {
      // the engine refused an allocation: the memory budget was not enforced in time
      const message = `memory limit exceeded (engine: ${msg})`;
      const tb = `MemoryError: ${message}\n`;
      return finish(false, 1, { type: 'MemoryError', message, traceback: tb }, tb, true);
    }
    const isStack = e instanceof RangeError || /stack/i.test(msg);
    const type = isStack ? 'RecursionError' : 'SystemError';
    const message = isStack ? 'maximum recursion depth exceeded (engine stack)' : `internal VM error: ${msg}`;
    const tb = `${type}: ${message}\n`;
    return finish(false, 1, { type, message, traceback: tb }, tb, true);
  }
  const decoder = new TextDecoder();
  const reportText = decoder.decode(new Uint8Array(vm.memory.buffer, vm.reportPtr(), vm.reportLen()).slice());
  if (status === STATUS_OK) return finish(true, 0);
  if (status === STATUS_EXIT) {
    const code = vm.exitCode();
    const msg = reportText.startsWith('X ') ? reportText.slice(2) : '';
    const r = finish(code === 0, code, undefined, msg);
    Object.defineProperty(r, 'systemExit', { value: true, enumerable: false });
    return r;
  }
  const error = errorFromReport(reportText, sb.sources);
  return finish(false, status === STATUS_LIMIT ? 3 : 1, error, error.traceback);

  function finish(ok: boolean, exitCode: number, error?: PyError, extraErr = '', trapped = false): RunResult {
    const stdout = decoder2(sb.out);
    const stderr = decoder2(sb.err) + extraErr;
    const steps = Number(vm.stepsUsed());
    const outputBytes = Number(vm.outputUsed());
    const allocatedBytes = Number(vm.memAllocated()) - alloc0;
    const peakMemory = Number(vm.memPeak());
    const now = performance.now();
    const effects = session ? caps.effects.slice(effects0) : caps.effects;
    const r: RunResult = { ok, stdout, stderr, error, exitCode, effects, spans: [],
      footprint: { steps, outputBytes, allocatedBytes, peakMemory, compileMs, runMs: now - t1, wallMs: now - t0, effects: { ...rt.recorder.effectCounts }, spans: 0 } };
    if (trapped) Object.defineProperty(r, 'trapped', { value: true, enumerable: false });
    // what the host appended to stderr (traceback, sys.exit's message): sessions stream it
    Object.defineProperty(r, 'hostStderr', { value: extraErr, enumerable: false });
    const ov = caps.cfg.fs;
    if (ov) { r.files = ov.files(); r.diff = ov.diff(); Object.defineProperty(r, 'overlay', { value: ov, enumerable: false }); }
    caps.finishReplay();
    if (caps.replayError) {
      // not the recorded run: say so whatever the program did
      const message = caps.replayError, tb = `${stderr && !stderr.endsWith('\n') ? '\n' : ''}ReplayError: ${message}\n`;
      r.ok = false; r.exitCode = 1; r.error = { type: 'ReplayError', message, traceback: tb }; r.stderr += tb;
    }
    const so = caps.cfg.store;
    if (so) { r.storeDiff = so.diff(); Object.defineProperty(r, 'storeOverlay', { value: so, enumerable: false }); }
    r.spans = rt.finish(r, sb.otel);
    r.footprint.spans = r.spans.length;
    return r;
  }
}

const TIMED_OUT = Symbol('timed out');
function untilDeadline<T>(p: Promise<T>, deadline: number): Promise<T | typeof TIMED_OUT> {
  if (deadline === Infinity) return p;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<typeof TIMED_OUT>((res) => { timer = setTimeout(() => res(TIMED_OUT), Math.max(0, deadline - performance.now())); });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

// ---- modules ------------------------------------------------------------------------------------
// Frozen standard-library modules are Python sources bundled into the host (stdlib/*.py, injected
// at build time) and compiled on first import, once per process.
declare const __PYEX_STDLIB__: Record<string, string> | undefined;
const STDLIB: Record<string, string> = typeof __PYEX_STDLIB__ !== 'undefined' ? __PYEX_STDLIB__ : {};
interface FoundModule { kind: 0 | 1 | 2; image?: Uint8Array; error?: string; filename: string; source?: string }
const moduleCache = new Map<string, FoundModule>();

/** A module from the sandbox filesystem (/name.py or /name/__init__.py; the program's directory is /), like sys.path[0]. */
function findSandboxModule(name: string, caps: Capabilities): FoundModule | null {
  const fs = caps.cfg.fs;
  if (!fs) return null;
  const path = '/' + name.replace(/\./g, '/');
  let kind: 0 | 1 = 0;
  let file = `${path}.py`;
  let node = fs.get(file);
  if (node?.kind !== 'file') { file = `${path}/__init__.py`; node = fs.get(file); kind = 1; }
  if (node?.kind !== 'file') return null;
  caps.effects.push({ op: 'fs.import', args: { path: file, module: name } });
  const source = new TextDecoder().decode(node.data);
  try {
    return { kind, image: compileSource(source, file), filename: file, source };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { kind: 2, error: `${e.msg} (${file}, line ${e.lineno})`, filename: file };
  }
}

function findModule(name: string): FoundModule | null {
  const hit = moduleCache.get(name);
  if (hit) return hit;
  const path = name.replace(/\./g, '/');
  let kind: 0 | 1 = 0;
  let source = STDLIB[`${path}.py`];
  if (source === undefined) { source = STDLIB[`${path}/__init__.py`]; kind = 1; }
  if (source === undefined) return null;
  const filename = `<frozen ${name}>`;
  let found: FoundModule;
  try {
    found = { kind, image: compileSource(source, filename), filename, source };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    found = { kind: 2, error: `${e.msg} (${filename}, line ${e.lineno})`, filename };
  }
  moduleCache.set(name, found);
  return found;
}

function decoder2(chunks: Uint8Array[]): string {
  if (chunks.length === 0) return '';
  let n = 0;
  for (const c of chunks) n += c.length;
  const all = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) { all.set(c, o); o += c.length; }
  return new TextDecoder().decode(all);
}
export { Session, type SessionOptions, type SessionRunOptions, type SessionResult, type InputStatus } from './session';
