// The filesystem capability: an in-memory tree (absolute POSIX paths inside the sandbox), with
// read-only mounts and a copy-on-write overlay. A run works on an Overlay of a Filesystem: every
// write, rename and delete is staged in the overlay; `diff()` lists the staged changes and
// `Filesystem.commit(overlay)` applies a reviewed overlay to the base.
//
// Paths reaching this module were normalized by the guest's os module, but nothing here trusts
// that: `normalize` resolves '.', '..' and repeated slashes against the sandbox root, so no path
// can name anything outside the tree (there is no host filesystem behind it).

export type FileData = string | Uint8Array;
export type FileTree = Record<string, FileData>;

export interface FileNode { kind: 'file'; data: Uint8Array; mtimeNs: bigint; /** spare capacity after data (appends; owned by an overlay) */ spare?: Uint8Array }
export interface DirNode { kind: 'dir'; mtimeNs: bigint }
export type Node = FileNode | DirNode;

export interface FsDiff {
  added: Record<string, Uint8Array>;
  modified: Record<string, Uint8Array>;
  deleted: string[];
  /** directories created / removed (empty directories are part of the tree too) */
  addedDirs: string[];
  deletedDirs: string[];
}

export interface MountOptions { readOnly?: boolean }

const te = new TextEncoder();

/** '/a/./b//../c' → '/a/c'; relative paths are taken from '/'; '..' never climbs above '/'. */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') { out.pop(); continue; }
    out.push(part);
  }
  return '/' + out.join('/');
}
function parentOf(p: string): string { const i = p.lastIndexOf('/'); return i <= 0 ? '/' : p.slice(0, i); }

export class FsError extends Error {
  constructor(readonly errno: number, readonly strerror: string) { super(strerror); }
}
export const ENOENT = 2, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, ENOTEMPTY = 39, EROFS = 30, EXDEV = 18, EPERM = 1, EFBIG = 27;
const STRERROR: Record<number, string> = {
  [ENOENT]: 'No such file or directory', [EEXIST]: 'File exists', [ENOTDIR]: 'Not a directory', [EISDIR]: 'Is a directory',
  [EINVAL]: 'Invalid argument', [ENOTEMPTY]: 'Directory not empty', [EROFS]: 'Read-only file system', [EXDEV]: 'Invalid cross-device link',
  [EPERM]: 'Operation not permitted', [EFBIG]: 'File too large',
};
const fail = (errno: number): never => { throw new FsError(errno, STRERROR[errno]); };

function toBytes(d: FileData): Uint8Array { return typeof d === 'string' ? te.encode(d) : new Uint8Array(d); }

/** The base tree a host hands in. */
export class Filesystem {
  /** path → node; '/' always exists */
  readonly nodes = new Map<string, Node>();
  /** read-only path prefixes (mount points) */
  readonly readOnly = new Set<string>();

  constructor(files: FileTree = {}, options: MountOptions = {}) {
    this.nodes.set('/', { kind: 'dir', mtimeNs: 0n });
    this.mount('/', files, options);
  }

  /** Add files under `at` (directories are created as needed); readOnly makes the subtree read-only. */
  mount(at: string, files: FileTree, options: MountOptions = {}): this {
    const root = normalize(at);
    this.mkdirs(root);
    for (const [name, data] of Object.entries(files)) {
      const p = normalize(root + '/' + name);
      if (p === '/') continue;
      if (name.endsWith('/')) { this.mkdirs(p); continue; }
      this.mkdirs(parentOf(p));
      this.nodes.set(p, { kind: 'file', data: toBytes(data), mtimeNs: 0n });
    }
    if (options.readOnly) this.readOnly.add(root);
    return this;
  }

  private mkdirs(p: string) {
    const parts = p.split('/').filter(Boolean);
    let cur = '';
    for (const part of parts) {
      cur += '/' + part;
      const n = this.nodes.get(cur);
      if (!n) this.nodes.set(cur, { kind: 'dir', mtimeNs: 0n });
      else if (n.kind === 'file') throw new Error(`pyex Filesystem: ${cur} is a file and a directory`);
    }
  }

  /** Start a copy-on-write overlay (what a run works on). */
  overlay(): Overlay { return new Overlay(this); }

  /** Apply a reviewed overlay's changes to this base (the overlay must have been made from it). */
  commit(ov: Overlay): void {
    if (ov.base !== this) throw new Error('pyex Filesystem.commit: overlay belongs to another filesystem');
    for (const [p, n] of ov.staged) {
      if (n === null) this.nodes.delete(p);
      else this.nodes.set(p, n.kind === 'file' ? { kind: 'file', data: n.data.slice(), mtimeNs: n.mtimeNs } : n);
    }
    ov.staged.clear();
  }

  /** The tree as { path: bytes } (files only), sorted by path. */
  files(): Record<string, Uint8Array> { return filesOf(this.nodes); }

  isReadOnly(p: string): boolean {
    for (const r of this.readOnly) if (p === r || p.startsWith(r === '/' ? '/' : r + '/')) return true;
    return false;
  }
}

function filesOf(nodes: Map<string, Node>): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const p of [...nodes.keys()].sort()) { const n = nodes.get(p)!; if (n.kind === 'file') out[p] = n.data; }
  return out;
}

/** Staged changes over a base Filesystem; `null` marks a deletion. */
export class Overlay {
  readonly staged = new Map<string, Node | null>();
  constructor(readonly base: Filesystem) {}

  get(p: string): Node | undefined {
    if (this.staged.has(p)) return this.staged.get(p) ?? undefined;
    return this.base.nodes.get(p);
  }
  private put(p: string, n: Node | null) {
    if (n === null && !this.base.nodes.has(p)) this.staged.delete(p);
    else this.staged.set(p, n);
  }
  /** The names directly inside directory p (sorted). */
  children(p: string): string[] {
    const prefix = p === '/' ? '/' : p + '/';
    const names = new Set<string>();
    const consider = (q: string) => {
      if (q.length > prefix.length && q.startsWith(prefix) && !q.slice(prefix.length).includes('/') && this.get(q)) names.add(q.slice(prefix.length));
    };
    for (const q of this.base.nodes.keys()) consider(q);
    for (const q of this.staged.keys()) consider(q);
    return [...names].sort();
  }
  /** Every node path under p (recursive), for rename/rmtree. */
  private descendants(p: string): string[] {
    const out: string[] = [];
    for (const name of this.children(p)) {
      const q = (p === '/' ? '' : p) + '/' + name;
      out.push(q);
      if (this.get(q)?.kind === 'dir') out.push(...this.descendants(q));
    }
    return out;
  }

  /** The parent directory must exist and be a directory. */
  private checkParent(p: string) {
    const parts = p.split('/').filter(Boolean);
    let cur = '';
    for (let i = 0; i < parts.length - 1; i++) {
      cur += '/' + parts[i];
      const n = this.get(cur);
      if (!n) fail(ENOENT);
      if (n!.kind !== 'dir') fail(ENOTDIR);
    }
  }
  /** Lookup with POSIX errors for a missing path or a file used as a directory on the way. */
  lookup(p: string): Node {
    this.checkParent(p);
    const n = this.get(p);
    if (!n) fail(ENOENT);
    return n!;
  }
  private writable(p: string) { if (this.base.isReadOnly(p)) fail(EROFS); }

  read(p: string): Uint8Array {
    const n = this.lookup(p);
    if (n.kind === 'dir') fail(EISDIR);
    return (n as FileNode).data;
  }
  /** mode 'w' create/truncate, 'x' exclusive create, 'a' append, 'r+' must exist. */
  write(p: string, data: Uint8Array, mode: string, nowNs: bigint): void {
    this.checkParent(p);
    const n = this.get(p);
    if (n?.kind === 'dir') fail(EISDIR);
    if (mode === 'x' && n) fail(EEXIST);
    if (mode === 'r+' && !n) fail(ENOENT);
    if (p === '/') fail(EISDIR);
    this.writable(p);
    if (mode === 'a' && n?.kind === 'file') {
      // append in place when this overlay owns a buffer with room (amortized O(1) per byte)
      const old = n.data;
      const need = old.length + data.length;
      const own = this.staged.get(p) === n ? n.spare : undefined;
      if (own && own.buffer === old.buffer && old.byteOffset === 0 && own.length >= need) {
        own.set(data, old.length);
        this.put(p, { kind: 'file', data: own.subarray(0, need), mtimeNs: nowNs, spare: own });
        return;
      }
      const buf = new Uint8Array(Math.max(need, old.length * 2, 64));
      buf.set(old); buf.set(data, old.length);
      this.put(p, { kind: 'file', data: buf.subarray(0, need), mtimeNs: nowNs, spare: buf });
      return;
    }
    this.put(p, { kind: 'file', data: mode === 'a' ? data.slice() : data, mtimeNs: nowNs });
  }
  mkdir(p: string, nowNs: bigint): void {
    this.checkParent(p);
    if (this.get(p)) fail(EEXIST);
    this.writable(p);
    this.put(p, { kind: 'dir', mtimeNs: nowNs });
  }
  rmdir(p: string): void {
    const n = this.lookup(p);
    if (n.kind !== 'dir') fail(ENOTDIR);
    if (p === '/') fail(EPERM);
    if (this.children(p).length) fail(ENOTEMPTY);
    this.writable(p);
    this.put(p, null);
  }
  remove(p: string): void {
    const n = this.lookup(p);
    if (n.kind === 'dir') fail(EISDIR);
    this.writable(p);
    this.put(p, null);
  }
  /** os.rename / os.replace: files replace files; a directory may replace an empty directory. */
  rename(src: string, dst: string, nowNs: bigint): void {
    const n = this.lookup(src);
    this.checkParent(dst);
    this.writable(src); this.writable(dst);
    if (src === dst) return;
    const d = this.get(dst);
    if (n.kind === 'dir') {
      if (dst.startsWith(src + '/')) fail(EINVAL);
      if (d && d.kind !== 'dir') fail(ENOTDIR);
      if (d && this.children(dst).length) fail(ENOTEMPTY);
    } else if (d?.kind === 'dir') fail(EISDIR);
    const moved = n.kind === 'dir' ? this.descendants(src) : [];
    const nodes = moved.map((q) => [q, this.get(q)!] as const);
    for (const [q] of [...nodes].reverse()) this.put(q, null);
    this.put(src, null);
    this.put(dst, n.kind === 'file' ? { ...n, mtimeNs: n.mtimeNs } : { kind: 'dir', mtimeNs: nowNs });
    for (const [q, node] of nodes) this.put(dst + q.slice(src.length), node);
  }

  /** Staged changes relative to the base. */
  diff(): FsDiff {
    const d: FsDiff = { added: {}, modified: {}, deleted: [], addedDirs: [], deletedDirs: [] };
    for (const p of [...this.staged.keys()].sort()) {
      const now = this.staged.get(p);
      const was = this.base.nodes.get(p);
      if (now === null) { if (was?.kind === 'file') d.deleted.push(p); else if (was) d.deletedDirs.push(p); continue; }
      if (!now) continue;
      if (now.kind === 'dir') {
        if (!was || was.kind !== 'dir') d.addedDirs.push(p);
        if (was?.kind === 'file') d.deleted.push(p);
        continue;
      }
      if (!was) d.added[p] = now.data;
      else if (was.kind === 'dir') { d.deletedDirs.push(p); d.added[p] = now.data; }
      else if (!sameBytes(was.data, now.data)) d.modified[p] = now.data;
    }
    return d;
  }
  /** The final tree (files only). */
  files(): Record<string, Uint8Array> {
    const all = new Map(this.base.nodes);
    for (const [p, n] of this.staged) { if (n === null) all.delete(p); else all.set(p, n); }
    return filesOf(all);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
