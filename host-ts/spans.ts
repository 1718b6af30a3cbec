// Spans: every run's OpenTelemetry-model trace (runtime spans, effect spans, guest spans).
//
// A `SpanRecorder` is created per run. The runtime opens the run, compile and execution spans;
// capability code adds one span per effect:
//
//   const s = recorder.startEffect('file.read', { kind: 'INTERNAL', attributes: { 'file.path': p } });
//   try { …; s.setAttribute('file.size', n); } catch (e) { s.recordException(e); throw e; } finally { s.end(); }
//   // or: recorder.effect('tool.call', { attributes: { 'tool.name': name } }, (s) => doIt())
//
// Effect spans become children of the innermost guest span that is current (`with
// tracer.start_as_current_span(...)` in Python), else of the execution span. Guest spans arrive as
// JSON records on the VM's telemetry stream (fd 3, see vm/builtins/otel.ts and
// stdlib/opentelemetry/trace) and can only name guest spans: the guest cannot alter runtime spans.
//
// Determinism: with a seed, ids come from a SplitMix64 stream seeded with it and times from a
// virtual clock (the `clock` function: by default the host's virtual clock, see index.ts: a fixed
// epoch plus 1 ns per VM step); without a seed, ids are random and times follow the wall clock.
import { trace, context as otelContext, SpanKind as OtelSpanKind, SpanStatusCode, type Context, type Tracer, type Span as OtelSpan, type Attributes } from '@opentelemetry/api';

export type SpanKindName = 'INTERNAL' | 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';
export type AttrValue = string | number | boolean | (string | null)[] | (number | null)[] | (boolean | null)[];
export type SpanAttributes = Record<string, AttrValue>;

export interface SpanEventData { name: string; timeUnixNano: string; attributes: SpanAttributes }
export interface SpanStatusData { code: 'UNSET' | 'OK' | 'ERROR'; message?: string }
/** One span in OpenTelemetry's data model (times are ns since the Unix epoch, as decimal strings). */
export interface SpanData {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: SpanKindName;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: SpanAttributes;
  events: SpanEventData[];
  status: SpanStatusData;
  scope: { name: string; version?: string };
}

export const SCOPE = 'pyex';
export const MAX_GUEST_SPANS = 1000;
export const MAX_ATTRIBUTES = 128;
export const MAX_EVENTS = 128;
/** Bytes of guest telemetry records accepted per run (beyond it guest records are ignored). */
export const MAX_TELEMETRY_BYTES = 4 << 20;
/** The virtual epoch: 2024-01-01T00:00:00Z in ns. */
export const VIRTUAL_EPOCH_NS = 1_704_067_200_000_000_000n;

const KINDS: SpanKindName[] = ['INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];

// ---- ids ------------------------------------------------------------------------------------------
const M64 = (1n << 64n) - 1n;
class IdSource {
  private state: bigint | null;
  constructor(seed?: number | bigint) {
    this.state = seed === undefined ? null : (BigInt.asUintN(64, BigInt(seed)) ^ 0x7079_6578_7370_616en) & M64;
  }
  private next64(): bigint {
    if (this.state === null) {
      const b = new BigUint64Array(1);
      globalThis.crypto.getRandomValues(b);
      return b[0] || 1n;
    }
    // SplitMix64
    this.state = (this.state + 0x9e3779b97f4a7c15n) & M64;
    let z = this.state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
    z = z ^ (z >> 31n);
    return z || 1n;
  }
  spanId(): string { return this.next64().toString(16).padStart(16, '0'); }
  traceId(): string { return this.spanId() + this.spanId(); }
}

// ---- spans ----------------------------------------------------------------------------------------
interface MutableSpan {
  data: SpanData;
  ended: boolean;
  guest: boolean;
  /** attribute insertion order, for the count limit (oldest evicted, as the SDK does) */
}

/** A handle on a span the host opened (runtime or effect span). */
export interface SpanHandle {
  readonly spanId: string;
  setAttribute(key: string, value: AttrValue | undefined | null): this;
  setAttributes(attrs: Record<string, AttrValue | undefined | null>): this;
  addEvent(name: string, attrs?: Record<string, AttrValue | undefined | null>): this;
  setStatus(code: 'OK' | 'ERROR' | 'UNSET', message?: string): this;
  /** Adds an `exception` event (type, message) and sets status ERROR. */
  recordException(e: unknown): this;
  end(): void;
}

export interface StartOptions {
  kind?: SpanKindName;
  /** start time (ns since the epoch); default now */
  startNs?: bigint;
  attributes?: Record<string, AttrValue | undefined | null>;
  parent?: SpanHandle | string;
}

function cleanAttr(v: unknown): AttrValue | undefined {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.filter((x) => x === null || ['string', 'number', 'boolean'].includes(typeof x)) as AttrValue;
  return undefined;
}

export class SpanRecorder {
  readonly traceId: string;
  private ids: IdSource;
  private clock: () => bigint;
  private list: MutableSpan[] = [];
  private byId = new Map<string, MutableSpan>();
  /** guest-local span number → span */
  private guest = new Map<number, MutableSpan>();
  private guestCurrent: MutableSpan[] = [];
  private guestCount = 0;
  private telemetryBytes = 0;
  private warnings = 0;
  private lastNs = 0n;
  /** Spans (runtime) that guest spans without a parent hang under: the execution span. */
  guestRoot: SpanHandle | null = null;
  /** Counts per effect span name (footprint.effects). */
  readonly effectCounts: Record<string, number> = {};
  readonly deterministic: boolean;

  constructor(opts: { seed?: number | bigint; clock?: () => bigint } = {}) {
    this.ids = new IdSource(opts.seed);
    this.deterministic = opts.seed !== undefined;
    this.traceId = this.ids.traceId();
    if (opts.clock) this.clock = opts.clock;
    else if (this.deterministic) this.clock = () => VIRTUAL_EPOCH_NS;
    else {
      const base = BigInt(Date.now()) * 1_000_000n, p0 = performance.now();
      this.clock = () => base + BigInt(Math.round((performance.now() - p0) * 1e6));
    }
  }

  /** Replace the time source (ns since the epoch). Times never go backwards. */
  setClock(clock: () => bigint): void { this.clock = clock; }

  now(): bigint {
    let t = this.clock();
    if (t < this.lastNs) t = this.lastNs;
    this.lastNs = t;
    return t;
  }

  /** Open a span (runtime spans: scope `pyex`). */
  start(name: string, opts: StartOptions = {}): SpanHandle {
    const parentId = typeof opts.parent === 'string' ? opts.parent : opts.parent?.spanId;
    const s = this.open(name, opts.kind ?? 'INTERNAL', parentId, { name: SCOPE }, false, opts.startNs ?? this.now());
    const h = this.handle(s);
    if (opts.attributes) h.setAttributes(opts.attributes);
    return h;
  }

  /** Open an effect span under the current guest span (or the execution span). */
  startEffect(name: string, opts: Omit<StartOptions, 'parent'> = {}): SpanHandle {
    this.effectCounts[name] = (this.effectCounts[name] ?? 0) + 1;
    const cur = this.guestCurrent[this.guestCurrent.length - 1];
    return this.start(name, { ...opts, parent: cur ? cur.data.spanId : this.guestRoot ?? undefined });
  }

  /** Run fn inside an effect span; a thrown error sets status ERROR with an exception event. */
  effect<T>(name: string, opts: Omit<StartOptions, 'parent'>, fn: (span: SpanHandle) => T): T {
    const s = this.startEffect(name, opts);
    let r: T;
    try {
      r = fn(s);
    } catch (e) {
      s.recordException(e); s.end();
      throw e;
    }
    if (r instanceof Promise) {
      return r.then((v) => { s.end(); return v; }, (e) => { s.recordException(e); s.end(); throw e; }) as T;
    }
    s.end();
    return r;
  }

  private open(name: string, kind: SpanKindName, parentId: string | undefined, scope: SpanData['scope'], guest: boolean, t: bigint): MutableSpan {
    const data: SpanData = {
      traceId: this.traceId, spanId: this.ids.spanId(), ...(parentId ? { parentSpanId: parentId } : {}),
      name, kind, startTimeUnixNano: t.toString(), endTimeUnixNano: t.toString(),
      attributes: {}, events: [], status: { code: 'UNSET' }, scope,
    };
    const s: MutableSpan = { data, ended: false, guest };
    this.list.push(s);
    this.byId.set(data.spanId, s);
    return s;
  }

  private setAttr(s: MutableSpan, k: string, v: unknown): void {
    const c = cleanAttr(v);
    if (c === undefined || typeof k !== 'string' || !k) return;
    const a = s.data.attributes;
    if (!(k in a)) {
      const keys = Object.keys(a);
      if (keys.length >= MAX_ATTRIBUTES) delete a[keys[0]];
    }
    a[k] = c;
  }

  private addEvent(s: MutableSpan, name: string, attrs: Record<string, unknown> | undefined, t: bigint): void {
    if (s.data.events.length >= MAX_EVENTS) s.data.events.shift();
    const ev: SpanEventData = { name, timeUnixNano: t.toString(), attributes: {} };
    if (attrs) for (const [k, v] of Object.entries(attrs)) { const c = cleanAttr(v); if (c !== undefined) ev.attributes[k] = c; }
    s.data.events.push(ev);
  }

  private endSpan(s: MutableSpan, t: bigint): void {
    if (s.ended) return;
    s.ended = true;
    s.data.endTimeUnixNano = t.toString();
  }

  private handle(s: MutableSpan): SpanHandle {
    const rec = this;
    const h: SpanHandle = {
      spanId: s.data.spanId,
      setAttribute(k, v) { if (!s.ended && v !== undefined && v !== null) rec.setAttr(s, k, v); return h; },
      setAttributes(attrs) { for (const [k, v] of Object.entries(attrs)) h.setAttribute(k, v); return h; },
      addEvent(name, attrs) { if (!s.ended) rec.addEvent(s, name, attrs, rec.now()); return h; },
      setStatus(code, message) {
        if (s.ended || s.data.status.code === 'OK' || code === 'UNSET') return h;
        s.data.status = code === 'ERROR' && message ? { code, message } : { code };
        return h;
      },
      recordException(e) {
        const type = e instanceof Error ? (e.name || 'Error') : typeof e;
        const message = e instanceof Error ? e.message : String(e);
        h.addEvent('exception', { 'exception.type': type, 'exception.message': message });
        h.setStatus('ERROR', `${type}: ${message}`);
        return h;
      },
      end() { rec.endSpan(s, rec.now()); },
    };
    return h;
  }

  // ---- guest records (stdlib/opentelemetry/trace) ----------------------------------------------
  /**
   * One JSON record from the guest's telemetry stream. Malformed records are ignored. Returns the
   * text of a warning record (`W`: the SDK's warnings, for stderr; at most 100 per run).
   */
  guestRecord(bytes: Uint8Array): string | undefined {
    this.telemetryBytes += bytes.length;
    if (this.telemetryBytes > MAX_TELEMETRY_BYTES) return;
    let r: unknown[];
    try {
      r = JSON.parse(new TextDecoder().decode(bytes));
    } catch { return; }
    if (!Array.isArray(r) || typeof r[1] !== 'number') return;
    const op = r[0];
    if (op === 'W') return this.warnings++ < 100 && typeof r[2] === 'string' ? r[2].slice(0, 1000) + '\n' : undefined;
    if (op === 'S') {
      if (this.guestCount >= MAX_GUEST_SPANS || this.guest.has(r[1])) return;
      this.guestCount++;
      const parent = typeof r[2] === 'number' && r[2] ? this.guest.get(r[2]) : undefined;
      const kind = KINDS[typeof r[4] === 'number' ? r[4] : 0] ?? 'INTERNAL';
      const scope: SpanData['scope'] = { name: typeof r[7] === 'string' ? r[7] : '' };
      if (typeof r[8] === 'string') scope.version = r[8];
      const t = this.guestTime(r[6]);
      const s = this.open(String(r[3]), kind, parent ? parent.data.spanId : this.guestRoot?.spanId, scope, true, t);
      this.guest.set(r[1], s);
      this.guestAttrs(s, r[5]);
      return;
    }
    const s = this.guest.get(r[1]);
    if (!s) return;
    switch (op) {
      case 'A': if (!s.ended) this.guestAttrs(s, r[2]); break;
      case 'E': if (!s.ended) this.addEvent(s, String(r[2]), decodeAttrs(r[3]), this.guestTime(r[4])); break;
      case 'N': if (!s.ended) s.data.name = String(r[2]); break;
      case 'T': {
        if (s.ended) break;
        const code = r[2] === 2 ? 'ERROR' : r[2] === 1 ? 'OK' : 'UNSET';
        s.data.status = code === 'ERROR' && typeof r[3] === 'string' ? { code, message: r[3] } : { code };
        break;
      }
      case 'X': this.endSpan(s, this.guestTime(r[2])); break;
      case 'C': this.guestCurrent.push(s); break;
      case 'D': {
        const i = this.guestCurrent.lastIndexOf(s);
        if (i >= 0) this.guestCurrent.splice(i, 1);
        break;
      }
    }
  }

  private guestTime(t: unknown): bigint {
    if (typeof t === 'number' && Number.isSafeInteger(t) && t >= 0) return BigInt(t);
    return this.now();
  }

  private guestAttrs(s: MutableSpan, attrs: unknown): void {
    const d = decodeAttrs(attrs);
    if (d) for (const [k, v] of Object.entries(d)) this.setAttr(s, k, v);
  }

  /** End every open span (the run is over: a budget error or an uncaught exception left them open). */
  endAll(): void {
    const t = this.now();
    for (let i = this.list.length - 1; i >= 0; i--) {
      const s = this.list[i];
      if (!s.ended) {
        if (s.guest) s.data.attributes['pyex.span.unended'] = true;
        this.endSpan(s, t);
      }
    }
  }

  /** The spans in start order. */
  spans(): SpanData[] { return this.list.map((s) => s.data); }
}

function decodeAttrs(a: unknown): Record<string, AttrValue> | undefined {
  if (!a || typeof a !== 'object' || Array.isArray(a)) return undefined;
  const out: Record<string, AttrValue> = {};
  for (const [k, v] of Object.entries(a as Record<string, unknown>)) {
    const d = decodeValue(v);
    if (d !== undefined) out[k] = d as AttrValue;
  }
  return out;
}
function decodeValue(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && '$f' in v) {
    const f = (v as { $f: string }).$f;
    return f === 'inf' ? Infinity : f === '-inf' ? -Infinity : NaN;
  }
  if (Array.isArray(v)) return v.map(decodeValue);
  return v;
}

// ---- export through @opentelemetry/api ----------------------------------------------------------
const OTEL_KIND: Record<SpanKindName, OtelSpanKind> = {
  INTERNAL: OtelSpanKind.INTERNAL, SERVER: OtelSpanKind.SERVER, CLIENT: OtelSpanKind.CLIENT,
  PRODUCER: OtelSpanKind.PRODUCER, CONSUMER: OtelSpanKind.CONSUMER,
};


/**
 * Emit spans through @opentelemetry/api as children of `parent` (the embedder's active context
 * when the run started). Does nothing when no tracer provider is registered (the API's no-op).
 * Returns the number of spans emitted.
 */
export function exportSpans(spans: SpanData[], parent: Context = otelContext.active(), shiftNs = 0n): number {
  const hrTime = (ns: string): [number, number] => {
    const n = BigInt(ns) + shiftNs;
    return [Number(n / 1_000_000_000n), Number(n % 1_000_000_000n)];
  };
  if (spans.length === 0) return 0;
  const tracers = new Map<string, Tracer>();
  const tracerFor = (scope: SpanData['scope']) => {
    const key = `${scope.name}@${scope.version ?? ''}`;
    let t = tracers.get(key);
    if (!t) { t = trace.getTracer(scope.name, scope.version); tracers.set(key, t); }
    return t;
  };
  const made = new Map<string, OtelSpan>();
  let n = 0;
  for (const s of spans) {
    const p = s.parentSpanId ? made.get(s.parentSpanId) : undefined;
    const ctx = p ? trace.setSpan(parent, p) : parent;
    const span = tracerFor(s.scope).startSpan(s.name, {
      kind: OTEL_KIND[s.kind], startTime: hrTime(s.startTimeUnixNano), attributes: s.attributes as Attributes,
    }, ctx);
    if (n === 0 && !span.isRecording()) {
      // no provider registered (the API's no-op tracer) or not sampled: nothing to export
      span.end();
      return 0;
    }
    made.set(s.spanId, span);
    n++;
  }
  for (const s of spans) {
    const span = made.get(s.spanId)!;
    for (const e of s.events) span.addEvent(e.name, e.attributes as Attributes, hrTime(e.timeUnixNano));
    if (s.status.code !== 'UNSET') span.setStatus({ code: s.status.code === 'OK' ? SpanStatusCode.OK : SpanStatusCode.ERROR, message: s.status.message });
  }
  // end children before parents (exporters see a finished tree in a sensible order)
  for (let i = spans.length - 1; i >= 0; i--) made.get(spans[i].spanId)!.end(hrTime(spans[i].endTimeUnixNano));
  return n;
}

// ---- text waterfall -----------------------------------------------------------------------------
/** Render a span tree as a text waterfall (for `pyex run --trace`). */
export function renderWaterfall(spans: SpanData[], width = 40): string {
  if (spans.length === 0) return '(no spans)\n';
  const children = new Map<string | undefined, SpanData[]>();
  const ids = new Set(spans.map((s) => s.spanId));
  for (const s of spans) {
    const p = s.parentSpanId && ids.has(s.parentSpanId) ? s.parentSpanId : undefined;
    if (!children.has(p)) children.set(p, []);
    children.get(p)!.push(s);
  }
  let t0 = BigInt(spans[0].startTimeUnixNano), t1 = t0;
  for (const s of spans) {
    const a = BigInt(s.startTimeUnixNano), b = BigInt(s.endTimeUnixNano);
    if (a < t0) t0 = a;
    if (b > t1) t1 = b;
  }
  const total = t1 - t0 || 1n;
  const rows: [string, string, string][] = [];
  const walk = (s: SpanData, depth: number) => {
    const a = BigInt(s.startTimeUnixNano), b = BigInt(s.endTimeUnixNano);
    const from = Number(((a - t0) * BigInt(width)) / total);
    const to = Math.max(from + 1, Number(((b - t0) * BigInt(width)) / total));
    const bar = ' '.repeat(from) + '█'.repeat(Math.min(width, to) - from) + ' '.repeat(Math.max(0, width - Math.min(width, to)));
    const mark = s.status.code === 'ERROR' ? ' ✗' : '';
    const attrs = Object.entries(s.attributes).slice(0, 3).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    rows.push([`${'  '.repeat(depth)}${s.name}${mark}`, bar, `${fmtDur(b - a)}${attrs ? '  ' + attrs : ''}${s.status.message ? '  ' + s.status.message : ''}`]);
    for (const e of s.events) rows.push([`${'  '.repeat(depth + 1)}· ${e.name}`, ' '.repeat(Math.min(width - 1, Number(((BigInt(e.timeUnixNano) - t0) * BigInt(width)) / total))) + '▏', e.attributes['exception.message'] !== undefined ? String(e.attributes['exception.type']) + ': ' + String(e.attributes['exception.message']) : '']);
    for (const c of children.get(s.spanId) ?? []) walk(c, depth + 1);
  };
  for (const r of children.get(undefined) ?? []) walk(r, 0);
  const w = Math.min(48, Math.max(...rows.map((r) => r[0].length)));
  return rows.map(([n, bar, info]) => `${n.length > w ? n.slice(0, w - 1) + '…' : n.padEnd(w)} │${bar.padEnd(width)}│ ${info}`.trimEnd()).join('\n') + '\n';
}

function fmtDur(ns: bigint): string {
  const n = Number(ns);
  if (n < 1e3) return `${n} ns`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} µs`;
  if (n < 1e9) return `${(n / 1e6).toFixed(2)} ms`;
  return `${(n / 1e9).toFixed(2)} s`;
}

// ---- the spans of one run (used by index.ts) ------------------------------------------------------
/**
 * The runtime spans of one run: `pyex.run` ⊃ `pyex.compile`, `pyex.execute` (⊃ guest and effect
 * spans). Virtual time (ns): epoch (+ the capability clock's elapsed time, when given) + 1 per
 * source byte compiled + 1 per VM step executed. So the same code and seed give the same times.
 */
export class RunTrace {
  readonly recorder: SpanRecorder;
  private run: SpanHandle;
  private compile: SpanHandle | null = null;
  private exec: SpanHandle | null = null;
  private compiledTicks = 0n;
  private steps: () => number = () => 0;
  private parentCtx: Context;
  private wall: boolean;
  /** virtual time the capabilities' clock has advanced (time.sleep) */
  elapsed: () => bigint;
  private wallStartNs = BigInt(Date.now()) * 1_000_000n;

  constructor(opts: { seed?: number | bigint; epochNs?: bigint; elapsedNs?: () => bigint; filename?: string; wall?: boolean;
    /** the embedder's context to export under (default: the active one now) and the wall time of the run's start */
    parent?: Context; wallStartNs?: bigint } = {}) {
    const epoch = opts.epochNs ?? VIRTUAL_EPOCH_NS;
    this.wall = !!opts.wall;
    this.elapsed = opts.elapsedNs ?? (() => 0n);
    this.recorder = new SpanRecorder({
      seed: opts.seed ?? 0,
      clock: opts.wall ? undefined : () => epoch + this.elapsed() + this.compiledTicks + BigInt(this.steps()),
    });
    if (opts.wall) this.recorder.setClock(wallClock());
    this.parentCtx = opts.parent ?? otelContext.active();
    if (opts.wallStartNs !== undefined) this.wallStartNs = opts.wallStartNs;
    this.run = this.recorder.start('pyex.run', { attributes: { 'code.filepath': opts.filename ?? 'main.py' } });
  }
  compileStart(sourceBytes: number): void {
    this.compile = this.recorder.start('pyex.compile', { parent: this.run, attributes: { 'pyex.source.bytes': sourceBytes } });
    this.compiledTicks += BigInt(sourceBytes);
  }
  compileEnd(error?: { type: string; message: string }): void {
    if (!this.compile) return;
    if (error) this.fail(this.compile, error);
    this.compile.end();
  }
  /** The VM is about to run; `steps` reads its step counter (the virtual clock). */
  execStart(steps: () => number): SpanHandle {
    this.steps = steps;
    this.exec = this.recorder.start('pyex.execute', { parent: this.run });
    this.recorder.guestRoot = this.exec;
    return this.exec;
  }
  /** Spans for the capability effects effects[from…] (host-ts/capabilities.ts's log), started at startNs. */
  effects(effects: readonly { op: string; args: Record<string, unknown>; result?: unknown; error?: string }[], from: number, startNs: bigint): void {
    for (let i = from; i < effects.length; i++) {
      const e = effects[i];
      if (e.op === 'tools.list') continue;   // bookkeeping for replay, not an effect on the world
      const { name, kind, attributes } = effectSpan(e);
      const s = this.recorder.startEffect(name, { kind, attributes, startNs });
      if (e.error) {
        const at = e.error.indexOf(': ');
        const type = at > 0 ? e.error.slice(0, at) : 'Error', message = at > 0 ? e.error.slice(at + 2) : e.error;
        s.addEvent('exception', { 'exception.type': type, 'exception.message': message });
        s.setStatus('ERROR', e.error);
      }
      s.end();
    }
  }
  private fail(s: SpanHandle, error: { type: string; message: string }): void {
    s.addEvent('exception', { 'exception.type': error.type, 'exception.message': error.message, 'exception.escaped': 'True' });
    s.setStatus('ERROR', `${error.type}: ${error.message}`);
  }
  /** Close the run: status, footprint attributes, end every span; export; return the JSON spans. */
  finish(r: { ok: boolean; exitCode: number; error?: { type: string; message: string }; footprint: { steps: number; outputBytes: number; allocatedBytes: number; peakMemory: number } }, exportOtel = true): SpanData[] {
    const attrs = {
      'pyex.exit_code': r.exitCode, 'pyex.steps': r.footprint.steps, 'pyex.output.bytes': r.footprint.outputBytes,
      'pyex.memory.allocated': r.footprint.allocatedBytes, 'pyex.memory.peak': r.footprint.peakMemory,
    };
    if (this.exec) {
      if (r.error) this.fail(this.exec, r.error);
      this.exec.setAttributes(attrs);
      this.exec.end();
    }
    if (r.error) this.run.setStatus('ERROR', `${r.error.type}: ${r.error.message}`);
    else this.run.setStatus('OK');
    if (r.error?.type === 'LimitError') this.run.setAttribute('pyex.limit', r.error.message);
    this.run.setAttribute('pyex.exit_code', r.exitCode);
    this.recorder.endAll();
    const spans = this.recorder.spans();
    if (exportOtel) {
      // exported times are moved to the wall clock (the run's real start), so the spans line up
      // under the embedder's parent span; durations and offsets stay the virtual ones
      if (this.wall) { try { exportSpans(spans, this.parentCtx, 0n); } catch { /* an exporter's failure is not the run's */ } }
      else exportRunSpans(spans, this.parentCtx, this.wallStartNs);
    }
    return spans;
  }
}

function wallClock(): () => bigint {
  const base = BigInt(Date.now()) * 1_000_000n, p0 = performance.now();
  return () => base + BigInt(Math.round((performance.now() - p0) * 1e6));
}

/** ns since the epoch of an ISO string, Date or ms number. */
export function epochNsOf(epoch: string | number | Date): bigint {
  const ms = epoch instanceof Date ? epoch.getTime() : typeof epoch === 'number' ? epoch : Date.parse(epoch);
  return Number.isFinite(ms) ? BigInt(Math.round(ms)) * 1_000_000n : VIRTUAL_EPOCH_NS;
}

function prim(v: unknown): AttrValue | undefined {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

/** Span name, kind and semantic-convention attributes of one capability effect. */
export function effectSpan(e: { op: string; args: Record<string, unknown>; result?: unknown; error?: string }): { name: string; kind: SpanKindName; attributes: SpanAttributes } {
  const a: SpanAttributes = {};
  const args = e.args ?? {};
  const res = (e.result && typeof e.result === 'object' ? e.result : {}) as Record<string, unknown>;
  const outcome = e.error ? 'error' : 'ok';
  if (e.op.startsWith('fs.')) {
    a['file.path'] = String(args.path ?? '');
    a['pyex.file.operation'] = e.op.slice(3);
    if (args.mode !== undefined) a['pyex.file.mode'] = String(args.mode);
    const size = prim(args.size) ?? prim(res.size);
    if (typeof size === 'number') a['file.size'] = size;
    if (args.to !== undefined) a['pyex.file.target'] = String(args.to);
    return { name: e.op, kind: 'INTERNAL', attributes: a };
  }
  if (e.op === 'tool' || e.op.startsWith('tool.')) {
    const name = String(args.name ?? '');
    a['gen_ai.operation.name'] = 'execute_tool';
    a['gen_ai.tool.name'] = name;
    try { a['pyex.tool.arguments.bytes'] = JSON.stringify({ a: args.args, k: args.kwargs }, (_k, v) => typeof v === 'bigint' ? String(v) : v)?.length ?? 0; } catch { /* cyclic: leave out */ }
    a['pyex.tool.outcome'] = outcome;
    return { name: `execute_tool ${name}`, kind: 'INTERNAL', attributes: a };
  }
  if (e.op.startsWith('http')) {
    const method = String(args.method ?? 'GET').toUpperCase();
    a['http.request.method'] = method;
    if (args.url !== undefined) a['url.full'] = String(args.url);
    const status = prim(res.status) ?? prim(res.status_code);
    if (typeof status === 'number') a['http.response.status_code'] = status;
    const reqSize = prim(args.size) ?? prim(args.bodySize);
    if (typeof reqSize === 'number') a['http.request.body.size'] = reqSize;
    const respSize = prim(res.size) ?? prim(res.bodySize);
    if (typeof respSize === 'number') a['http.response.body.size'] = respSize;
    return { name: method, kind: 'CLIENT', attributes: a };
  }
  if (e.op.startsWith('kv.') || e.op.startsWith('storage.') || e.op.startsWith('db.')) {
    const op = e.op.slice(e.op.indexOf('.') + 1);
    a['db.system.name'] = 'pyex.kv';
    a['db.operation.name'] = op;
    if (args.key !== undefined) a['pyex.kv.key'] = String(args.key);
    if (args.prefix !== undefined) a['pyex.kv.prefix'] = String(args.prefix);
    const hit = res.hit ?? (res as { found?: unknown }).found;
    if (typeof hit === 'boolean') a['pyex.kv.hit'] = hit;
    return { name: `${op} pyex.kv`, kind: 'CLIENT', attributes: a };
  }
  for (const [k, v] of Object.entries(args)) { const p = prim(v); if (p !== undefined) a[`pyex.effect.${k}`] = p; }
  return { name: e.op, kind: 'INTERNAL', attributes: a };
}

/** Export a run's spans under `parent`, moved so that the run starts at wallStartNs (see RunTrace.finish). */
export function exportRunSpans(spans: SpanData[], parent: Context, wallStartNs: bigint): void {
  if (spans.length === 0) return;
  try { exportSpans(spans, parent, wallStartNs - BigInt(spans[0].startTimeUnixNano)); } catch { /* an exporter's failure is not the run's */ }
}

/**
 * The spans of a run the host stopped from outside (wall-clock limit, dead worker thread), where the
 * VM's own spans are lost: run ⊃ compile, execute, with the error. Virtual time: the execution
 * lasts `elapsedNs` (e.g. the time limit).
 */
export function abortedRunSpans(o: { seed?: number | bigint; epochNs?: bigint; filename?: string; sourceBytes: number; elapsedNs: bigint; parent?: Context; wallStartNs?: bigint; otel?: boolean },
  error: { type: string; message: string }, exitCode: number): SpanData[] {
  const rt = new RunTrace({ seed: o.seed ?? 0, epochNs: o.epochNs, filename: o.filename, parent: o.parent, wallStartNs: o.wallStartNs });
  rt.compileStart(o.sourceBytes);
  rt.compileEnd();
  let running = true;
  rt.execStart(() => 0);
  rt.elapsed = () => (running ? 0n : o.elapsedNs);
  running = false;
  return rt.finish({ ok: false, exitCode, error, footprint: { steps: 0, outputBytes: 0, allocatedBytes: 0, peakMemory: 0 } }, o.otel !== false);
}
