// Observability: spans of every run (runtime, effect and guest spans), determinism under a seed,
// export through @opentelemetry/api into an SDK's in-memory exporter, the waterfall renderer.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { trace, context, ROOT_CONTEXT, type Context, type ContextManager } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
// @ts-ignore: the built bundle (npm test builds it first)
import { run, renderWaterfall } from '../dist/pyex.js';

type Span = {
  traceId: string; spanId: string; parentSpanId?: string; name: string; kind: string;
  startTimeUnixNano: string; endTimeUnixNano: string; attributes: Record<string, unknown>;
  events: { name: string; timeUnixNano: string; attributes: Record<string, unknown> }[];
  status: { code: string; message?: string }; scope: { name: string; version?: string };
};

const byName = (spans: Span[], name: string) => {
  const s = spans.find((x) => x.name === name);
  if (!s) throw new Error(`no span ${name} in ${spans.map((x) => x.name).join(', ')}`);
  return s;
};

const NESTED = `
from opentelemetry import trace
from opentelemetry.trace import Status, StatusCode, SpanKind
tracer = trace.get_tracer(__name__)

with tracer.start_as_current_span("load", kind=SpanKind.CLIENT, attributes={"rows": 3, "tags": ["a", "b"]}) as span:
    span.set_attribute("source", "memory")
    span.add_event("parsed", attributes={"ok": True})
    with tracer.start_as_current_span("validate") as inner:
        inner.set_attributes({"checked": 3, "ratio": 0.5})
        assert trace.get_current_span() is inner
    assert trace.get_current_span() is span
    print("recording", span.is_recording())
print("after", span.is_recording(), trace.get_current_span().is_recording())

@tracer.start_as_current_span("square")
def square(x):
    return x * x
print(square(7))

s = tracer.start_span("manual")
s.set_status(Status(StatusCode.ERROR, "bad input"))
s.end()

try:
    with tracer.start_as_current_span("explode"):
        raise KeyError("missing")
except KeyError:
    pass

with tracer.start_as_current_span("caught") as c:
    try:
        1 / 0
    except ZeroDivisionError as e:
        c.record_exception(e)
print("done")
`;

describe('runtime spans', () => {
  it('a successful run has run, compile and execute spans in one trace', async () => {
    const r = await run('print(sum(range(10)))', { otel: false });
    expect(r.ok).toBe(true);
    const spans = r.spans as Span[];
    const [runS, comp, exec] = ['pyex.run', 'pyex.compile', 'pyex.execute'].map((n) => byName(spans, n));
    expect(runS.parentSpanId).toBeUndefined();
    expect(comp.parentSpanId).toBe(runS.spanId);
    expect(exec.parentSpanId).toBe(runS.spanId);
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    expect(runS.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(runS.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(runS.scope.name).toBe('pyex');
    expect(runS.status.code).toBe('OK');
    expect(exec.attributes['pyex.steps']).toBe(r.footprint.steps);
    // virtual time: execution lasts one ns per step
    expect(BigInt(exec.endTimeUnixNano) - BigInt(exec.startTimeUnixNano)).toBe(BigInt(r.footprint.steps));
    expect(BigInt(runS.startTimeUnixNano)).toBe(1_704_067_200_000_000_000n);
    expect(r.footprint.spans).toBe(3);
  });

  it('a failed run still has its spans, with status ERROR and an exception event', async () => {
    const r = await run('def f():\n    raise ValueError("boom")\nf()\n', { otel: false });
    expect(r.ok).toBe(false);
    const exec = byName(r.spans, 'pyex.execute');
    expect(exec.status).toEqual({ code: 'ERROR', message: 'ValueError: boom' });
    expect(exec.events[0].name).toBe('exception');
    expect(exec.events[0].attributes['exception.type']).toBe('ValueError');
    expect(byName(r.spans, 'pyex.run').status.code).toBe('ERROR');
  });

  it('a budget failure keeps the spans, guest spans included (ended by the host)', async () => {
    const src = 'from opentelemetry import trace\nt = trace.get_tracer("x")\nwith t.start_as_current_span("spin"):\n    while True:\n        pass\n';
    const r = await run(src, { limits: { maxSteps: 50_000 }, otel: false });
    expect(r.error.type).toBe('LimitError');
    expect(r.exitCode).toBe(3);
    const spin = byName(r.spans, 'spin');
    expect(spin.attributes['pyex.span.unended']).toBe(true);
    expect(spin.parentSpanId).toBe(byName(r.spans, 'pyex.execute').spanId);
    expect(byName(r.spans, 'pyex.run').attributes['pyex.limit']).toMatch(/step limit/);
    expect(byName(r.spans, 'pyex.execute').status.code).toBe('ERROR');
  });

  it('a run stopped at its wall-clock limit still has spans', async () => {
    const r = await run('while True:\n    pass\n', { limits: { timeoutMs: 300, maxSteps: 1e12 }, otel: false });
    expect(r.error.type).toBe('LimitError');
    expect(r.spans.map((s: Span) => s.name)).toEqual(['pyex.run', 'pyex.compile', 'pyex.execute']);
    expect(byName(r.spans, 'pyex.run').status).toEqual({ code: 'ERROR', message: 'LimitError: time limit exceeded (300 ms)' });
    expect(r.footprint.spans).toBe(3);
  });

  it('a syntax error has a failed compile span and no execute span', async () => {
    const r = await run('x = (1,\n', { otel: false });
    expect(r.error.type).toBe('SyntaxError');
    expect(byName(r.spans, 'pyex.compile').status.code).toBe('ERROR');
    expect(r.spans.find((s: Span) => s.name === 'pyex.execute')).toBeUndefined();
  });
});

describe('guest spans (opentelemetry.trace)', () => {
  it('nested spans, attributes, events, status, decorator and exceptions form the expected tree', async () => {
    const r = await run(NESTED, { otel: false });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('recording True\nafter False False\n49\ndone\n');
    const spans = r.spans as Span[];
    const exec = byName(spans, 'pyex.execute');
    const load = byName(spans, 'load'), validate = byName(spans, 'validate');
    expect(load.parentSpanId).toBe(exec.spanId);
    expect(validate.parentSpanId).toBe(load.spanId);
    expect(load.kind).toBe('CLIENT');
    expect(load.scope).toEqual({ name: '__main__' });
    expect(load.attributes).toEqual({ rows: 3, tags: ['a', 'b'], source: 'memory' });
    expect(load.events.map((e) => [e.name, e.attributes])).toEqual([['parsed', { ok: true }]]);
    expect(validate.attributes).toEqual({ checked: 3, ratio: 0.5 });
    // nesting in time
    expect(BigInt(validate.startTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(load.startTimeUnixNano));
    expect(BigInt(validate.endTimeUnixNano)).toBeLessThanOrEqual(BigInt(load.endTimeUnixNano));
    expect(BigInt(load.endTimeUnixNano)).toBeLessThanOrEqual(BigInt(exec.endTimeUnixNano));
    expect(byName(spans, 'square').parentSpanId).toBe(exec.spanId);
    expect(byName(spans, 'manual').status).toEqual({ code: 'ERROR', message: 'bad input' });
    const explode = byName(spans, 'explode');
    expect(explode.status).toEqual({ code: 'ERROR', message: "KeyError: 'missing'" });
    expect(explode.events[0].name).toBe('exception');
    expect(explode.events[0].attributes).toMatchObject({ 'exception.type': 'KeyError', 'exception.message': "'missing'", 'exception.escaped': 'False' });
    const caught = byName(spans, 'caught');
    expect(caught.status.code).toBe('UNSET');
    expect(caught.events[0].attributes['exception.type']).toBe('ZeroDivisionError');
    expect(spans.filter((s) => s.scope.name === '__main__').every((s) => s.attributes['pyex.span.unended'] === undefined)).toBe(true);
  });

  it('validates attribute values as the OpenTelemetry API does', async () => {
    const src = `
from opentelemetry import trace
t = trace.get_tracer("v")
with t.start_as_current_span("a", attributes={"ok": 1, "bad": {"x": 1}, "mixed": [1, "a"], "none_ok": [1, None, 2], "b": b"hi", "": 3}) as s:
    s.set_attribute("obj", object())
    s.set_attribute("f", float("inf"))
    s.set_attribute("t", (True, False))
    print(sorted(s.attributes))
`;
    const r = await run(src, { otel: false });
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['b', 'f', 'none_ok', 'ok', 't']\n");
    expect(byName(r.spans, 'a').attributes).toEqual({ ok: 1, none_ok: [1, null, 2], b: 'hi', f: Infinity, t: [true, false] });
    expect(r.stderr).toBe(
      "Invalid type dict for attribute 'bad' value. Expected one of ['bool', 'str', 'bytes', 'int', 'float'] or a sequence of those types\n" +
      "Attribute 'mixed' mixes types int and str in attribute value sequence\n" +
      'invalid key ``. must be non-empty string.\n' +
      "Invalid type object for attribute 'obj' value. Expected one of ['bool', 'str', 'bytes', 'int', 'float'] or a sequence of those types\n");
  });

  it('bounds the number of guest spans', async () => {
    const src = 'from opentelemetry import trace\nt = trace.get_tracer("v")\nfor i in range(1100):\n    with t.start_as_current_span("s") as s:\n        pass\nprint(s.is_recording(), type(s).__name__)\n';
    const r = await run(src, { otel: false });
    expect(r.stdout).toBe('False NonRecordingSpan\n');
    expect(r.spans.filter((s: Span) => s.name === 's').length).toBe(1000);
  });

  it('spans are deterministic under a seed and differ between seeds', async () => {
    const a = await run(NESTED, { seed: 42, otel: false });
    const b = await run(NESTED, { seed: 42, otel: false });
    const c = await run(NESTED, { seed: 43, otel: false });
    expect(JSON.stringify(a.spans)).toBe(JSON.stringify(b.spans));
    expect(a.spans[0].traceId).not.toBe(c.spans[0].traceId);
    expect(a.spans.map((s: Span) => s.name)).toEqual(c.spans.map((s: Span) => s.name));
  });

  it('effects get spans under the current guest span', async () => {
    const src = 'from opentelemetry import trace\nt = trace.get_tracer("io")\nwith t.start_as_current_span("read-config"):\n    print(open("/cfg.txt").read())\n';
    const r = await run(src, { files: { '/cfg.txt': 'x=1' }, otel: false });
    expect(r.stdout).toBe('x=1\n');
    const fileSpans = r.spans.filter((s: Span) => s.name.startsWith('fs.'));
    expect(fileSpans.length).toBeGreaterThan(0);
    const read = fileSpans.find((s: Span) => s.name === 'fs.read') ?? fileSpans[0];
    expect(read.attributes['file.path']).toBe('/cfg.txt');
    expect(read.parentSpanId).toBe(byName(r.spans, 'read-config').spanId);
    expect(read.scope.name).toBe('pyex');
    expect(Object.values(r.footprint.effects).reduce((x: number, y) => x + (y as number), 0)).toBe(fileSpans.length);
  });

  it('renders a waterfall', async () => {
    const r = await run(NESTED, { otel: false });
    const text = renderWaterfall(r.spans);
    expect(text).toMatch(/^pyex\.run/);
    expect(text).toContain('    load');
    expect(text).toContain('      validate');
    expect(text).toContain('explode ✗');
  });
});

// A synchronous context manager (a stack) is enough: run() reads the active context synchronously.
class StackContextManager implements ContextManager {
  private stack: Context[] = [];
  active(): Context { return this.stack[this.stack.length - 1] ?? ROOT_CONTEXT; }
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(ctx: Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    this.stack.push(ctx);
    try { return fn.call(thisArg, ...args); } finally { this.stack.pop(); }
  }
  bind<T>(_ctx: Context, target: T): T { return target; }
  enable(): this { return this; }
  disable(): this { this.stack = []; return this; }
}

describe('export through @opentelemetry/api', () => {
  const exporter = new InMemorySpanExporter();
  let provider: BasicTracerProvider;
  beforeAll(() => {
    provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    trace.setGlobalTracerProvider(provider);
    context.setGlobalContextManager(new StackContextManager());
  });
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
  });

  it('emits the same spans as children of the embedder\'s active span', async () => {
    exporter.reset();
    const tracer = trace.getTracer('embedder');
    const parent = tracer.startSpan('handle-request');
    const p = context.with(trace.setSpan(context.active(), parent), () => run(NESTED, { seed: 7 }));
    const r = await p;
    parent.end();
    const got = exporter.getFinishedSpans();
    const mine = got.filter((s) => s.name !== 'handle-request');
    expect(mine.length).toBe(r.spans.length);
    const pc = parent.spanContext();
    // names are unique in NESTED: pair the JSON spans with the exported ones by name
    const exported = new Map(mine.map((m) => [m.name, m] as const));
    const idOf = new Map<string, ReadableSpan>();
    const ordered = (r.spans as Span[]).map((s) => { const m = exported.get(s.name)!; idOf.set(s.spanId, m); return [s, m] as const; });
    const shift = BigInt(ordered[0][1].startTime[0]) * 1_000_000_000n + BigInt(ordered[0][1].startTime[1]) - BigInt(ordered[0][0].startTimeUnixNano);
    const ns = (t: [number, number]) => BigInt(t[0]) * 1_000_000_000n + BigInt(t[1]);
    const kinds = ['INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
    for (const [s, m] of ordered) {
      expect(m.spanContext().traceId).toBe(pc.traceId);
      const parentId = m.parentSpanContext?.spanId ?? (m as any).parentSpanId;
      if (s.parentSpanId) expect(parentId).toBe(idOf.get(s.parentSpanId)!.spanContext().spanId);
      else expect(parentId).toBe(pc.spanId);
      expect(kinds[m.kind]).toBe(s.kind);
      expect(m.instrumentationScope.name).toBe(s.scope.name);
      expect(m.attributes).toEqual(s.attributes);
      expect(m.events.map((e) => [e.name, e.attributes ?? {}])).toEqual(s.events.map((e) => [e.name, e.attributes]));
      expect(['UNSET', 'OK', 'ERROR'][m.status.code]).toBe(s.status.code);
      if (s.status.message) expect(m.status.message).toBe(s.status.message);
      // the same virtual times, moved to the wall clock by one constant
      expect(ns(m.startTime as [number, number]) - BigInt(s.startTimeUnixNano)).toBe(shift);
      expect(ns(m.endTime as [number, number]) - BigInt(s.endTimeUnixNano)).toBe(shift);
    }
    expect(ordered.map(([s]) => s.name)).toContain('validate');
  });

  it('otel: false emits nothing', async () => {
    exporter.reset();
    await run('print(1)', { otel: false });
    expect(exporter.getFinishedSpans().length).toBe(0);
  });
});
