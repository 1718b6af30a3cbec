// The pyex command line: exit codes, streams, help and version.
import { describe, it, expect } from 'vitest';
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

const root = path.join(__dirname, '..');
const pyex = (args: string[], input?: string) =>
  spawnSync(process.execPath, [path.join(root, 'bin/pyex.js'), ...args], { encoding: 'utf8', input, cwd: root });

describe('pyex CLI', () => {
  it('runs the example', () => {
    const r = pyex(['run', 'examples/hello.py']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(fs.readFileSync(path.join(root, 'examples/hello.out'), 'utf8'));
  });
  it('reads the program from stdin with -', () => {
    const r = pyex(['run', '-'], 'print(6 * 7)\n');
    expect(r.stdout).toBe('42\n');
    expect(r.status).toBe(0);
  });
  it('exits 1 with a traceback on an uncaught exception', () => {
    const r = pyex(['run', '-'], 'print("a")\nraise KeyError("k")\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('a\n');
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\n    raise KeyError("k")\nKeyError: \'k\'\n');
  });
  it('exits 1 on a syntax error, showing the line and a caret', () => {
    const r = pyex(['run', '-'], 'x = 1 +\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('  File "<stdin>", line 1\n    x = 1 +\n');
    expect(r.stderr).toMatch(/SyntaxError: invalid syntax\n$/);
  });
  it('exits 3 when a budget is exceeded', () => {
    const r = pyex(['run', '-', '--max-steps', '1000'], 'while True:\n    pass\n');
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('LimitError: step limit exceeded (1000)');
  });
  it('exits 2 on usage errors and prints help and version', () => {
    expect(pyex(['frobnicate']).status).toBe(2);
    expect(pyex(['run']).status).toBe(2);
    expect(pyex(['run', 'no/such/file.py']).status).toBe(2);
    const h = pyex(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('pyex run FILE.py');
    expect(pyex(['--version']).stdout).toMatch(/^pyex \d+\.\d+\.\d+\n$/);
  });
  it('honours sys.exit', () => {
    expect(pyex(['run', '-'], 'import sys\nsys.exit(4)\n').status).toBe(4);
    const r = pyex(['run', '-'], 'import sys\nsys.exit("bye")\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('bye\n');
  });
  it('disassembles', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyex-'));
    fs.writeFileSync(path.join(dir, 'a.py'), 'x = 1\nprint(x)\n');
    const r = pyex(['dis', path.join(dir, 'a.py')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('LOAD_SMALL_INT');
  });
  it('refuses an old Node in one line', () => {
    const r = spawnSync('/usr/bin/node', [path.join(root, 'bin/pyex.js'), '--version'], { encoding: 'utf8' });
    if (r.error || !/^v(1\d|2[01])\./.test(spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' }).stdout)) return; // no old node here
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Node\.js >= 22 is required/);
  });
});

describe('pyex repl (piped stdin)', () => {
  it('keeps state, echoes expressions, runs blocks ended by an empty line', () => {
    const r = pyex(['repl'], [
      'x = 6 * 7', 'x', '_ + 1', 'None', "'s'",
      'for i in range(2):', '    print(i)', '',
      'def f(n):', '    return n * 2', '',
      'f(x)', 'if x:', '    "yes"', 'else:', '    "no"', '',
      'print(1 +', '      2)', '[y for y in', ' range(3)]',
    ].join('\n') + '\n');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("42\n43\n's'\n0\n1\n84\n'yes'\n3\n[0, 1, 2]\n");
    expect(r.status).toBe(0);
  });
  it('prints tracebacks without ending the session; exit status 1 when an input failed', () => {
    const r = pyex(['repl'], 'a = [1]\na[5]\nprint("after", a)\nb = = 1\nprint("still")\n');
    expect(r.stdout).toBe('after [1]\nstill\n');
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nIndexError: list index out of range\n'
      + '  File "<stdin>", line 1\n    b = = 1\n        ^\nSyntaxError: invalid syntax\n');
    expect(r.status).toBe(1);
  });
  it('applies budgets per input', () => {
    const r = pyex(['repl', '--max-steps', '50000'], 'n = 5\nwhile True:\n    pass\n\nprint(n)\n');
    expect(r.stderr).toBe('LimitError: step limit exceeded (50000)\n');
    expect(r.stdout).toBe('5\n');
  });
  it('a block at end of input runs; a line at column 0 ends a block without the empty line', () => {
    const r = pyex(['repl'], 'def g():\n    return 7\nprint(g())\nclass A:\n    v = 1\nA.v');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('7\n1\n');
  });
  it('sys.exit and exit() end it with their status', () => {
    expect(pyex(['repl'], 'print(1)\nimport sys\nsys.exit(4)\nprint(2)\n')).toMatchObject({ status: 4, stdout: '1\n' });
    expect(pyex(['repl'], 'exit()\nprint(2)\n')).toMatchObject({ status: 0, stdout: '' });
  });
  it('takes --seed, --env and --file', () => {
    const r = pyex(['repl', '--seed', '3', '--env', 'K=v', '--file', '/d.txt=data'],
      'import os, random\nos.environ["K"]\nopen("/d.txt").read()\nr1 = random.random()\nrandom.seed(3)\nrandom.random() == r1\n');
    expect(r.stdout).toBe("'v'\n'data'\nTrue\n");
    expect(pyex(['repl', '--bogus']).status).toBe(2);
  });
  it('SIGINT interrupts the running input (KeyboardInterrupt) and the session goes on', async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin/pyex.js'), 'repl', '--max-steps', '1e12'], { cwd: root });
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.stdin.write('x = 1\nprint("go")\nwhile True:\n    x += 1\n\n');
    const t0 = Date.now();
    while (!out.includes('go') && Date.now() - t0 < 20000) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    while (!err.includes('KeyboardInterrupt') && Date.now() - t0 < 20000) await new Promise((r) => setTimeout(r, 20));
    child.stdin.end('print(x > 1)\n');
    const code = await new Promise((r) => child.on('exit', r));
    expect(err).toMatch(/^Traceback \(most recent call last\):\n  File "<stdin>", line [12], in <module>\nKeyboardInterrupt\n$/);
    expect(out).toBe('go\nTrue\n');
    expect(code).toBe(1);
  }, 30000);
});
