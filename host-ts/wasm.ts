// Loading the VM module: compiled once per process (or page), instantiated once per run.
// In Node the bytes come from dist/pyex.wasm next to this bundle; in browsers and workers the
// embedder can pass them (or a URL) to `setWasmSource` before the first run.

let modulePromise: Promise<WebAssembly.Module> | null = null;
let source: (() => Promise<ArrayBuffer | Uint8Array>) | null = null;

/** Tell pyex where its wasm lives (browsers, workers, bundlers). */
export function setWasmSource(src: URL | string | ArrayBuffer | Uint8Array | WebAssembly.Module): void {
  if (src instanceof WebAssembly.Module) { modulePromise = Promise.resolve(src); return; }
  modulePromise = null;
  if (src instanceof ArrayBuffer || src instanceof Uint8Array) { const b = src; source = async () => b; return; }
  const url = src;
  source = async () => new Uint8Array(await (await fetch(url)).arrayBuffer());
}

async function defaultBytes(): Promise<Uint8Array> {
  const url = new URL('./pyex.wasm', import.meta.url);
  if (url.protocol === 'file:') {
    const fs = await import('node:fs/promises');
    try {
      return new Uint8Array(await fs.readFile(url));
    } catch {
      // running from source (host-ts/*.ts): the build output is in ../dist
      return new Uint8Array(await fs.readFile(new URL('../dist/pyex.wasm', import.meta.url)));
    }
  }
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

export function getModule(): Promise<WebAssembly.Module> {
  if (!modulePromise) {
    modulePromise = (async () => {
      const bytes = source ? await source() : await defaultBytes();
      return WebAssembly.compile(bytes as BufferSource);
    })();
  }
  return modulePromise;
}

/** The VM's exports (see vm/index.ts). */
export interface VmExports {
  memory: WebAssembly.Memory;
  init(): void;
  alloc(n: number): number;
  setLimits(maxSteps: bigint, maxOutput: bigint, maxDepth: number): void;
  run(ptr: number, len: number): number;
  /** After run()/resume() returned 5 (suspended): continue with the host call's answer (len bytes, read through host.result). */
  resume(len: number): number;
  /** the next input of a session: same __main__ namespace (vm/index.ts) */
  runSession?(ptr: number, len: number): number;
  setStepSlice?(n: bigint, timeoutMs: bigint): void;
  setMaxMemory(bytes: bigint): void;
  setStreamOut?(on: number): void;
  memAllocated(): bigint;
  memPeak(): bigint;
  abortKind(): number;
  flush(): void;
  stepsUsed(): bigint;
  outputUsed(): bigint;
  reportPtr(): number;
  reportLen(): number;
  exitCode(): number;
}
