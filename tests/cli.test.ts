// The pyex command line: exit codes, streams, help and version.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
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
