// The key/value storage capability (docs/capabilities.md, "Key/value storage"): string keys, JSON
// values. The host passes a KvStore (or a Map / plain object), attenuated as it likes — read-only,
// or confined to a key prefix — and the run works on a copy-on-write overlay of it: writes and
// deletions are staged, `result.storeDiff` shows them, `store.commit(result.storeOverlay)` applies
// them. Values cross as JSON text, so Python gets back exactly what it stored (1.0 stays a float,
// big ints stay exact); the host sees them as parsed JSON.

/** A value the host can put in a store: anything JSON.stringify accepts. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export class StoreError extends Error { constructor(readonly pyType: string, message: string) { super(message); } }

/** The data behind a store: JSON texts by key (a host Map is wrapped, its values kept as JS values). */
interface Backend {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
  delete(key: string): void;
  keys(): string[];
}

function mapBackend(m: Map<string, unknown>): Backend {
  return {
    get: (k) => (m.has(k) ? JSON.stringify(m.get(k)) : undefined),
    set: (k, t) => { m.set(k, JSON.parse(t)); },
    delete: (k) => { m.delete(k); },
    keys: () => [...m.keys()].filter((k) => typeof k === 'string'),
  };
}

function textBackend(init: Iterable<[string, unknown]>): Backend {
  const m = new Map<string, string>();
  for (const [k, v] of init) {
    const t = JSON.stringify(v);
    if (t === undefined) throw new TypeError(`pyex: store value for '${k}' is not JSON`);
    m.set(String(k), t);
  }
  return { get: (k) => m.get(k), set: (k, t) => { m.set(k, t); }, delete: (k) => { m.delete(k); }, keys: () => [...m.keys()] };
}

/**
 * A key/value store. `new KvStore({ a: 1 })` copies the data; `KvStore.wrap(map)` works on the
 * host's own Map (commit writes into it). `readOnly()` and `withPrefix(p)` return attenuated views
 * of the same data.
 */
export class KvStore {
  private backend: Backend;
  /** Keys this view reaches start with it (the guest names them without it). */
  readonly prefix: string = '';
  readonly isReadOnly: boolean = false;

  /** A store holding a copy of `init` ({ key: value } or [key, value] pairs). */
  constructor(init: Record<string, unknown> | Iterable<[string, unknown]> = {}) {
    const entries = Symbol.iterator in Object(init) ? (init as Iterable<[string, unknown]>) : Object.entries(init);
    this.backend = textBackend(entries);
  }
  /** A store over the host's own Map (values are JS values, JSON in and out; commit writes into it). */
  static wrap(map: Map<string, unknown>): KvStore { return KvStore.view(mapBackend(map), '', false); }
  private static view(backend: Backend, prefix: string, readOnly: boolean): KvStore {
    const s = Object.create(KvStore.prototype) as { backend: Backend; prefix: string; isReadOnly: boolean };
    s.backend = backend; s.prefix = prefix; s.isReadOnly = readOnly;
    return s as unknown as KvStore;
  }

  /** The same data, writes refused. */
  readOnly(): KvStore { return KvStore.view(this.backend, this.prefix, true); }
  /** The same data, confined to keys under `prefix` (the guest sees them without it). */
  withPrefix(prefix: string): KvStore { return KvStore.view(this.backend, this.prefix + prefix, this.isReadOnly); }

  /** The value at key (as this view names it), or undefined. */
  get(key: string): unknown {
    const t = this.backend.get(this.prefix + key);
    return t === undefined ? undefined : JSON.parse(t);
  }
  set(key: string, value: unknown): void {
    if (this.isReadOnly) throw new TypeError('pyex: this store view is read-only');
    const t = JSON.stringify(value);
    if (t === undefined) throw new TypeError('pyex: store values are JSON');
    this.backend.set(this.prefix + key, t);
  }
  delete(key: string): void {
    if (this.isReadOnly) throw new TypeError('pyex: this store view is read-only');
    this.backend.delete(this.prefix + key);
  }
  /** Keys of this view, sorted (without the view's prefix). */
  keys(): string[] {
    return this.backend.keys().filter((k) => k.startsWith(this.prefix)).map((k) => k.slice(this.prefix.length)).sort();
  }
  /** { key: value } of this view. */
  toObject(): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    for (const k of this.keys()) Object.defineProperty(o, k, { value: this.get(k), enumerable: true, writable: true, configurable: true });
    return o;
  }

  /** @internal a run's copy-on-write overlay of this view */
  overlay(): StoreOverlay { return new StoreOverlay(this); }
  /** @internal */ rawGet(fullKey: string): string | undefined { return this.backend.get(fullKey); }
  /** @internal */ rawKeys(): string[] { return this.backend.keys().filter((k) => k.startsWith(this.prefix)); }

  /** Apply a run's staged changes (result.storeOverlay) to this store. */
  commit(ov: StoreOverlay): void {
    for (const [k, t] of ov.staged) {
      if (t === null) this.backend.delete(k);
      else this.backend.set(k, t);
    }
  }
}

export interface StoreDiff {
  /** Keys written (full keys, the view's prefix included) and their new values. */
  set: Record<string, unknown>;
  /** Keys deleted that existed before. */
  deleted: string[];
}

/** Staged writes (JSON text) and deletions (null) over a store view, keyed by full key. */
export class StoreOverlay {
  readonly staged = new Map<string, string | null>();
  constructor(readonly base: KvStore) {}

  private full(key: string): string { return this.base.prefix + key; }
  private read(full: string): string | undefined {
    if (this.staged.has(full)) { const t = this.staged.get(full); return t === null ? undefined : t!; }
    return this.base.rawGet(full);
  }
  private writable(): void {
    if (this.base.isReadOnly) throw new StoreError('PermissionError', 'the key/value store is read-only (the host passed a read-only view)');
  }

  getText(key: string): string | undefined { return this.read(this.full(key)); }
  setText(key: string, text: string): void { this.writable(); this.staged.set(this.full(key), text); }
  /** True when a value was there. */
  delete(key: string): boolean {
    this.writable();
    const f = this.full(key);
    const had = this.read(f) !== undefined;
    if (had) this.staged.set(f, null);
    return had;
  }
  /** Keys of the view (without its prefix), sorted, optionally only those starting with `prefix`. */
  keys(prefix = ''): string[] {
    const p = this.base.prefix;
    const all = new Set(this.base.rawKeys());
    for (const [k, t] of this.staged) { if (t === null) all.delete(k); else if (k.startsWith(p)) all.add(k); }
    return [...all].map((k) => k.slice(p.length)).filter((k) => k.startsWith(prefix)).sort();
  }
  /** What commit() would change. */
  diff(): StoreDiff {
    const set: Record<string, unknown> = {};
    const deleted: string[] = [];
    for (const k of [...this.staged.keys()].sort()) {
      const t = this.staged.get(k)!;
      const before = this.base.rawGet(k);
      if (t === null) { if (before !== undefined) deleted.push(k); }
      else if (t !== before) Object.defineProperty(set, k, { value: JSON.parse(t), enumerable: true, writable: true, configurable: true });
    }
    return { set, deleted };
  }
}

/** The store a run gets from RunOptions.store. */
export function storeOf(s: KvStore | Map<string, unknown> | Record<string, unknown> | undefined): KvStore | null {
  if (s === undefined || s === null) return null;
  if (s instanceof KvStore) return s;
  if (s instanceof Map) return KvStore.wrap(s);
  return new KvStore(s);
}
