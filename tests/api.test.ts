// The embedding API and the VM's guarantees: budgets, clean errors, bad images.
import { describe, it, expect } from 'vitest';
// @ts-ignore: the built bundle (npm test builds it first)
import { run, runImage, compile } from '../dist/pyex.js';

describe('run()', () => {
  it('returns stdout and a footprint', async () => {
    const r = await run('print(1 + 2)\nprint("é", 0.1 + 0.2)');
    expect(r.ok).toBe(true);
    expect(r.stdout).toBe('3\né 0.30000000000000004\n');
    expect(r.exitCode).toBe(0);
    expect(r.footprint.steps).toBeGreaterThan(5);
    expect(r.footprint.outputBytes).toBe(Buffer.byteLength(r.stdout));
  });

  it('reports an uncaught exception with a CPython-style traceback', async () => {
    const r = await run('def f(x):\n    return 1 / x\n\nprint("before")\nf(0)\n', { filename: 'prog.py' });
    expect(r.ok).toBe(false);
    expect(r.stdout).toBe('before\n');
    expect(r.error).toMatchObject({ type: 'ZeroDivisionError', message: 'division by zero', line: 2 });
    expect(r.error.traceback).toBe(
      'Traceback (most recent call last):\n' +
      '  File "prog.py", line 5, in <module>\n    f(0)\n' +
      '  File "prog.py", line 2, in f\n    return 1 / x\n           ~~^~~\n' +
      'ZeroDivisionError: division by zero\n');
    expect(r.exitCode).toBe(1);
  });

  it('chains exceptions like CPython', async () => {
    const r = await run('try:\n    {}["k"]\nexcept KeyError as e:\n    raise ValueError("bad") from e\n');
    expect(r.error.type).toBe('ValueError');
    expect(r.error.traceback).toContain("KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\n");
    const r2 = await run('try:\n    1/0\nexcept ZeroDivisionError:\n    undefined_name\n');
    expect(r2.error.traceback).toContain('During handling of the above exception, another exception occurred:');
    expect(r2.error.message).toBe("name 'undefined_name' is not defined");
  });

  it('gives syntax errors with line and column', async () => {
    const r = await run('x = (1,\ny = 2\n');
    expect(r.ok).toBe(false);
    expect(r.error.type).toBe('SyntaxError');
    expect(r.error.line).toBe(1);
    expect(r.stderr).toMatch(/SyntaxError: /);
    const r2 = await run('if True:\nprint(1)\n');
    expect(r2.error.type).toBe('IndentationError');
    expect(r2.error.message).toBe("expected an indented block after 'if' statement on line 1");
  });

  it('survives pathological nesting without a host stack overflow', async () => {
    const r = await run('x = ' + '('.repeat(10000) + ')'.repeat(10000));
    expect(r.ok).toBe(false);
    expect(r.error.type).toBe('SyntaxError');
    const deep = await run('x = ' + '-'.repeat(100000) + '1');
    expect(['SyntaxError', 'RecursionError', undefined]).toContain(deep.error?.type);
  });
});

describe('budgets', () => {
  it('stops while True with an uncatchable LimitError', async () => {
    const src = 'try:\n    while True:\n        pass\nexcept BaseException:\n    print("caught")\nfinally:\n    print("finally")\n';
    const r = await run(src, { limits: { maxSteps: 100000 } });
    expect(r.ok).toBe(false);
    expect(r.error).toMatchObject({ type: 'LimitError', message: 'step limit exceeded (100000)' });
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(3);
    expect(r.footprint.steps).toBe(100000);
  });

  it('a bare except cannot swallow the step limit', async () => {
    const r = await run('n = 0\nwhile True:\n    try:\n        n += 1\n    except:\n        pass\n', { limits: { maxSteps: 5000 } });
    expect(r.error.type).toBe('LimitError');
  });

  it('limits recursion depth with RecursionError', async () => {
    const r = await run('def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)\n');
    expect(r.stdout).toBe('caught maximum recursion depth exceeded\n');
    const r2 = await run('def f(n):\n    return f(n + 1)\nf(0)\n', { limits: { maxDepth: 50 } });
    expect(r2.error.type).toBe('RecursionError');
  });

  it('limits output and keeps what was written', async () => {
    const r = await run('while True:\n    print("x" * 10)\n', { limits: { maxOutput: 25 } });
    expect(r.error).toMatchObject({ type: 'LimitError', message: 'output limit exceeded (25 bytes)' });
    expect(r.stdout).toBe('xxxxxxxxxx\nxxxxxxxxxx\nxxx');
  });

  it('refuses impossible allocations before making them', async () => {
    const r = await run('try:\n    x = [0] * 10**12\nexcept MemoryError:\n    print("no")\n');
    expect(r.stdout).toBe('no\n');
  });
});

describe('bytecode images', () => {
  it('rejects truncated, corrupt and mismatched images with a clear error', async () => {
    const good: Uint8Array = compile('print(42)');
    const ok = await runImage(good, new Map());
    expect(ok.stdout).toBe('42\n');
    for (const cut of [0, 7, 19, 40, good.length - 3]) {
      const r = await runImage(good.slice(0, cut), new Map());
      expect(r.ok).toBe(false);
      expect(r.error.type).toBe('SystemError');
      expect(r.error.message).toMatch(/invalid bytecode image|image truncated/);
    }
    const badMagic = good.slice(); badMagic[0] ^= 0xff;
    expect((await runImage(badMagic, new Map())).error.message).toBe('invalid bytecode image: bad magic number');
    const badVersion = good.slice(); badVersion[4] = 99;
    expect((await runImage(badVersion, new Map())).error.message).toMatch(/^bytecode version mismatch/);
  });

  it('never crashes the host on random bytes', async () => {
    const good: Uint8Array = compile('x = [i * 2 for i in range(5)]\nprint(x)');
    let seed = 1;
    for (let k = 0; k < 200; k++) {
      const img = good.slice();
      for (let j = 0; j < 3; j++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; img[20 + (seed % (img.length - 20))] = seed & 0xff; }
      const r = await runImage(img, new Map(), { limits: { maxSteps: 10000 } });
      expect(typeof r.ok).toBe('boolean');
    }
  });
});
