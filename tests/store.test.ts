// The key/value storage capability (docs/capabilities.md, "Key/value storage"): the `store` module,
// JSON values, the copy-on-write overlay and commit, read-only and prefix views, the missing
// capability, effects and spans.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
// @ts-ignore: the built bundle (npm test builds it first)
import { run, KvStore } from '../dist/pyex.js';

describe('store module', () => {
  it('get/set/delete/keys/scan with JSON values', async () => {
    const kv = new KvStore({ 'user:1': { name: 'Ada' }, 'user:2': { name: 'Bob' }, count: 1 });
    const r = await run(`
import store
print(store.get("user:1"), store.get("nope"), store.get("nope", 0))
store.set("count", store.get("count") + 1)
store.set("f", 1.0)
store.set("big", 2**70)
store.set("t", (1, "a", None, True, {"k": [1.5]}))
print(store.get("count"), store.get("f"), store.get("big"), store.get("t"))
print(store.delete("user:2"), store.delete("user:2"))
print(store.keys())
print(store.scan("user:"), store.scan("zzz"))
for bad in [lambda: store.set("x", float("nan")), lambda: store.set("x", object()), lambda: store.get(1), lambda: store.set("x", {1j: 2})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
`, { store: kv });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "{'name': 'Ada'} None 0\n" +
      "2 1.0 1180591620717411303424 [1, 'a', None, True, {'k': [1.5]}]\n" +
      'True False\n' +
      "['big', 'count', 'f', 't', 'user:1']\n" +
      "[('user:1', {'name': 'Ada'})] []\n" +
      'ValueError Out of range float values are not JSON compliant\n' +
      'TypeError Object of type object is not JSON serializable\n' +
      'TypeError store keys must be str, not int\n' +
      'TypeError keys must be str, int, float, bool or None, not complex\n');
    // staged, not applied
    expect(kv.get('count')).toBe(1);
    expect(kv.keys()).toEqual(['count', 'user:1', 'user:2']);
    expect(r.storeDiff).toEqual({ set: { big: 1180591620717411303424, count: 2, f: 1, t: [1, 'a', null, true, { k: [1.5] }] }, deleted: ['user:2'] });
    kv.commit(r.storeOverlay);
    expect(kv.get('count')).toBe(2);
    expect(kv.keys()).toEqual(['big', 'count', 'f', 't', 'user:1']);
    // the next run sees the committed data, floats and big ints as Python wrote them
    const r2 = await run('import store\nprint(store.get("f"), store.get("big"), store.get("user:2"))', { store: kv });
    expect(r2.stdout).toBe('1.0 1180591620717411303424 None\n');
  });

  it('a host Map is used in place on commit; a plain object is copied', async () => {
    const m = new Map<string, unknown>([['a', [1, 2]]]);
    const r = await run('import store\nstore.set("b", store.get("a") + [3])\nprint(store.keys())', { store: m });
    expect(r.stdout).toBe("['a', 'b']\n");
    expect(m.has('b')).toBe(false);
    expect(r.storeDiff).toEqual({ set: { b: [1, 2, 3] }, deleted: [] });
    KvStore.wrap(m).commit(r.storeOverlay);
    expect(m.get('b')).toEqual([1, 2, 3]);
    const obj = { a: 1 };
    const r2 = await run('import store\nstore.set("a", 5)\nprint(store.get("a"))', { store: obj });
    expect(r2.stdout).toBe('5\n');
    expect(obj.a).toBe(1);
  });

  it('without a store every operation names the missing option', async () => {
    const r = await run('import store\nstore.get("x")');
    expect(r.error.type).toBe('PermissionError');
    expect(r.error.message).toBe('no key/value store capability (the host must pass store to run())');
    expect(r.storeDiff).toBeUndefined();
  });
});

describe('attenuation', () => {
  it('a read-only view reads and refuses writes', async () => {
    const kv = new KvStore({ a: 1 });
    const r = await run(`
import store
print(store.get("a"), store.keys())
for op in [lambda: store.set("a", 2), lambda: store.delete("a")]:
    try:
        op()
    except PermissionError as e:
        print("PermissionError:", e)
print(store.get("a"))
`, { store: kv.readOnly() });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      '1 [\'a\']\n' +
      'PermissionError: the key/value store is read-only (the host passed a read-only view)\n' +
      'PermissionError: the key/value store is read-only (the host passed a read-only view)\n' +
      '1\n');
    expect(r.storeDiff).toEqual({ set: {}, deleted: [] });
    expect(() => kv.readOnly().set('a', 3)).toThrow(/read-only/);
  });

  it('a prefix view confines the program to its keys', async () => {
    const kv = new KvStore({ 'tenant/a/x': 1, 'tenant/a/y': 2, 'tenant/b/x': 99, 'tenant/ab': 7, 'global': 0 });
    const r = await run(`
import store
print(store.keys(), store.get("x"), store.get("../b/x"), store.get("tenant/b/x"), store.get("b/x"))
store.set("z", 3)
store.set("../escape", 1)
print(store.scan(""), store.delete("y"))
`, { store: kv.withPrefix('tenant/a/') });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("['x', 'y'] 1 None None None\n[('../escape', 1), ('x', 1), ('y', 2), ('z', 3)] True\n");
    // the diff names full keys: nothing outside tenant/a/ can be touched
    expect(r.storeDiff).toEqual({ set: { 'tenant/a/../escape': 1, 'tenant/a/z': 3 }, deleted: ['tenant/a/y'] });
    kv.commit(r.storeOverlay);
    expect(kv.get('tenant/b/x')).toBe(99);
    expect(kv.get('global')).toBe(0);
    expect(kv.keys()).toEqual(['global', 'tenant/a/../escape', 'tenant/a/x', 'tenant/a/z', 'tenant/ab', 'tenant/b/x']);
  });

  it('views compose: a read-only prefix view', async () => {
    const kv = new KvStore({ 'p/a': 1, 'q/a': 2 });
    const r = await run('import store\nprint(store.keys(), store.get("a"))\nstore.set("b", 1)', { store: kv.withPrefix('p/').readOnly() });
    expect(r.stdout).toBe("['a'] 1\n");
    expect(r.error.type).toBe('PermissionError');
  });
});

describe('store effects', () => {
  it('every operation is an effect and a span', async () => {
    const r = await run('import store\nstore.set("k", [1])\nstore.get("k")\nstore.get("n")\nstore.keys()\nstore.scan("k")\nstore.delete("k")\n', { store: {} });
    expect(r.effects.map((e: any) => [e.op, e.args, e.result])).toEqual([
      ['kv.set', { key: 'k', size: 3 }, undefined],
      ['kv.get', { key: 'k' }, { hit: true }],
      ['kv.get', { key: 'n' }, { hit: false }],
      ['kv.keys', { prefix: '' }, { count: 1 }],
      ['kv.scan', { prefix: 'k' }, { count: 1 }],
      ['kv.delete', { key: 'k' }, { deleted: true }],
    ]);
    const spans = r.spans.filter((s: any) => s.kind === 'CLIENT');
    expect(spans.map((s: any) => s.name)).toEqual(['set pyex.kv', 'get pyex.kv', 'get pyex.kv', 'keys pyex.kv', 'scan pyex.kv', 'delete pyex.kv']);
    expect(spans[1].attributes['pyex.kv.hit']).toBe(true);
    expect(spans[2].attributes['pyex.kv.hit']).toBe(false);
  });
});

describe('CLI --store', () => {
  it('stages store writes and saves them only with --commit', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyex-store-'));
    const file = path.join(dir, 'kv.json');
    fs.writeFileSync(file, JSON.stringify({ n: 1, old: true }));
    const cli = (args: string[]) => spawnSync(process.execPath, [path.join(__dirname, '..', 'bin/pyex.js'), 'run', '-', '--store', file, ...args],
      { encoding: 'utf8', input: 'import store\nstore.set("n", store.get("n") + 1)\nstore.delete("old")\nprint(store.keys())' });
    const a = cli([]);
    expect(a.stdout).toBe("['n']\n");
    expect(a.stderr).toBe(`pyex: staged (not applied; use --commit) store changes to ${file}:\n  set n\n  deleted old\n`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ n: 1, old: true });
    const b = cli(['--commit']);
    expect(b.stderr).toContain('pyex: committed store changes');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ n: 2 });
  });
});
