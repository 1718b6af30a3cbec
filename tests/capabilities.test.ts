// Capabilities (docs/capabilities.md): filesystem overlay, environment, argv, virtual clock, seed,
// tools, effect log — and each attenuation. tests/fscases/*.py are compared with CPython running
// the same program in an empty temporary directory (goldens: `node scripts/golden-fs.mjs`).
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
// @ts-ignore: the built bundle (npm test builds it first)
import { run, Filesystem, ToolError } from '../dist/pyex.js';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const lastLine = (s: string) => s.trim().split('\n').pop();

describe('filesystem', () => {
  it('reads files the host passed and reports the final tree and the diff', async () => {
    const r = await run(
      'import json\nwith open("/data.json") as f:\n    xs = json.load(f)\nprint(sum(xs))\n' +
      'open("/out.txt", "w").write("total=%d" % sum(xs))\nimport os\nos.remove("/old.txt")\nopen("/data.json", "a").write(" ")\n',
      { files: { '/data.json': '[1,2,3]', '/old.txt': 'x', '/keep.bin': new Uint8Array([0, 255]) } });
    expect(r.stdout).toBe('6\n');
    expect(r.ok).toBe(true);
    expect(Object.keys(r.files)).toEqual(['/data.json', '/keep.bin', '/out.txt']);
    expect(text(r.diff.added['/out.txt'])).toBe('total=6');
    expect(text(r.diff.modified['/data.json'])).toBe('[1,2,3] ');
    expect(r.diff.deleted).toEqual(['/old.txt']);
    expect([...r.files['/keep.bin']]).toEqual([0, 255]);
  });

  it('stages writes in an overlay that the host commits after review', async () => {
    const base = new Filesystem({ '/a.txt': 'one' });
    const r = await run('open("/a.txt", "w").write("two")\nimport os\nos.mkdir("/d")\nprint(open("/a.txt").read())', { fs: base });
    expect(r.stdout).toBe('two\n');
    expect(text(base.files()['/a.txt'])).toBe('one');          // base untouched
    expect(r.diff.addedDirs).toEqual(['/d']);
    base.commit(r.overlay);
    expect(text(base.files()['/a.txt'])).toBe('two');
    const r2 = await run('import os\nprint(open("/a.txt").read(), os.path.isdir("/d"))', { fs: base });
    expect(r2.stdout).toBe('two True\n');
  });

  it('read-only trees and mounts raise EROFS', async () => {
    const r = await run('print(open("/a.txt").read())\nopen("/a.txt", "w")', { files: { '/a.txt': 'ro' }, readOnly: true });
    expect(r.stdout).toBe('ro\n');
    expect(lastLine(r.stderr)).toBe("PermissionError: [Errno 30] Read-only file system: '/a.txt'");
    const m = await run(
      'open("/work/x", "w").write("ok")\nprint(open("/data/in.csv").read())\nimport os\ntry:\n    os.remove("/data/in.csv")\nexcept PermissionError as e:\n    print(e)\n' +
      'try:\n    os.mkdir("/data/sub")\nexcept OSError as e:\n    print(e)',
      { files: { '/work/': '' }, mounts: { '/data': { files: { 'in.csv': 'a,b' }, readOnly: true } } });
    expect(m.stdout).toBe("a,b\n[Errno 30] Read-only file system: '/data/in.csv'\n[Errno 30] Read-only file system: '/data/sub'\n");
    expect(Object.keys(m.diff.added)).toEqual(['/work/x']);
  });

  it('without a filesystem every file operation names the missing capability', async () => {
    const r = await run('open("data.txt")');
    expect(r.error.type).toBe('PermissionError');
    expect(r.error.message).toContain('no filesystem capability');
    expect(r.error.message).toContain('`files` or `fs`');
    expect(r.error.message).toContain("'data.txt'");
    const r2 = await run('import os\nprint(os.path.exists("/etc/passwd"), os.getcwd())');
    expect(r2.stdout).toBe('False /\n');
    expect(r2.files).toBeUndefined();
  });

  it('paths cannot leave the tree', async () => {
    const r = await run(
      'import os\nprint(open("/../../a.txt").read(), open("../a.txt").read(), open("/x/../../a.txt").read())\n' +
      'for p in ["/etc/passwd", "../../../etc/passwd", "/proc/self/environ"]:\n    print(os.path.exists(p))\n' +
      'open("../../escape.txt", "w").write("e")',
      { files: { '/a.txt': 'A', '/x/': '' } });
    expect(r.stdout).toBe('A A A\nFalse\nFalse\nFalse\n');
    expect(Object.keys(r.diff.added)).toEqual(['/escape.txt']);
  });
});

describe('modules from the sandbox filesystem', () => {
  it('imports .py files and packages the host passed (the program directory is /)', async () => {
    const r = await run('import helper\nfrom pkg.sub import f\nprint(helper.twice(21), f(), helper.__file__)', {
      files: { '/helper.py': 'def twice(x):\n    return 2 * x\n', '/pkg/__init__.py': '', '/pkg/sub.py': 'from . import other\ndef f():\n    return other.V\n', '/pkg/other.py': 'V = "v"\n' },
    });
    expect(r.stdout).toBe('42 v /helper.py\n');
    expect(r.effects.filter((e: any) => e.op === 'fs.import').map((e: any) => e.args.path)).toEqual(['/helper.py', '/pkg/__init__.py', '/pkg/sub.py', '/pkg/other.py']);
    const bad = await run('import broken', { files: { '/broken.py': 'def f(:\n' } });
    expect(bad.error.type).toBe('SyntaxError');
    const tb = await run('import m\nm.f()', { files: { '/m.py': 'def f():\n    raise ValueError("in module")\n' } });
    expect(tb.error.traceback).toContain('File "/m.py", line 2, in f');
  });
});

describe('environment, arguments, clock, seed', () => {
  it('os.environ and sys.argv are exactly what the host passed', async () => {
    const r = await run('import os, sys\nprint(os.environ, os.getenv("HOME"), sys.argv)', {});
    expect(r.stdout).toBe("environ({}) None ['main.py']\n");
    const r2 = await run('import os, sys\nprint(dict(os.environ), os.environ["A"], os.getenv("B", "-"), sys.argv)',
      { env: { A: '1', Z: 'z' }, argv: ['--flag', 'x'], filename: 'prog.py' });
    expect(r2.stdout).toBe("{'A': '1', 'Z': 'z'} 1 - ['prog.py', '--flag', 'x']\n");
  });

  it('the clock is virtual: a fixed epoch, advanced only by sleep', async () => {
    const code = 'import time, datetime\nt0 = time.time(); m0 = time.monotonic()\ntime.sleep(2.5)\n' +
      'print(t0, time.time() - t0, time.monotonic() - m0)\nprint(datetime.datetime.now(), datetime.date.today())\n' +
      'print(repr(datetime.datetime.now(datetime.timezone.utc)))\nprint(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()))';
    const r = await run(code);
    expect(r.stdout).toBe('1704067200.0 2.5 2.5\n2024-01-01 00:00:02.500000 2024-01-01\n' +
      'datetime.datetime(2024, 1, 1, 0, 0, 2, 500000, tzinfo=datetime.timezone.utc)\n2024-01-01 00:00:02\n');
    const r2 = await run('import datetime\nprint(datetime.datetime.utcnow().isoformat())', { clock: { epoch: '2030-05-06T07:08:09Z' } });
    expect(r2.stdout).toBe('2030-05-06T07:08:09\n');
    const r3 = await run('import time\ntime.sleep(-1)');
    expect(lastLine(r3.stderr)).toBe('ValueError: sleep length must be non-negative');
  });

  it('the seed drives random, uuid and secrets; same seed, same output', async () => {
    const code = 'import random, uuid, secrets, tempfile\nprint(random.random(), random.randint(1, 100))\n' +
      'print(uuid.uuid4(), secrets.token_hex(8))';
    const a = await run(code, { seed: 42 });
    const b = await run(code, { seed: 42 });
    const c = await run(code, { seed: 7 });
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const cp = spawnSync('python3', ['-c', 'import random\nrandom.seed(42)\nprint(random.random(), random.randint(1, 100))'], { encoding: 'utf8' });
    if (cp.status === 0) expect(a.stdout.split('\n')[0] + '\n').toBe(cp.stdout);
    expect(a.stdout.split('\n')[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} [0-9a-f]{16}$/);
  });

  it('same code + seed + capabilities give byte-identical result JSON', async () => {
    const code = 'import random, uuid, time, os\nrandom.shuffle(xs := list(range(10)))\ntime.sleep(1)\n' +
      'open("/o.txt", "w").write(str(xs) + str(uuid.uuid4()) + str(time.time()))\nprint(os.listdir("/"))';
    const strip = (r: any) => JSON.stringify({ ...r, footprint: { ...r.footprint, compileMs: 0, runMs: 0, wallMs: 0 }, spans: undefined },
      (_k, v) => (v instanceof Uint8Array ? Array.from(v) : typeof v === 'bigint' ? String(v) : v));
    const opts = () => ({ files: { '/in.txt': 'x' }, seed: 3 });
    const a = strip(await run(code, opts()));
    const b = strip(await run(code, opts()));
    expect(a).toBe(b);
  });
});

describe('tools', () => {
  it('calls host functions with JSON-like values', async () => {
    const seen: unknown[] = [];
    const r = await run(
      'from tools import search, add\nprint(search("cats", limit=2))\nprint(add(1, 2.5), add(2**70, 1))\n' +
      'print(search(["a", ("b", None)], flag=True, data=b"\\x00"))',
      { tools: {
        search: (args: unknown[], kwargs: Record<string, unknown>) => { seen.push([args, kwargs]); return { hits: [{ title: 'x', score: 0.5 }], n: 1, ok: true, none: null }; },
        add: (args: any[]) => (typeof args[0] === 'bigint' ? args[0] + 1n : args[0] + args[1]),
      } });
    expect(r.stdout).toBe("{'hits': [{'title': 'x', 'score': 0.5}], 'n': 1, 'ok': True, 'none': None}\n3.5 1180591620717411303425\n" +
      "{'hits': [{'title': 'x', 'score': 0.5}], 'n': 1, 'ok': True, 'none': None}\n");
    expect(seen[0]).toEqual([['cats'], { limit: 2 }]);
    expect(seen[1]).toEqual([[['a', ['b', null]]], { flag: true, data: new Uint8Array([0]) }]);
    expect(r.effects.filter((e: any) => e.op === 'tool').length).toBe(4);
  });

  it('host errors become Python exceptions', async () => {
    const r = await run(
      'from tools import fail, bad\ntry:\n    fail()\nexcept RuntimeError as e:\n    print("caught", e)\n' +
      'try:\n    bad(3)\nexcept ValueError as e:\n    print("value", e)\nfail()',
      { tools: { fail: () => { throw new Error('boom'); }, bad: (a: any[]) => { throw new ToolError(`bad ${a[0]}`, 'ValueError'); } } });
    expect(r.stdout).toBe('caught boom\nvalue bad 3\n');
    expect(lastLine(r.stderr)).toBe('RuntimeError: boom');
  });

  it('async tools suspend the VM and resume it with the result', async () => {
    const r = await run('from tools import fetch\nfor i in range(3):\n    print(fetch(i))',
      { tools: { fetch: async (a: any[]) => { await new Promise((res) => setTimeout(res, 5)); return `page ${a[0]}`; } } });
    expect(r.stdout).toBe('page 0\npage 1\npage 2\n');
  });

  it('asyncio.gather over asyncio.to_thread(tool, ...) runs the host calls concurrently', async () => {
    let active = 0, maxActive = 0;
    const r = await run(
      'import asyncio\nfrom tools import fetch, boom\nasync def main():\n' +
      '    pages = await asyncio.gather(*(asyncio.to_thread(fetch, u) for u in "abc"))\n' +
      '    errs = await asyncio.gather(asyncio.to_thread(boom), asyncio.to_thread(fetch, "d"), return_exceptions=True)\n' +
      '    return pages, [repr(e) for e in errs]\nprint(asyncio.run(main()))',
      { tools: {
        fetch: async (a: any[]) => { active++; maxActive = Math.max(maxActive, active); await new Promise((res) => setTimeout(res, 10)); active--; return `page ${a[0]}`; },
        boom: () => { throw new ToolError('bad input', 'ValueError'); },
      } });
    expect(r.stdout).toBe("(['page a', 'page b', 'page c'], [\"ValueError('bad input')\", \"'page d'\"])\n");
    // 1 means the event loop ran the tools one by one: it must use stdlib/_pyex_aio.py's hooks
    expect(maxActive, 'asyncio must batch tool calls through _pyex_aio (docs/capabilities.md)').toBe(3);
    expect(r.effects.filter((e: any) => e.op === 'tool').map((e: any) => e.args.args[0] ?? null)).toEqual(['a', 'b', 'c', null, 'd']);
  });

  it('only the passed tools exist, and JS objects never reach Python', async () => {
    const r = await run('from tools import nothing', { tools: { a: () => 1 } });
    expect(r.error.type).toBe('ImportError');
    const r2 = await run('import _pyex\nprint(_pyex.call("tool", "constructor", (), {}))', { tools: { a: () => 1 } });
    expect(r2.error.type).toBe('NameError');
    const r3 = await run('from tools import f\nf()', { tools: { f: () => new Date(0) } });
    expect(r3.error.type).toBe('TypeError');
    expect(r3.error.message).toContain('cannot be passed to Python');
    const r4 = await run('from tools import f\nprint(f())', { tools: { f: () => () => 1 } });
    expect(r4.error.type).toBe('TypeError');
  });
});

describe('effect log', () => {
  it('records file operations and tool calls in order with inputs and outputs', async () => {
    const r = await run('from tools import t\nopen("/a", "w").write("xy")\nprint(open("/a").read(), t(1))\nimport os\nos.remove("/a")\ntry:\n    os.remove("/a")\nexcept OSError:\n    pass',
      { files: {}, tools: { t: (a: any[]) => a[0] + 1 } });
    expect(r.stdout).toBe('xy 2\n');
    expect(r.effects.map((e: any) => e.op)).toEqual(['tools.list', 'fs.write', 'fs.write', 'fs.read', 'tool', 'fs.remove', 'fs.remove']);
    expect(r.effects[0]).toMatchObject({ op: 'tools.list', args: {}, result: ['t'] });
    expect(r.effects[3]).toEqual({ op: 'fs.read', args: { path: '/a' }, result: { size: 2 } });
    // `wire`: the exact answer, for replay (tests/replay.test.ts)
    expect(r.effects[4]).toEqual({ op: 'tool', args: { name: 't', args: [1], kwargs: {} }, result: 2, wire: expect.any(String) });
    expect(r.effects[6].error).toBe('OSError: [Errno 2] No such file or directory');
    expect(r.spans.some((s: any) => s.name === 'tools.list')).toBe(false);
  });
});

describe('filesystem conformance with CPython (tests/fscases)', () => {
  const dir = path.join(__dirname, 'fscases');
  const hasPython = spawnSync('python3', ['--version']).status === 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.py')).sort()) {
    const name = f.replace(/\.py$/, '');
    it(name, async () => {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      const golden = fs.readFileSync(path.join(dir, `${name}.out`), 'utf8');
      const r = await run(src, { files: {}, filename: f });
      let got = r.stdout;
      if (r.exitCode !== 0) {
        if (got && !got.endsWith('\n')) got += '\n';
        got += `--- exit ${r.exitCode}\n${lastLine(r.stderr)}\n`;
      }
      expect(got).toBe(golden);
      if (hasPython) {
        // @ts-ignore: plain JS module
        const { cpython } = await import('../scripts/golden-fs.mjs');
        expect(cpython(src)).toBe(golden);
      }
    });
  }
});

describe('CLI capabilities and cross-process determinism', () => {
  const root = path.join(__dirname, '..');
  const node = process.execPath;
  const cli = (args: string[], input?: string) => spawnSync(node, [path.join(root, 'bin/pyex.js'), ...args], { encoding: 'utf8', input, cwd: root });

  it('--env, --file and -- argv', () => {
    const r = cli(['run', '-', '--env', 'A=1', '--file', '/in.txt=hello', '--', 'x', 'y'],
      'import os, sys\nprint(dict(os.environ), sys.argv[1:], open("/in.txt").read())');
    expect(r.stdout).toBe("{'A': '1'} ['x', 'y'] hello\n");
    expect(r.status).toBe(0);
  });

  it('--fs stages writes and applies them only with --commit', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'pyex-cli-fs-'));
    try {
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'sub', 'a.txt'), 'A');
      const prog = 'import os\nprint(sorted(os.listdir("/sub")))\nopen("/new.txt", "w").write("N")\nos.remove("/sub/a.txt")\n';
      const r1 = cli(['run', '-', '--fs', dir], prog);
      expect(r1.stdout).toBe("['a.txt']\n");
      expect(r1.stderr).toContain('staged (not applied; use --commit)');
      expect(fs.existsSync(path.join(dir, 'new.txt'))).toBe(false);
      const r2 = cli(['run', '-', '--fs', dir, '--commit'], prog);
      expect(r2.stderr).toContain('committed');
      expect(fs.readFileSync(path.join(dir, 'new.txt'), 'utf8')).toBe('N');
      expect(fs.existsSync(path.join(dir, 'sub', 'a.txt'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('two processes give byte-identical --json results (wall-clock fields aside)', () => {
    const prog = 'import random, uuid, time, os\nxs = list(range(20))\nrandom.shuffle(xs)\ntime.sleep(0.25)\n' +
      'open("/o.txt", "w").write(f"{xs} {uuid.uuid4()} {time.time()}")\nprint(os.listdir("/"), random.random())';
    const clean = (s: string) => JSON.stringify(JSON.parse(s), (k, v) => (/Ms$/.test(k) ? 0 : v));
    const a = cli(['run', '-', '--json', '--seed', '5', '--file', '/in.txt=x'], prog);
    const b = cli(['run', '-', '--json', '--seed', '5', '--file', '/in.txt=x'], prog);
    expect(a.status).toBe(0);
    expect(clean(a.stdout)).toBe(clean(b.stdout));
    expect(JSON.parse(a.stdout).files['/o.txt']).toMatch(/^\[.*\] [0-9a-f-]{36} 1704067200\.25$/);
  });
});
