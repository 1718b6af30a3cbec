// dir(T) for each built-in type equals CPython 3.11's (tests/builtins/dir.json,
// from tests/builtins/gen_dir.py), except the names listed in docs/compatibility.md
// under "Built-in types". A listed name that starts matching fails the test.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-ignore: the built bundle (npm test builds it first)
import { run } from '../dist/pyex.js';

const here = new URL('.', import.meta.url);
const expected: Record<string, string[]> = JSON.parse(readFileSync(new URL('builtins/dir.json', here), 'utf8'));

// Parse "- `T` lacks `a`, `b`: reason" / "- `T` has extra `a`: reason" / "- `T` lacks everything: reason".
function allowances() {
  const doc = readFileSync(new URL('../docs/compatibility.md', here), 'utf8');
  const sec = doc.split(/^## /m).find(s => s.startsWith('Built-in types'));
  if (!sec) throw new Error('docs/compatibility.md has no "Built-in types" section');
  const lacks = new Map<string, Set<string> | 'all'>(), extra = new Map<string, Set<string>>();
  for (const line of sec.split('\n')) {
    const m = /^- `([^`]+)` (lacks|has extra) (.*?): \S/.exec(line);
    if (!m) continue;
    const names = [...m[3].matchAll(/`([^`]+)`/g)].map(x => x[1]);
    if (m[2] === 'lacks') lacks.set(m[1], m[3] === 'everything' ? 'all' : new Set(names));
    else extra.set(m[1], new Set(names));
  }
  return { lacks, extra };
}

describe('dir() of built-in types', async () => {
  const types = Object.keys(expected);
  const prog = types.map(t =>
    `try:\n    print(${JSON.stringify(t)} + '\\t' + repr(dir(${t})))\n` +
    `except Exception as e:\n    print(${JSON.stringify(t)} + '\\t!' + type(e).__name__)`).join('\n');
  const r = await run(prog);
  const got = new Map<string, string[] | null>();
  for (const line of (r.stdout as string).trim().split('\n')) {
    const [t, rest] = line.split('\t');
    got.set(t, rest.startsWith('!') ? null : JSON.parse(rest.replace(/'/g, '"')));
  }
  const { lacks, extra } = allowances();
  for (const t of types) {
    it(`dir(${t})`, () => {
      const g = got.get(t);
      const allowL = lacks.get(t);
      if (g === null || g === undefined) {
        expect(allowL, `dir(${t}) fails in pyex; list it as lacking everything`).toBe('all');
        return;
      }
      expect(allowL, `dir(${t}) now works: drop "lacks everything"`).not.toBe('all');
      const exp = expected[t];
      const missing = exp.filter(n => !g.includes(n));
      const more = g.filter(n => !exp.includes(n));
      expect(missing.sort()).toEqual([...((allowL as Set<string>) ?? [])].sort());
      expect(more.sort()).toEqual([...(extra.get(t) ?? [])].sort());
      expect(g).toEqual([...g].sort());
    });
  }
});
