// The host side of `_pyex.call(name, *args)` (vm/builtins/pyex.ts): one dispatcher per run that
// serves the capabilities the embedder passed in — filesystem overlay, environment, argv, the
// virtual clock, the seed, tools — and records every effect in order.
//
// Nothing here evaluates a guest string or hands the guest a JS object: arguments arrive as plain
// data (wire.ts), names are looked up in fixed tables (own properties only), results go back as data.
import { Filesystem, Overlay, FsError, normalize } from './fs';
import { PyDict, PyFloat, PyTuple, toPlain, WireError, encodeResult, encodeError, decode, bytesToBase64 } from './wire';
import { Network, responseValue, badHeader, type NetResponse } from './net';
import { StoreError, type StoreOverlay } from './store';

export type ToolFn = (args: unknown[], kwargs: Record<string, unknown>) => unknown;

/** A host error surfaced to Python as `pyType(message)` (a builtin exception name; RuntimeError otherwise). */
export class ToolError extends Error {
  constructor(message: string, readonly pyType = 'RuntimeError') { super(message); }
}

export interface Effect {
  /** 'fs.read', 'fs.write', …, 'tool' */
  op: string;
  /** inputs (paths, modes, sizes, tool name and arguments) */
  args: Record<string, unknown>;
  /** output (sizes, listings, tool result) when it succeeded */
  result?: unknown;
  /** "ExceptionType: message" when it failed */
  error?: string;
  /** The exact answer Python got (base64 of the wire encoding), on effects a replay serves: tool
   * calls, HTTP requests, store operations, host clock reads. */
  wire?: string;
}

export interface CapabilityConfig {
  fs: Overlay | null;
  env: Record<string, string>;
  argv: string[];
  epochNs: bigint;
  seed: number | bigint;
  tools: Record<string, ToolFn>;
  cwd: string;
  net: Network;
  store: StoreOverlay | null;
  /** A host clock (ms since the Unix epoch, e.g. Date.now): time reads become effects. Default: the virtual clock. */
  hostNow?: (() => number) | null;
  /** Serve tool, network, store and host-clock calls from this log instead of the capabilities. */
  replay?: readonly Effect[] | null;
}

export class HostError { constructor(readonly pyType: string, readonly args: unknown[]) {} }

const NO_STORE = 'no key/value store capability (the host must pass store to run())';
const NO_FS = 'Operation not permitted: no filesystem capability (the host must pass `files` or `fs` to run(), or --file/--fs to the CLI)';

export class Capabilities {
  readonly effects: Effect[] = [];
  /** virtual nanoseconds since the epoch, advanced only by time.sleep */
  elapsedNs = 0n;
  pending = 0;
  /** Why a replay went wrong (the run's result reports it as a ReplayError), or null. */
  replayError: string | null = null;
  private replayLog: Effect[] = [];
  private replayPos = 0;
  private hostMono0: number | null = null;

  constructor(readonly cfg: CapabilityConfig) {
    if (cfg.replay) this.replayLog = cfg.replay.filter((e) => e && typeof e.wire === 'string');
  }

  get replaying(): boolean { return !!this.cfg.replay; }
  get nowNs(): bigint { return this.cfg.epochNs + this.elapsedNs; }

  /** Record the exact answer on a replayable effect (last, so live and replayed effects print alike). */
  private seal(effect: Effect, v: unknown): unknown {
    try {
      effect.wire = bytesToBase64(v instanceof HostError ? encodeError(v.pyType, v.args) : encodeResult(v));
    } catch { /* a value that cannot cross fails in respond() too */ }
    return v;
  }

  /** Replay: the recorded answer of the next replayable effect, which must be this one. */
  private replayed(effect: Effect): unknown {
    const rec = this.replayLog[this.replayPos];
    const want = JSON.stringify([effect.op, effect.args]);
    if (!rec || JSON.stringify([rec.op, rec.args]) !== want) {
      const msg = `replay diverged at replayed effect #${this.replayPos + 1}: the program made ${want}` +
        (rec ? ` but the log has ${JSON.stringify([rec.op, rec.args])}` : ' but the log has no more effects');
      if (!this.replayError) this.replayError = msg;
      effect.error = `RuntimeError: ${msg}`;
      return new HostError('RuntimeError', [msg]);
    }
    this.replayPos++;
    if ('result' in rec) effect.result = rec.result;
    if ('error' in rec) effect.error = rec.error;
    effect.wire = rec.wire;
    const bytes = Uint8Array.from(atob(rec.wire!), (c) => c.charCodeAt(0));
    const v = decode(bytes.subarray(1));
    if (bytes[0] === 0) return v;
    const [pyType, args] = v as [string, unknown[]];
    return new HostError(String(pyType), Array.from(args ?? []));
  }

  /** After the run: effects of the log the program did not make. */
  finishReplay(): void {
    if (this.replaying && !this.replayError && this.replayPos < this.replayLog.length) {
      const rec = this.replayLog[this.replayPos];
      this.replayError = `replay diverged: the program ended before replayed effect #${this.replayPos + 1} ${JSON.stringify([rec.op, rec.args])}`;
    }
  }

  /** time.ns / time.mono from the host clock: an effect each (replayed like the others). */
  private hostClock(op: 'clock.now' | 'clock.mono'): unknown {
    const effect: Effect = { op, args: {} };
    this.effects.push(effect);
    if (this.replaying) return this.replayed(effect);
    const ms = this.cfg.hostNow!();
    if (this.hostMono0 === null && op === 'clock.mono') this.hostMono0 = ms;   // monotonic time counts from its first read
    const ns = op === 'clock.now' ? BigInt(Math.round(ms * 1e6)) + this.elapsedNs : BigInt(Math.round((ms - this.hostMono0!) * 1e6)) + this.elapsedNs;
    effect.result = ns.toString();
    return this.seal(effect, ns);
  }

  /** Serve one call; returns the result value, a HostError, or a Promise of either (async tools). */
  dispatch(name: string, args: unknown[]): unknown {
    if (name.startsWith('fs.')) return this.fsOp(name.slice(3), args);
    if (name.startsWith('kv.')) return this.kvOp(name.slice(3), args);
    switch (name) {
      case 'seed': return typeof this.cfg.seed === 'bigint' ? this.cfg.seed : this.cfg.seed;
      case 'env': return new PyDict(Object.entries(this.cfg.env));
      case 'argv': return [...this.cfg.argv];
      case 'cwd': return this.cfg.cwd;
      case 'time.ns': return this.cfg.hostNow || this.replaying && this.replayLog.some((e) => e.op === 'clock.now') ? this.hostClock('clock.now') : this.nowNs;
      case 'time.mono': return this.cfg.hostNow || this.replaying && this.replayLog.some((e) => e.op === 'clock.mono') ? this.hostClock('clock.mono') : this.elapsedNs;
      case 'time.sleep': {
        const s = args[0];
        const secs = s instanceof PyFloat ? s.value : typeof s === 'bigint' ? Number(s) : Number(s);
        if (!(secs >= 0)) return new HostError('ValueError', ['sleep length must be non-negative']);
        this.elapsedNs += BigInt(Math.round(secs * 1e9));
        return null;
      }
      case 'net.request': return this.netRequest(args);
      case 'tools.list': {
        // an effect (without a span) so that a replay, which has no tools, offers the same names
        const effect: Effect = { op: 'tools.list', args: {} };
        this.effects.push(effect);
        if (this.replaying) return this.replayed(effect);
        const names = Object.keys(this.cfg.tools).filter((k) => typeof this.cfg.tools[k] === 'function').sort();
        effect.result = names;
        return this.seal(effect, names);
      }
      case 'tool': return this.tool(args);
      case 'tool.batch': {
        // asyncio: several tool calls at once; async ones run concurrently. Each outcome is
        // (True, value) or (False, (exception name, args)).
        const calls = Array.isArray(args[0]) ? args[0] : [];
        const outcome = (r: unknown) => {
          const t = new PyTuple();
          if (r instanceof HostError) t.push(false, PyTuple.from([r.pyType, PyTuple.from(r.args)]));
          else t.push(true, r);
          return t;
        };
        const results = calls.map((c) => this.tool(Array.isArray(c) ? c : []));
        if (!results.some((r) => r instanceof Promise)) return results.map(outcome);
        return Promise.all(results).then((rs) => rs.map(outcome));
      }
    }
    return new HostError('RuntimeError', [`unknown host call '${name}'`]);
  }

  private tool(args: unknown[]): unknown {
    const [name, pos, kw] = args as [string, unknown[], Map<unknown, unknown>];
    const tools = this.cfg.tools;
    if (typeof name !== 'string' || (!this.replaying && (!Object.prototype.hasOwnProperty.call(tools, name) || typeof tools[name] !== 'function'))) {
      return new HostError('NameError', [`no tool named '${String(name)}' (the host passes tools to run())`]);
    }
    const jsArgs = (pos ?? []).map(toJs);
    const jsKw: Record<string, unknown> = Object.create(null);
    if (kw instanceof Map) for (const [k, v] of kw) jsKw[String(k)] = toJs(v);
    const effect: Effect = { op: 'tool', args: { name, args: (pos ?? []).map(toPlain), kwargs: toPlain(kw ?? new PyDict()) } };
    this.effects.push(effect);
    if (this.replaying) return this.replayed(effect);
    const done = (v: unknown) => {
      effect.result = toPlain(v);
      return this.seal(effect, v === undefined ? null : v);
    };
    const failed = (e: unknown) => {
      const pyType = e instanceof ToolError ? e.pyType : 'RuntimeError';
      const msg = e instanceof Error ? e.message : String(e);
      effect.error = `${pyType}: ${msg}`;
      return this.seal(effect, new HostError(pyType, [msg]));
    };
    let r: unknown;
    try { r = tools[name](jsArgs, jsKw); } catch (e) { return failed(e); }
    if (r && typeof (r as Promise<unknown>).then === 'function') {
      this.pending++;
      return Promise.resolve(r).then(done, failed).finally(() => { this.pending--; });
    }
    return done(r);
  }

  /** net.request(method, url, [(name, value)], body bytes | None, timeout seconds | None) */
  private netRequest(args: unknown[]): unknown {
    const [m, url, hdrs, body, timeout] = args;
    const method = String(m).toUpperCase();
    const headers: [string, string][] = Array.isArray(hdrs) ? hdrs.map((h) => [String((h as unknown[])[0]), String((h as unknown[])[1])] as [string, string]) : [];
    const data = body instanceof Uint8Array ? body : null;
    const shown: Record<string, string> = {};
    for (const [k, v] of headers) shown[k] = v;   // the guest's headers only: host-injected ones stay out of the log
    const effect: Effect = { op: 'http.request', args: { method, url: String(url), headers: shown, size: data ? data.length : 0 } };
    this.effects.push(effect);
    if (this.replaying) return this.replayed(effect);
    const failed = (e: HostError) => { effect.error = `${e.pyType}: ${String(e.args[0])}`; return this.seal(effect, e); };
    const denied = badHeader(headers) ?? this.cfg.net.precheck(method, String(url));
    if (denied) return failed(denied);
    const secs = timeout instanceof PyFloat ? timeout.value : typeof timeout === 'number' ? timeout : typeof timeout === 'bigint' ? Number(timeout) : null;
    this.pending++;
    return this.cfg.net.request(method, String(url), headers, data, secs).then((r) => {
      if (r instanceof HostError) return failed(r);
      const res = r as NetResponse;
      effect.result = { status: res.status, url: res.url, size: res.body.length };
      return this.seal(effect, responseValue(res));
    }).finally(() => { this.pending--; });
  }

  /** kv.get(key) → JSON text | None; kv.set(key, text); kv.delete(key) → bool; kv.keys(prefix); kv.scan(prefix) → [(key, text)] */
  private kvOp(op: string, args: unknown[]): unknown {
    const key = String(args[0] ?? '');
    const effect: Effect = { op: `kv.${op}`, args: op === 'keys' || op === 'scan' ? { prefix: key } : { key } };
    if (op === 'set') effect.args.size = String(args[1]).length;
    this.effects.push(effect);
    if (this.replaying) return this.replayed(effect);
    const st = this.cfg.store;
    if (!st) { effect.error = `PermissionError: ${NO_STORE}`; return this.seal(effect, new HostError('PermissionError', [NO_STORE])); }
    try {
      switch (op) {
        case 'get': { const t = st.getText(key); effect.result = { hit: t !== undefined }; return this.seal(effect, t ?? null); }
        case 'set': { st.setText(key, String(args[1])); return this.seal(effect, null); }
        case 'delete': { const had = st.delete(key); effect.result = { deleted: had }; return this.seal(effect, had); }
        case 'keys': { const ks = st.keys(key); effect.result = { count: ks.length }; return this.seal(effect, ks); }
        case 'scan': {
          const ks = st.keys(key);
          effect.result = { count: ks.length };
          return this.seal(effect, ks.map((k) => PyTuple.from([k, st.getText(k)!])));
        }
      }
      return new HostError('RuntimeError', [`unknown store operation '${op}'`]);
    } catch (e) {
      if (e instanceof StoreError) { effect.error = `${e.pyType}: ${e.message}`; return this.seal(effect, new HostError(e.pyType, [e.message])); }
      throw e;
    }
  }

  private fsOp(op: string, args: unknown[]): unknown {
    const fs = this.cfg.fs;
    const shown = args[args.length - 1];
    const p = typeof args[0] === 'string' ? normalize(args[0]) : '/';
    const quiet = op === 'kind';
    const effect: Effect = { op: `fs.${op}`, args: { path: p } };
    // consecutive appends to one file (a write loop) are one effect with the total size
    const last = this.effects[this.effects.length - 1];
    const coalesce = op === 'write' && args[2] === 'a' && last && last.op === 'fs.write' && last.args.path === p && last.args.mode === 'a' && !last.error;
    if (!quiet && !coalesce) this.effects.push(effect);
    if (!fs) {
      if (quiet) return null;
      effect.error = `PermissionError: ${NO_FS}`;
      return new HostError('PermissionError', [1, NO_FS, shown]);
    }
    try {
      switch (op) {
        case 'kind': { try { return fs.lookup(p).kind; } catch { return null; } }
        case 'stat': {
          const n = fs.lookup(p);
          const size = n.kind === 'file' ? n.data.length : 4096;
          const r = new PyTuple(); r.push(n.kind, size, n.mtimeNs || this.cfg.epochNs);
          effect.result = { kind: n.kind, size };
          return r;
        }
        case 'read': {
          const data = fs.read(p);
          effect.result = { size: data.length };
          return data;
        }
        case 'write': {
          const data = args[1] instanceof Uint8Array ? args[1] : new Uint8Array(0);
          const mode = String(args[2]);
          fs.write(p, data, mode, this.nowNs);
          if (coalesce) { last.args.size = (last.args.size as number) + data.length; last.args.writes = ((last.args.writes as number) ?? 1) + 1; }
          else { effect.args.mode = mode; effect.args.size = data.length; }
          return null;
        }
        case 'listdir': {
          const n = fs.lookup(p);
          if (n.kind !== 'dir') throw new FsError(20, 'Not a directory');
          const names = fs.children(p);
          effect.result = names;
          return names;
        }
        case 'mkdir': fs.mkdir(p, this.nowNs); return null;
        case 'rmdir': fs.rmdir(p); return null;
        case 'remove': fs.remove(p); return null;
        case 'rename': {
          const dst = normalize(String(args[1]));
          effect.args.dst = dst;
          fs.rename(p, dst, this.nowNs);
          return null;
        }
      }
      return new HostError('RuntimeError', [`unknown filesystem operation '${op}'`]);
    } catch (e) {
      if (e instanceof FsError) {
        effect.error = `${e.errno === 30 ? 'PermissionError' : 'OSError'}: [Errno ${e.errno}] ${e.strerror}`;
        // EROFS is PermissionError here (CPython raises plain OSError for it): a read-only mount is a denied capability
        const cls = e.errno === 30 ? 'PermissionError' : 'OSError';
        if (op === 'rename') return new HostError(cls, [e.errno, e.strerror, args[2], null, args[3]]);   // 'a' -> 'b'
        return new HostError(cls, [e.errno, e.strerror, shown]);
      }
      throw e;
    }
  }
}

/** Python data → what a tool function sees: arrays, plain objects, numbers/bigints, strings, Uint8Array. */
export function toJs(v: unknown): unknown {
  if (v instanceof PyFloat) return v.value;
  if (Array.isArray(v)) return Array.from(v, toJs);
  if (v instanceof Map) {
    let allStr = true;
    for (const k of v.keys()) if (typeof k !== 'string') { allStr = false; break; }
    if (!allStr) return new Map([...v].map(([k, x]) => [toJs(k), toJs(x)]));
    const o: Record<string, unknown> = {};
    for (const [k, x] of v) Object.defineProperty(o, k as string, { value: toJs(x), enumerable: true, writable: true, configurable: true });
    return o;
  }
  return v;
}

export { WireError, Filesystem };
