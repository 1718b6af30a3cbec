// Node-only helpers for the CLI's --fs DIR: load a host folder into a sandbox Filesystem and, with
// --commit, write a run's staged changes back. Symbolic links are skipped when loading and never
// followed when writing, so nothing outside DIR is read or written.
import fs from 'node:fs';
import path from 'node:path';
import { Filesystem, type FsDiff } from './fs';

export const MAX_LOAD_BYTES = 256 * 1024 * 1024;

export function loadDir(dir: string, readOnly = false): Filesystem {
  return new Filesystem(readDirTree(dir), { readOnly });
}

/** A host folder as a plain tree { "/path": bytes, "/dir/": "" } (it can cross to a worker thread). */
export function readDirTree(dir: string): Record<string, Uint8Array | string> {
  const files: Record<string, Uint8Array | string> = {};
  let total = 0;
  const walk = (abs: string, rel: string) => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const a = path.join(abs, e.name), r = `${rel}/${e.name}`;
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory()) { files[r + '/'] = ''; walk(a, r); }
      else if (e.isFile()) {
        const data = fs.readFileSync(a);
        total += data.length;
        if (total > MAX_LOAD_BYTES) throw new Error(`--fs ${dir}: more than ${MAX_LOAD_BYTES} bytes`);
        files[r] = new Uint8Array(data.buffer, data.byteOffset, data.length);
      }
    }
  };
  walk(dir, '');
  return files;
}

/** Apply a diff to the host folder (paths are sandbox paths: absolute, normalized, no '..'). */
export function commitToDir(dir: string, diff: FsDiff): void {
  const root = fs.realpathSync(dir);
  const target = (p: string) => {
    const t = path.join(root, ...p.split('/').filter(Boolean));
    // never write through a symlink: every existing ancestor must be a real directory inside root
    let cur = path.dirname(t);
    while (cur.length > root.length) {
      const st = fs.lstatSync(cur, { throwIfNoEntry: false });
      if (st && !st.isDirectory()) throw new Error(`refusing to write through ${cur}`);
      cur = path.dirname(cur);
    }
    const st = fs.lstatSync(t, { throwIfNoEntry: false });
    if (st?.isSymbolicLink()) throw new Error(`refusing to write through symlink ${t}`);
    return t;
  };
  for (const p of [...diff.deleted].sort().reverse()) fs.rmSync(target(p), { force: true });
  for (const p of [...diff.deletedDirs].sort().reverse()) fs.rmSync(target(p), { recursive: true, force: true });
  for (const p of diff.addedDirs) fs.mkdirSync(target(p), { recursive: true });
  for (const [p, data] of [...Object.entries(diff.added), ...Object.entries(diff.modified)]) {
    const t = target(p);
    fs.mkdirSync(path.dirname(t), { recursive: true });
    fs.writeFileSync(t, data);
  }
}

/** A human summary of a diff for stderr. */
export function describeDiff(diff: FsDiff): string {
  const lines: string[] = [];
  for (const p of diff.addedDirs) lines.push(`  A ${p}/`);
  for (const [p, d] of Object.entries(diff.added)) lines.push(`  A ${p} (${d.length} bytes)`);
  for (const [p, d] of Object.entries(diff.modified)) lines.push(`  M ${p} (${d.length} bytes)`);
  for (const p of diff.deleted) lines.push(`  D ${p}`);
  for (const p of diff.deletedDirs) lines.push(`  D ${p}/`);
  return lines.join('\n');
}

/** JSON-friendly file contents: UTF-8 text when it decodes, else { base64 }. */
export function jsonBytes(b: Uint8Array): string | { base64: string } {
  try { return new TextDecoder('utf-8', { fatal: true }).decode(b); } catch { return { base64: Buffer.from(b).toString('base64') }; }
}
