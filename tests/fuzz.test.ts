// Fuzzing (docs/budgets.md): random small Python programs from a grammar of statements and
// expressions over ints, strs, lists and dicts.
//  1. Robustness: under small budgets, run() always resolves with a result — it never throws,
//     never hangs, and never reports an internal VM error (a trap: SystemError "internal VM error").
//  2. Differential: programs that python3 runs successfully print the same under pyex.
// PYEX_FUZZ_RUNS=N and PYEX_FUZZ_SEED=S run more / other programs (CI keeps the defaults small).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-ignore: the built bundle (npm test builds it first)
import { run } from '../dist/pyex.js';

const RUNS = Number(process.env.PYEX_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.PYEX_FUZZ_SEED ?? 20240601);

// ---- the grammar -----------------------------------------------------------------------------------
const VARS = ['a', 'b', 'c', 'd'];
const intLit = fc.integer({ min: -3, max: 12 }).map(String);
const bigLit = fc.constantFrom('2**40', '-(2**64)', '10**20', '7**30');
const strLit = fc.constantFrom("''", "'a'", "'ab'", "'x y'", "'hello'", "'a,b,c'", "'12'", "'AbC'", "'é'");
const varName = fc.constantFrom(...VARS);
const floatLit = fc.constantFrom('0.5', '1.25', '-2.0', '1e3');

function exprArb(depth: number): fc.Arbitrary<string> {
  const atoms = fc.oneof(
    { weight: 3, arbitrary: intLit }, { weight: 3, arbitrary: varName }, { weight: 2, arbitrary: strLit },
    { weight: 1, arbitrary: bigLit }, { weight: 1, arbitrary: floatLit },
    { weight: 1, arbitrary: fc.constantFrom('None', 'True', 'False', '[]', '{}', '()') },
  );
  if (depth <= 0) return atoms;
  const e = exprArb(depth - 1);
  return fc.oneof(
    { weight: 4, arbitrary: atoms },
    { weight: 4, arbitrary: fc.tuple(e, fc.constantFrom('+', '-', '*', '//', '%', '/', '==', '!=', '<', '<=', '>', 'and', 'or', 'in', 'not in', 'is', '&', '|', '^', '<<', '>>'), e)
        .map(([x, op, y]) => `(${x} ${op} ${y})`) },
    { weight: 1, arbitrary: fc.tuple(e, fc.integer({ min: 0, max: 4 })).map(([x, n]) => `(${x} ** ${n})`) },
    { weight: 1, arbitrary: e.map((x) => `(-${x})`) },
    { weight: 1, arbitrary: e.map((x) => `(not ${x})`) },
    { weight: 2, arbitrary: fc.array(e, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`) },
    { weight: 1, arbitrary: fc.array(e, { maxLength: 3 }).map((xs) => `(${xs.join(', ')}${xs.length === 1 ? ',' : ''})`) },
    { weight: 1, arbitrary: fc.array(fc.tuple(fc.oneof(intLit, strLit), e), { maxLength: 3 }).map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom('len', 'str', 'repr', 'sorted', 'sum', 'min', 'max', 'abs', 'list', 'int', 'bool', 'tuple', 'reversed', 'enumerate', 'dict', 'hash', 'float', 'type', 'round'), e)
        .map(([f, x]) => f === 'reversed' || f === 'enumerate' ? `list(${f}(${x}))` : f === 'type' ? `type(${x}).__name__` : f === 'hash' ? `(hash(${x}) == hash(${x}))` : `${f}(${x})`) },
    { weight: 2, arbitrary: fc.tuple(e, e).map(([x, i]) => `${x}[${i}]`) },
    { weight: 1, arbitrary: fc.tuple(e, fc.option(intLit), fc.option(intLit), fc.option(fc.constantFrom('1', '2', '-1', '-2', '3'))).map(([x, i, j, k]) => `${x}[${i ?? ''}:${j ?? ''}${k ? ':' + k : ''}]`) },
    { weight: 3, arbitrary: fc.tuple(e, fc.constantFrom('upper()', 'lower()', 'split()', "split(',')", 'strip()', 'keys()', 'values()', 'items()', 'copy()', 'title()', 'isdigit()', 'count(1)', "count('a')", 'index(0)', "find('b')", "replace('a', 'zz')", 'get(1)', "get('a', 0)", 'pop()', 'bit_length()', "join(['x', 'y'])", 'startswith("a")', 'zfill(5)', "center(7, '*')", 'swapcase()', 'capitalize()'))
        .map(([x, m]) => m.startsWith('keys') || m.startsWith('values') || m.startsWith('items') ? `list(${x}.${m})` : `${x}.${m}`) },
    { weight: 1, arbitrary: fc.tuple(e, e, e).map(([x, y, z]) => `(${x} if ${y} else ${z})`) },
    { weight: 1, arbitrary: fc.tuple(e, e).map(([x, y]) => `[${x} for _v in range(3) if ${y}]`) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: -3, max: 3 })).map(([n, k]) => `list(range(${n}))[::${k === 0 ? 1 : k}]`) },
    { weight: 1, arbitrary: fc.tuple(varName, varName, fc.constantFrom('', '!r', ':>5', '!s:<3')).map(([x, y, cv]) => `f"{${x}}-{${y}${cv}}"`) },
    { weight: 1, arbitrary: fc.tuple(e, fc.constantFrom('d', '5', '>4', '<3', 's', 'x', ',', '.2f', 'r')).map(([x, spec]) => spec === 'r' ? `'%r' % (${x},)` : `format(${x}, '${spec}')`) },
  );
}

function stmtArb(depth: number): fc.Arbitrary<string[]> {
  const e = exprArb(2);
  const simple = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(varName, e).map(([v, x]) => [`${v} = ${x}`]) },
    { weight: 2, arbitrary: fc.tuple(varName, fc.constantFrom('+=', '-=', '*=', '//=', '%='), e).map(([v, op, x]) => [`${v} ${op} ${x}`]) },
    { weight: 3, arbitrary: e.map((x) => [`print(${x})`]) },
    { weight: 2, arbitrary: fc.tuple(varName, e).map(([v, x]) => [`${v}.append(${x})`]) },
    { weight: 1, arbitrary: fc.tuple(varName, e, e).map(([v, k, x]) => [`${v}[${k}] = ${x}`]) },
    { weight: 1, arbitrary: fc.tuple(varName, e).map(([v, k]) => [`del ${v}[${k}]`]) },
    { weight: 1, arbitrary: fc.tuple(varName, e).map(([v, x]) => [`${v}.extend(${x})`]) },
    { weight: 1, arbitrary: fc.tuple(varName, varName, e).map(([v, w, x]) => [`${v}, ${w} = ${x}`]) },
    { weight: 1, arbitrary: varName.map((v) => [`${v}.sort()`]) },
  );
  if (depth <= 0) return simple;
  const body = fc.array(stmtArb(depth - 1), { minLength: 1, maxLength: 3 }).map((ss) => ss.flat().map((l) => '    ' + l));
  return fc.oneof(
    { weight: 6, arbitrary: simple },
    { weight: 2, arbitrary: fc.tuple(e, body, fc.option(body)).map(([c, t, f]) => [`if ${c}:`, ...t, ...(f ? ['else:', ...f] : [])]) },
    { weight: 2, arbitrary: fc.tuple(varName, e, body).map(([v, it, b]) => [`for ${v} in ${it}:`, ...b]) },
    { weight: 1, arbitrary: fc.tuple(e, body, fc.integer({ min: 0, max: 1000 })).map(([c, b, k]) => [`_n${k} = 0`, `while (${c}) and _n${k} < 4:`, `    _n${k} += 1`, ...b]) },
    { weight: 2, arbitrary: fc.tuple(body, fc.constantFrom('Exception', 'ValueError', 'TypeError', '(KeyError, IndexError)', 'ArithmeticError')).map(([b, exc]) => ['try:', ...b, `except ${exc} as _e:`, '    print(type(_e).__name__)']) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('f', 'g'), e, body).map(([f, r, b]) => [`def ${f}(a, b=2):`, ...b, `    return ${r}`, `c = ${f}(1)`]) },
  );
}

const programArb = fc.array(stmtArb(2), { minLength: 1, maxLength: 8 }).map((stmts) => {
  const lines = ['a = 1', "b = 'ab'", 'c = [1, 2]', "d = {'a': 1}"];
  // each top-level statement is guarded so a program continues past ordinary errors
  for (const s of stmts) lines.push('try:', ...s.map((l) => '    ' + l), 'except Exception as _e:', '    print(type(_e).__name__)');
  lines.push('print(repr(a), repr(b), repr(c), repr(d))');
  return lines.join('\n') + '\n';
});

function samplePrograms(n: number, seed: number): string[] {
  return fc.sample(programArb, { numRuns: n, seed });
}

// ---- 1. robustness -----------------------------------------------------------------------------------
describe('fuzz: run() always returns a result', () => {
  it(`${RUNS} random programs under small budgets`, async () => {
    const progs = samplePrograms(RUNS, SEED);
    const bad: string[] = [];
    for (const src of progs) {
      const t = performance.now();
      let r: any;
      try {
        r = await run(src, { limits: { maxSteps: 200_000, maxMemory: 8_000_000, maxOutput: 100_000, maxDepth: 100 } });
      } catch (e) {
        bad.push(`run() threw ${String(e)}\n${src}`);
        continue;
      }
      const ms = performance.now() - t;
      if (r.error?.type === 'SystemError' || /internal/i.test(r.error?.message ?? '')) bad.push(`${r.error.type}: ${r.error.message}\n${src}`);
      else if (ms > 3000) bad.push(`slow (${ms.toFixed(0)} ms)\n${src}`);
    }
    expect(bad.slice(0, 3).join('\n-----\n')).toBe('');
  }, 120_000);

  it('hostile budget programs return promptly', async () => {
    const hostile = [
      'x = [[]]\nwhile True:\n    x = [x, x]', 'def f(): return f()\nf()', 's = "a"\nwhile True:\n    s += s',
      'd = {}\nwhile True:\n    d[len(d)] = [0] * 100', 'import sys\nprint(sys.getrecursionlimit())', "print('%s' * 100 % tuple(range(100)))",
      'x = 1\nwhile True:\n    x *= 1000', "'-'.join(str(i) for i in range(10**9))", 'sorted([3, 1] * 10**6)', '[i for i in range(10**9)]',
    ];
    for (const src of hostile) {
      const t = performance.now();
      const r = await run(src, { limits: { maxSteps: 1_000_000, maxMemory: 32_000_000 } });
      expect(r.error?.type === 'SystemError', `${src}: ${r.error?.message}`).toBe(false);
      expect(performance.now() - t, src).toBeLessThan(5000);
    }
  }, 60_000);
});

// ---- 2. differential against python3 -----------------------------------------------------------------
function havePython(): boolean {
  try { execFileSync('python3', ['-c', 'import sys; assert sys.version_info >= (3, 11)'], { stdio: 'ignore' }); return true; } catch { return false; }
}

const DRIVER = String.raw`
import io, json, sys, signal, resource, contextlib
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
progs = json.load(open(sys.argv[1]))
def alarm(*a): raise TimeoutError('fuzz timeout')
signal.signal(signal.SIGALRM, alarm)
out = []
for src in progs:
    buf = io.StringIO()
    ok = True
    try:
        signal.alarm(2)
        with contextlib.redirect_stdout(buf):
            exec(compile(src, 'main.py', 'exec'), {'__name__': '__main__'})
    except BaseException as e:
        ok = False
    finally:
        signal.alarm(0)
    out.append({'ok': ok, 'stdout': buf.getvalue()[:100000]})
json.dump(out, open(sys.argv[2], 'w'))
`;

describe.skipIf(!havePython())('fuzz: differential against python3', () => {
  it(`${RUNS} random programs print the same as CPython`, async () => {
    const progs = samplePrograms(RUNS, SEED + 1);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyex-fuzz-'));
    fs.writeFileSync(path.join(dir, 'progs.json'), JSON.stringify(progs));
    fs.writeFileSync(path.join(dir, 'driver.py'), DRIVER);
    execFileSync('python3', [path.join(dir, 'driver.py'), path.join(dir, 'progs.json'), path.join(dir, 'out.json')], { stdio: 'ignore', timeout: 120_000 });
    const expected: { ok: boolean; stdout: string }[] = JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
    const mismatches: string[] = [];
    let compared = 0;
    for (let i = 0; i < progs.length; i++) {
      if (!expected[i].ok) continue;
      const r = await run(progs[i], { limits: { maxSteps: 20_000_000, maxMemory: 256_000_000 } });
      if (r.error?.type === 'LimitError' || r.error?.type === 'MemoryError') continue;
      compared++;
      if (r.stdout !== expected[i].stdout || !r.ok) {
        mismatches.push(`${progs[i]}\n--- python3:\n${expected[i].stdout}--- pyex:\n${r.stdout}${r.error ? r.error.type + ': ' + r.error.message + '\n' : ''}`);
      }
    }
    if (process.env.PYEX_FUZZ_DUMP) fs.writeFileSync(process.env.PYEX_FUZZ_DUMP, mismatches.join('\n=====\n'));
    expect(compared).toBeGreaterThan(RUNS / 3);
    expect(mismatches.length === 0 ? '' : `${mismatches.length} mismatches; first:\n${mismatches[0]}`).toBe('');
  }, 300_000);
});
