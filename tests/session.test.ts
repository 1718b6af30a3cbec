// Sessions (host-ts/session.ts): one sandbox, successive inputs in the same namespace; the
// incomplete-input rules a prompt needs (checked against CPython 3.11's codeop.compile_command);
// step slices polled by the host (interrupts, cooperative wall clock).
import { describe, it, expect } from 'vitest';
// @ts-ignore: the built bundle (npm test builds it first)
import { Session, run } from '../dist/pyex.js';

// codeop.compile_command(src, '<stdin>', 'single') under CPython 3.11.7: None → incomplete,
// a code object → complete, SyntaxError → invalid
const CODEOP: [string, 'complete' | 'incomplete' | 'invalid'][] = [
  ['x=1', 'complete'], ['if 1:', 'incomplete'], ['if 1:\n  pass', 'incomplete'], ['if 1:\n  pass\n', 'complete'],
  ['(1,', 'incomplete'], ['(1,\n2)', 'complete'], ['def f():\n  return 1', 'incomplete'], ['def f():\n  return 1\n', 'complete'],
  ['"""abc', 'incomplete'], ['x = ', 'invalid'], ['1 +', 'invalid'], ['1 + \\', 'incomplete'], ['@dec', 'incomplete'],
  ['for x in y:\n  pass\nelse:', 'incomplete'], ['1)', 'invalid'], ['x = = 2', 'invalid'], ['class A:\n  x=1\n\n', 'complete'],
  ['try:\n  pass', 'incomplete'], ['try:\n  pass\n', 'incomplete'], ['if 1:\n  x\nelse:\n  y', 'incomplete'], ['', 'complete'],
  ['# c', 'complete'], ['f(x for x in', 'incomplete'], ['[1,\n2,\n', 'incomplete'], ['if 1:\n pass\n  x', 'invalid'],
  ['d = {', 'incomplete'], ['lambda:', 'invalid'], ['if x', 'invalid'], ['while 1:\n\tpass\n', 'complete'],
  ['if 1: pass', 'incomplete'], ['if 1: pass\n', 'complete'], ['x = [', 'incomplete'], ['x = [\n]', 'complete'], ["'abc", 'invalid'],
  ["s = '''a\nb'''", 'complete'], ['@dec\ndef f(): pass', 'incomplete'], ['@dec\ndef f(): pass\n', 'complete'],
  ['async def f():\n  await x\n', 'complete'], ['match x:\n case 1:\n  pass\n', 'complete'], ['while True:\n  x += 1\n  if x: break', 'incomplete'],
  ['print 1', 'invalid'], ['1 if 2', 'invalid'], ['x = (1 +\n', 'incomplete'], ['def f(:', 'invalid'], ['for x in y:\n', 'incomplete'],
  ["f'{1+'", 'invalid'], ['x = 1;', 'complete'], ['import', 'invalid'], ['from x import (a,', 'incomplete'], ['with a as b:', 'incomplete'],
  ['del', 'invalid'], ['x = yield', 'invalid'], ['return 1', 'invalid'], ['\\', 'incomplete'], ['1 + \\\n2', 'complete'],
  ['class A(', 'incomplete'], ['else:', 'invalid'], ['elif x:', 'invalid'], ['  x = 1', 'invalid'],
];

describe('Session.check (codeop rules)', () => {
  it.each(CODEOP)('%j is %s', (src, want) => {
    expect(Session.check(src)).toBe(want);
  });
});

describe('Session', () => {
  it('keeps state between inputs and echoes expressions in single mode', async () => {
    const s = await Session.create();
    expect((await s.run('x = 6 * 7\ndef f(n):\n    return n + x\n')).ok).toBe(true);
    expect((await s.run('f(1)', { mode: 'single' })).stdout).toBe('43\n');
    expect((await s.run('_ * 2', { mode: 'single' })).stdout).toBe('86\n');
    expect((await s.run('None', { mode: 'single' })).stdout).toBe('');
    expect((await s.run("'a'", { mode: 'single' })).stdout).toBe("'a'\n");
    // exec mode does not echo
    expect((await s.run('x')).stdout).toBe('');
  });

  it('survives exceptions and budget errors; budgets count per input', async () => {
    const s = await Session.create({ limits: { maxSteps: 100_000 } });
    await s.run('items = [1, 2, 3]');
    const e = await s.run('items[10]', { mode: 'single' });
    expect(e.ok).toBe(false);
    expect(e.stderr).toBe('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nIndexError: list index out of range\n');
    const l = await s.run('while True:\n    pass\n');
    expect(l.exitCode).toBe(3);
    expect(l.stderr).toBe('LimitError: step limit exceeded (100000)\n');
    // the next input has its full budget again and the state is intact
    const r = await s.run('n = 0\nfor i in range(10000):\n    n += 1\nprint(n, len(items))');
    expect(r.stdout).toBe('10000 3\n');
    expect(r.footprint.steps).toBeLessThan(100_000);
    const o = await Session.create({ limits: { maxOutput: 10 } });
    expect((await o.run('print("x" * 8)')).ok).toBe(true);
    expect((await o.run('print("y" * 8)')).ok).toBe(true);   // output budget per input too
  });

  it('reports syntax errors and goes on', async () => {
    const s = await Session.create();
    await s.run('a = 1');
    const r = await s.run('a = = 2', { mode: 'single' });
    expect(r.error?.type).toBe('SyntaxError');
    expect((await s.run('a', { mode: 'single' })).stdout).toBe('1\n');
  });

  it('streams output including the final traceback', async () => {
    const s = await Session.create();
    const chunks: string[] = [];
    const r = await s.run('print("a")\nraise ValueError("v")', { onOutput: (fd: number, b: Uint8Array) => chunks.push(`${fd}:${new TextDecoder().decode(b)}`) });
    expect(chunks.join('')).toBe('1:a\n' + '2:' + r.stderr);
    expect(r.stderr).toContain('ValueError: v');
  });

  it('interrupt() raises KeyboardInterrupt inside the running input (catchable)', async () => {
    let s: any;
    s = await Session.create({ tools: { stop: () => { s.interrupt(); return null; } } });
    const r = await s.run('from tools import stop\nstop()\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print("caught")\n');
    expect(r.stdout).toBe('caught\n');
    const u = await s.run('stop()\nwhile True:\n    pass\n');
    expect(u.error?.type).toBe('KeyboardInterrupt');
    expect(u.exitCode).toBe(1);
    expect((await s.run('print("alive")')).stdout).toBe('alive\n');
  });

  it('an interrupt flag set from another thread', async () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const s = await Session.create({ interruptFlag: flag, tools: { arm: () => { Atomics.store(flag, 0, 1); return null; } } });
    const r = await s.run('from tools import arm\narm()\nwhile True:\n    pass\n');
    expect(r.error?.type).toBe('KeyboardInterrupt');
    expect(Atomics.load(flag, 0)).toBe(0);
  });

  it('a per-input wall clock without a worker thread', async () => {
    const s = await Session.create({ limits: { timeoutMs: 150, maxSteps: 1e12 } });
    const t = performance.now();
    const r = await s.run('while True:\n    pass\n');
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toBe('LimitError: time limit exceeded (150 ms)\n');
    expect(performance.now() - t).toBeLessThan(3000);
    expect((await s.run('print(1)')).stdout).toBe('1\n');
  });

  it('starts a fresh instance after a trap and says so', async () => {
    const s = await Session.create({ limits: { maxMemory: 8 << 20 } });
    await s.run('keep = 1');
    const r = await s.run('x = [0] * (1 << 22)\nwhile True:\n    x = x + x\n');
    expect(r.ok).toBe(false);
    if (r.reset) {
      expect(r.stderr).toContain('the session was reset');
      expect((await s.run('print("fresh")')).stdout).toBe('fresh\n');
    } else {
      expect((await s.run('print(keep)')).stdout).toBe('1\n');
    }
  });

  it('files persist across inputs; sys.exit is reported', async () => {
    const s = await Session.create({ files: { '/in.txt': 'hello' } });
    await s.run("open('/out.txt', 'w').write(open('/in.txt').read().upper())");
    const r = await s.run("print(open('/out.txt').read())");
    expect(r.stdout).toBe('HELLO\n');
    expect(r.diff.added['/out.txt']).toBeDefined();
    const x = await s.run('import sys\nsys.exit(3)');
    expect(x.exit).toBe(true);
    expect(x.exitCode).toBe(3);
    expect((await s.run('exit()')).exit).toBe(true);
  });
});

describe('run() with a cooperative wall clock', () => {
  it('applies timeoutMs where the run cannot move to a worker (tools)', async () => {
    const r = await run('while True:\n    pass\n', { limits: { timeoutMs: 200, maxSteps: 1e12 }, tools: { t: () => 1 } });
    expect(r.exitCode).toBe(3);
    expect(r.error?.message).toBe('time limit exceeded (200 ms)');
  });
});
