// Modules the sandbox deliberately does not provide, and the single-threaded threading stand-in
// (docs/stdlib.md). CPython has these modules, so they cannot be conformance cases.
import { describe, it, expect } from 'vitest';
// @ts-ignore: the built bundle (npm test builds it first)
import { run } from '../dist/pyex.js';

describe('deliberately absent modules', () => {
  for (const name of ['subprocess', 'socket', 'ctypes', 'multiprocessing', 'signal', 'sqlite3', 'marshal', '_thread', 'ssl', 'xmlrpc.client']) {
    it(`import ${name}`, async () => {
      const top = name.split('.')[0];
      const r = await run(`try:\n    import ${name}\nexcept ImportError as e:\n    print(type(e).__name__, e, e.name)\n`);
      expect(r.stdout).toBe(`ModuleNotFoundError No module named '${top}' (pyex sandbox: ${top} is not available) ${top}\n`);
    });
  }
  it('an unknown module keeps CPython\'s message', async () => {
    const r = await run('import no_such_module_xyz\n');
    expect(r.ok).toBe(false);
    expect(r.error?.type).toBe('ModuleNotFoundError');
    expect(r.error?.message).toBe("No module named 'no_such_module_xyz'");
  });
  it('from-import of an absent module fails at import', async () => {
    const r = await run('from subprocess import run\n');
    expect(r.error?.message).toBe("No module named 'subprocess' (pyex sandbox: subprocess is not available)");
  });
});

describe('threading stand-in', () => {
  it('raises instead of deadlocking', async () => {
    const r = await run([
      'import threading, queue',
      'l = threading.Lock(); l.acquire()',
      'for f in (lambda: l.acquire(), lambda: threading.Event().wait(), lambda: queue.Queue().get()):',
      '    try:',
      '        f()',
      '    except RuntimeError as e:',
      '        print(e)',
    ].join('\n'));
    expect(r.stdout).toBe([
      'pyex is single-threaded: acquiring a lock that is already held would block forever',
      'pyex is single-threaded: Event.wait() on an event that is not set would block forever',
      'pyex is single-threaded: get() on an empty queue would block forever', ''].join('\n'));
  });
  it('reports exceptions in threads like CPython', async () => {
    const r = await run('import threading\ndef boom():\n    raise ValueError("x")\nt = threading.Thread(target=boom)\nt.start()\nt.join()\nprint("after")\n');
    expect(r.ok).toBe(true);
    expect(r.stdout).toBe('after\n');
    expect(r.stderr).toMatch(/^Exception in thread Thread-1 \(boom\):\nTraceback \(most recent call last\):\n/);
    expect(r.stderr).toMatch(/ValueError: x\n$/);
  });
});

describe('sys streams', () => {
  it('print and sys.stdout.write share one ordered stream', async () => {
    const r = await run('import sys\nprint("a")\nsys.stdout.write("b\\n")\nprint("c", file=sys.stderr)\nsys.stderr.write("d\\n")\n');
    expect(r.stdout).toBe('a\nb\n');
    expect(r.stderr).toBe('c\nd\n');
  });
  it('logging goes to stderr by default', async () => {
    const r = await run('import logging\nlogging.warning("careful %d", 3)\nlogging.getLogger("x").error("bad")\n');
    expect(r.stderr).toBe('WARNING:root:careful 3\nERROR:x:bad\n');
  });
  it('argparse errors exit with status 2 and usage on stderr', async () => {
    const r = await run('import argparse\np = argparse.ArgumentParser(prog="p")\np.add_argument("n", type=int)\np.parse_args()\n', { argv: ['x'] });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("usage: p [-h] n\np: error: argument n: invalid int value: 'x'\n");
  });
});
