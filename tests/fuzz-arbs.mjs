// Shared fast-check generators for the fuzzers (tests/fuzz.test.ts, scripts/fuzz.mjs):
// grammar-based programs, random token streams, random bytes, and the python3 differential driver.
import fc from 'fast-check';

// ---- the grammar -----------------------------------------------------------------------------------
const VARS = ['a', 'b', 'c', 'd'];
const intLit = fc.integer({ min: -3, max: 12 }).map(String);
const bigLit = fc.constantFrom('2**40', '-(2**64)', '10**20', '7**30');
const strLit = fc.constantFrom("''", "'a'", "'ab'", "'x y'", "'hello'", "'a,b,c'", "'12'", "'AbC'", "'é'");
const varName = fc.constantFrom(...VARS);
const floatLit = fc.constantFrom('0.5', '1.25', '-2.0', '1e3');

export function exprArb(depth) {
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

export function stmtArb(depth) {
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

export const programArb = fc.array(stmtArb(2), { minLength: 1, maxLength: 8 }).map((stmts) => {
  const lines = ['a = 1', "b = 'ab'", 'c = [1, 2]', "d = {'a': 1}"];
  // each top-level statement is guarded so a program continues past ordinary errors
  for (const s of stmts) lines.push('try:', ...s.map((l) => '    ' + l), 'except Exception as _e:', '    print(type(_e).__name__)');
  lines.push('print(repr(a), repr(b), repr(c), repr(d))');
  return lines.join('\n') + '\n';
});

export function samplePrograms(n, seed) {
  return fc.sample(programArb, { numRuns: n, seed });
}


// ---- random token streams ------------------------------------------------------------------------
const TOKENS = ['def', 'class', 'if', 'elif', 'else', 'while', 'for', 'in', 'not', 'and', 'or', 'is', 'lambda', 'return', 'yield',
  'yield from', 'try', 'except', 'finally', 'raise', 'with', 'as', 'import', 'from', 'global', 'nonlocal', 'pass', 'break',
  'continue', 'del', 'assert', 'async', 'await', 'match', 'case', 'None', 'True', 'False', '(', ')', '[', ']', '{', '}', ':', ',',
  ';', '.', '...', '=', '==', '+', '-', '*', '**', '/', '//', '%', '@', '<', '>', '<=', '>=', '!=', '->', ':=', '+=', '|', '&',
  '^', '~', '<<', '>>', 'x', 'y', 'f', 'print', 'range', 'len', '0', '1', '10**9', '1.5', '1j', "'s'", 'f"{x}"', 'b"b"', '"""',
  '\n', '\n    ', '\n        ', '\t', ' ', '#', '\\\n', '0x', '1_0', 'é', '\u0000', '\r', '\x0c'];
export const tokenArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((ts) => ts.join(' '));

// ---- random bytes (decoded leniently, as a host would hand them over) ------------------------------
export const bytesArb = fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1'));
export const unicodeArb = fc.string({ unit: 'binary', maxLength: 100 });

// ---- differential driver for python3 -------------------------------------------------------------
export const DRIVER = String.raw`
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

// ---- mutated grammar programs: a well-formed program with a few characters deleted, duplicated or swapped
export const mutatedArb = fc.tuple(programArb, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...TOKENS)), { minLength: 1, maxLength: 4 }))
  .map(([src, muts]) => {
    let s = src;
    for (const [pos, kind, tok] of muts) {
      const i = pos % (s.length + 1);
      if (kind === 0) s = s.slice(0, i) + s.slice(i + 1);
      else if (kind === 1) s = s.slice(0, i) + tok + s.slice(i);
      else if (kind === 2) s = s.slice(0, i) + s.slice(i, i + 8) + s.slice(i);
      else s = s.slice(0, i) + '\n' + s.slice(i);
    }
    return s;
  });

/** The kinds of input the robustness fuzzer mixes, with their weights. */
export const inputArb = fc.oneof(
  { weight: 4, arbitrary: programArb.map((s) => ['grammar', s]) },
  { weight: 2, arbitrary: mutatedArb.map((s) => ['mutated', s]) },
  { weight: 2, arbitrary: tokenArb.map((s) => ['tokens', s]) },
  { weight: 1, arbitrary: bytesArb.map((s) => ['bytes', s]) },
  { weight: 1, arbitrary: unicodeArb.map((s) => ['unicode', s]) },
);

/** Robustness limits: small, so every input ends quickly. */
export const FUZZ_LIMITS = { maxSteps: 200_000, maxMemory: 8_000_000, maxOutput: 100_000, maxDepth: 100 };

/** A result is acceptable when run() resolved with a Python-level outcome (not an internal VM error). */
export function badResult(r) {
  if (!r || typeof r !== 'object' || typeof r.stdout !== 'string' || !r.footprint) return 'malformed result';
  if (r.ok) return null;
  if (!r.error || typeof r.error.type !== 'string') return 'error without type';
  if (r.error.type === 'SystemError' || /internal/i.test(r.error.message ?? '')) return `${r.error.type}: ${r.error.message}`;
  return null;
}
