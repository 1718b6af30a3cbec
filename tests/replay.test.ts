// Effect log and replay (docs/capabilities.md, "Effects" and "Replay"): a run records every tool
// call, HTTP request, store operation and host-clock read with its exact answer; `replay: effects`
// re-runs the program without those capabilities and reproduces the result byte for byte, across a
// JSON round trip of the log; a program that strays from the log ends with a ReplayError.
import { describe, it, expect } from 'vitest';
// @ts-ignore: the built bundle (npm test builds it first)
import { run, KvStore, ToolError } from '../dist/pyex.js';

const PROGRAM = `
import requests, store, time, datetime, random, json
from tools import search, scale, unused
t0 = time.time()
hits = search("pyex", limit=2)
print(hits, scale(2.0), scale(10**30))
try:
    search("")
except ValueError as e:
    print("tool error:", e)
r = requests.get("https://api.example/v1/items", params={"q": hits[0]})
print(r.status_code, r.json(), r.headers["x-served-by"])
try:
    requests.get("https://api.example/v1/missing").raise_for_status()
except requests.HTTPError as e:
    print(e)
store.set("seen", store.get("seen", 0) + 1)
print(store.keys(), store.scan(""))
print(random.random(), time.time() - t0 >= 0, datetime.datetime.now().year)
print(open("/in.txt").read())
`;

let served = 0;
function capabilities() {
  return {
    tools: {
      search: async (args: unknown[], kw: Record<string, unknown>) => {
        if (!args[0]) throw new ToolError('empty query', 'ValueError');
        await new Promise((r) => setTimeout(r, 5));
        return [`${args[0]}-1`, `${args[0]}-2`].slice(0, Number(kw.limit ?? 10));
      },
      scale: (args: unknown[]) => (typeof args[0] === 'bigint' ? (args[0] as bigint) * 2n : [args[0], { k: [1, 2] }]),
      unused: () => 0,
    },
    net: {
      allow: ['https://api.example/v1'],
      fetch: async (url: string) => {
        served++;
        const u = new URL(url);
        if (u.pathname.endsWith('/missing')) return new Response('gone', { status: 404, statusText: 'Not Found' });
        return new Response(JSON.stringify({ q: u.searchParams.get('q'), n: served }), { status: 200, headers: { 'content-type': 'application/json', 'x-served-by': `host-${served}` } });
      },
    },
    store: new KvStore({ seen: 41 }),
    clock: { now: () => Date.now() },
  };
}

const comparable = (r: any) => JSON.stringify({ ...r, footprint: { ...r.footprint, compileMs: 0, runMs: 0, wallMs: 0 }, storeDiff: undefined });

describe('replay', () => {
  it('reproduces a run byte for byte without the capabilities', async () => {
    const live = await run(PROGRAM, { ...capabilities(), files: { '/in.txt': 'input' }, seed: 7, jspi: false });
    expect(live.stderr).toBe('');
    expect(live.stdout).toContain("['pyex-1', 'pyex-2'] [2, {'k': [1, 2]}] 2000000000000000000000000000000\n");
    expect(live.stdout).toContain("tool error: empty query\n");
    expect(live.stdout).toContain("200 {'q': 'pyex-1', 'n': 1} host-1\n");
    expect(live.stdout).toContain('404 Client Error: Not Found for url: https://api.example/v1/missing\n');
    expect(live.stdout).toContain("['seen'] [('seen', 42)]\n");
    const ops = live.effects.map((e: any) => e.op);
    expect(ops).toEqual(['tools.list', 'clock.now', 'tool', 'tool', 'tool', 'tool', 'http.request', 'http.request', 'kv.get', 'kv.set', 'kv.keys', 'kv.scan',
      'clock.now', 'clock.now', 'fs.read']);
    expect(live.effects.filter((e: any) => e.wire).length).toBe(14);
    // the log survives JSON; the replay has no tools, no network, no store, no host clock
    const log = JSON.parse(JSON.stringify(live.effects));
    const servedBefore = served;
    for (const jspi of [false, true]) {
      const again = await run(PROGRAM, { replay: log, files: { '/in.txt': 'input' }, seed: 7, jspi });
      expect(again.ok).toBe(true);
      expect(comparable(again)).toBe(comparable(live));
    }
    expect(served).toBe(servedBefore);
    // and a second live run differs (the fake server counts), so the replay did not just rerun it
    const live2 = await run(PROGRAM, { ...capabilities(), files: { '/in.txt': 'input' }, seed: 7 });
    expect(live2.stdout).not.toBe(live.stdout);
  });

  it('a program that strays from the log ends with a ReplayError', async () => {
    const live = await run('from tools import f\nprint(f(1), f(2))', { tools: { f: (a: unknown[]) => (a[0] as number) * 10 } });
    expect(live.stdout).toBe('10 20\n');
    const other = await run('from tools import f\nprint(f(1), f(3))', { replay: live.effects });
    expect(other.ok).toBe(false);
    expect(other.error.type).toBe('ReplayError');
    expect(other.error.message).toBe('replay diverged at replayed effect #3: the program made ["tool",{"name":"f","args":[3],"kwargs":{}}] but the log has ["tool",{"name":"f","args":[2],"kwargs":{}}]');
    const fewer = await run('from tools import f\nprint(f(1))', { replay: live.effects });
    expect(fewer.error.type).toBe('ReplayError');
    expect(fewer.error.message).toContain('the program ended before replayed effect #3');
    const more = await run('from tools import f\nprint(f(1), f(2), f(3))', { replay: live.effects });
    expect(more.error.type).toBe('ReplayError');
    expect(more.error.message).toContain('but the log has no more effects');
    // a program that catches the error still does not pass as a faithful replay
    const caught = await run('from tools import f\ntry:\n    f(9)\nexcept Exception:\n    pass\nprint("fine")', { replay: live.effects });
    expect(caught.stdout).toBe('fine\n');
    expect(caught.ok).toBe(false);
    expect(caught.error.type).toBe('ReplayError');
  });
});

describe('host clock', () => {
  it('reads the host clock as effects; the virtual clock stays the default', async () => {
    let t = Date.UTC(2030, 0, 2, 3, 4, 5);
    const r = await run('import time, datetime\nprint(datetime.datetime.fromtimestamp(time.time(), datetime.timezone.utc).isoformat())\na = time.monotonic()\ntime.sleep(2)\nprint(round(time.monotonic() - a, 3))',
      { clock: { now: () => (t += 500) } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2030-01-02T03:04:05.500000+00:00\n2.5\n');
    expect(r.effects.map((e: any) => [e.op, e.result])).toEqual([['clock.now', '1893553445500000000'], ['clock.mono', '0'], ['clock.mono', '2500000000']]);
    const v = await run('import time\nprint(time.time())');
    expect(v.stdout).toBe('1704067200.0\n');
    expect(v.effects).toEqual([]);
  });
});
