// Tests for the Python 3.11 tokenizer/parser (compiler/tokenizer.ts, compiler/parser/*).
//
// Goldens in tests/parser/golden were recorded from CPython 3.11 with
// tests/parser/update-goldens.mjs (scripts/astdump.py). When python3 3.11 is
// available the fixtures are also compared live.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from '../compiler/parser/index.js';
import { dumpAst } from '../compiler/parser/dump.js';
import { PySyntaxError } from '../compiler/errors.js';

const dir = join(__dirname, 'parser');
const fixtures = readdirSync(join(dir, 'fixtures')).filter((f) => f.endsWith('.py')).sort();
const readFixture = (f: string) => readFileSync(join(dir, 'fixtures', f), 'utf8');
const golden = (name: string) => JSON.parse(readFileSync(join(dir, 'golden', name), 'utf8'));

function errInfo(src: string, withEnd = false, mode: 'exec' | 'eval' | 'single' = 'exec'): unknown {
  try {
    parse(src, '<string>', mode as 'exec');
  } catch (e) {
    if (e instanceof PySyntaxError) {
      const r: Record<string, unknown> = { type: e.pyType, msg: e.msg, lineno: e.lineno, offset: e.offset };
      if (withEnd) {
        r.end_lineno = e.end_lineno;
        r.end_offset = e.end_offset;
      }
      return r;
    }
    throw e;
  }
  return 'no error';
}

/** parse must either succeed or throw PySyntaxError */
function parsesCleanly(src: string): void {
  try {
    parse(src);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    expect(typeof e.msg).toBe('string');
    expect(Number.isInteger(e.lineno)).toBe(true);
  }
}

const py = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))']);
const havePython = py.status === 0 && py.stdout.toString().trim() === 'True';

describe('parser: AST goldens (CPython 3.11)', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(40);
  for (const f of fixtures) {
    it(f, () => {
      expect(dumpAst(parse(readFixture(f)))).toEqual(golden(f.replace(/\.py$/, '.json')));
    });
  }
  it('snippets', () => {
    const srcs: string[] = JSON.parse(readFileSync(join(dir, 'snippets.json'), 'utf8'));
    const exp = golden('snippets.json');
    srcs.forEach((s, i) => expect(dumpAst(parse(s)), JSON.stringify(s)).toEqual(exp[i]));
  });
});

describe('parser: syntax error goldens (CPython 3.11)', () => {
  const srcs: string[] = JSON.parse(readFileSync(join(dir, 'errors.json'), 'utf8'));
  const exp = golden('errors.json');
  it(`has >= 40 cases (${srcs.length})`, () => expect(srcs.length).toBeGreaterThanOrEqual(40));
  srcs.forEach((s, i) => {
    it(JSON.stringify(s).slice(0, 60), () => expect(errInfo(s, true)).toEqual(exp[i]));
  });
  it('carries filename, text and end positions', () => {
    try {
      parse('x = (1,\n 2 3)\n', 'prog.py');
      expect.unreachable();
    } catch (e) {
      const err = e as PySyntaxError;
      expect(err).toBeInstanceOf(PySyntaxError);
      expect(err.filename).toBe('prog.py');
      expect(err.text).toBe(' 2 3)\n');
      expect([err.lineno, err.offset, err.end_lineno, err.end_offset]).toEqual([2, 2, 2, 5]);
    }
  });
});

describe('parser: eval / single modes (CPython 3.11 goldens)', () => {
  const cases: [string, 'eval' | 'single'][] = JSON.parse(readFileSync(join(dir, 'modes.json'), 'utf8'));
  const exp = golden('modes.json');
  cases.forEach(([src, mode], i) => {
    it(`${mode} ${JSON.stringify(src)}`, () => {
      let r: unknown;
      try {
        r = dumpAst(parse(src, '<string>', mode as 'eval'));
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        r = errInfo(src, true, mode);
      }
      expect(r).toEqual(exp[i]);
    });
  });
});

describe.skipIf(!havePython)('parser: live comparison with python3', () => {
  it('fixtures match CPython ast', () => {
    const files = fixtures.map((f) => join(dir, 'fixtures', f));
    const out = spawnSync('python3', [join(__dirname, '../scripts/astdump.py'), ...files], { maxBuffer: 1 << 30 });
    const lines = out.stdout.toString().trim().split('\n');
    fixtures.forEach((f, i) => expect(dumpAst(parse(readFixture(f))), f).toEqual(JSON.parse(lines[i])));
  });
  it('error cases match CPython', () => {
    const srcs: string[] = JSON.parse(readFileSync(join(dir, 'errors.json'), 'utf8'));
    const out = spawnSync('python3', [join(__dirname, '../scripts/astdump.py'), '-'], { input: JSON.stringify(srcs), maxBuffer: 1 << 30 });
    const res = JSON.parse(out.stdout.toString());
    srcs.forEach((s, i) => {
      const e = res[i].error;
      expect(errInfo(s), JSON.stringify(s)).toEqual({ type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset });
    });
  });
});

describe('parser: robustness', () => {
  it('10,000 nested parentheses -> too many nested parentheses', () => {
    expect(errInfo('('.repeat(10000))).toEqual({ type: 'SyntaxError', msg: 'too many nested parentheses', lineno: 1, offset: 201 });
    expect(errInfo('x = ' + '['.repeat(10000) + ']'.repeat(10000))).toMatchObject({ msg: 'too many nested parentheses' });
  });
  it('150 nested brackets are fine', () => {
    expect(() => parse('['.repeat(150) + ']'.repeat(150))).not.toThrow();
  });
  it('deep unary / not / power / lambda / ifexp chains give a clean SyntaxError', () => {
    for (const src of [
      '-'.repeat(100000) + '1',
      '~'.repeat(100000) + '1',
      'not '.repeat(100000) + 'x',
      '2**'.repeat(50000) + '2',
      'lambda: '.repeat(50000) + '1',
      'a if b else '.repeat(50000) + 'c',
      'a' + '.b'.repeat(100000),
      'f' + '()'.repeat(100000),
      Array(100001).fill('a').join('+'),
      'x = ' + 'f"{'.repeat(100),
    ]) {
      const r = errInfo(src);
      expect(r).not.toBe('no error');
      expect((r as { type: string }).type).toBe('SyntaxError');
    }
    expect(() => parse('-'.repeat(2000) + '1')).not.toThrow();
  });
  it('1000 nested if blocks -> too many levels of indentation', () => {
    let src = '';
    for (let i = 0; i < 1000; i++) src += ' '.repeat(i) + 'if x:\n';
    src += ' '.repeat(1000) + 'pass\n';
    expect(errInfo(src)).toEqual({ type: 'IndentationError', msg: 'too many levels of indentation', lineno: 101, offset: 1 });
  });
  it('random garbage never throws anything but PySyntaxError', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => parsesCleanly(s)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => parsesCleanly(s)), { numRuns: 1000 });
  });
  it('random token soup never throws anything but PySyntaxError', () => {
    const toks = [
      '(', ')', '[', ']', '{', '}', ':', ',', ';', '.', '...', '=', '==', ':=', '->', '*', '**', '/', '//', '@', '|', '&',
      '+', '-', '~', '<', '>', '!', '!=', '<>', '%', '^', 'if', 'else', 'elif', 'for', 'in', 'not', 'is', 'and', 'or',
      'lambda', 'def', 'class', 'return', 'yield', 'from', 'import', 'as', 'with', 'async', 'await', 'try', 'except',
      'finally', 'raise', 'del', 'pass', 'break', 'global', 'nonlocal', 'assert', 'while', 'match', 'case', '_',
      'x', 'y', 'None', 'True', '0', '1.5', '0x', '1_', '2j', '"s"', "'", '"', '"""', "f'{", "f'{x}'", 'f"', 'b"\\x"',
      '\\', '\\\n', '#c', '\n', '\n', '\n    ', '\n\t', '\n  ', ' ', '\t', '\f', '\r\n', 'é', '…', '\u00a0', '\0',
    ];
    const soup = fc.array(fc.constantFrom(...toks), { maxLength: 60 }).map((a) => a.join(' '));
    const soupTight = fc.array(fc.constantFrom(...toks), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(fc.property(soup, (s) => parsesCleanly(s)), { numRuns: 4000 });
    fc.assert(fc.property(soupTight, (s) => parsesCleanly(s)), { numRuns: 4000 });
  });
  it('mutated fixtures never throw anything but PySyntaxError', () => {
    const srcs = fixtures.map(readFixture).filter((s) => s.length > 0);
    const mut = fc.tuple(fc.nat(srcs.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(mut, ([i, edits]) => {
        let s = srcs[i];
        for (const [pos, del, ins] of edits) {
          const p = pos % (s.length + 1);
          s = s.slice(0, p) + ins + s.slice(p + del);
        }
        parsesCleanly(s);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parser: misc API', () => {
  it('handles CRLF, BOM and form feeds', () => {
    expect(dumpAst(parse('\ufeffx = 1\r\ny = 2\r\n'))).toEqual(dumpAst(parse('x = 1\ny = 2\n')));
  });
  it('eval and single modes', () => {
    expect((parse('1 + 2', '<string>', 'eval').body as { _type: string })._type).toBe('BinOp');
    expect(parse('x = 1\n', '<string>', 'single')._type).toBe('Interactive');
  });
  it('constants are tagged values', () => {
    const m = parse('1; 1.5; 2j; "s"; b"b"; True; None; ...; 10**100');
    const vals = m.body.map((s) => (s._type === 'Expr' && s.value._type === 'Constant' ? s.value.value : null));
    expect(vals.slice(0, 8)).toEqual([
      { t: 'int', v: 1n }, { t: 'float', v: 1.5 }, { t: 'complex', v: 2 }, { t: 'str', v: 's' },
      { t: 'bytes', v: new Uint8Array([98]) }, { t: 'bool', v: true }, { t: 'None' }, { t: 'Ellipsis' },
    ]);
  });
  it('parses ~5000 lines in one piece (speed is reported, not asserted: npm run bench)', () => {
    const unit = readFixture('40_complex_program.py');
    const copies = Math.ceil(5000 / unit.split('\n').length);
    const one = parse(unit).body.length;
    const t0 = performance.now();
    const m = parse(Array(copies).fill(unit).join('\n'));
    const dt = performance.now() - t0;
    expect(m.body.length).toBe(one * copies);
    console.log(`parser: ${copies * unit.split('\n').length} lines in ${dt.toFixed(1)} ms`);
  });
});
