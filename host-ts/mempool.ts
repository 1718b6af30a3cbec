// Linear memories for new sandboxes, recycled. The VM imports its memory (env.memory), so the host
// creates it: a fresh WebAssembly.Memory costs an address-space reservation, and every page the
// instance touches (its static data, its first allocations) is a page fault on new memory, and the
// engine collects the old ones only at a GC. A memory whose run has finished and that still has
// its initial size is zero-filled and kept for the next run, which then starts from the same state
// as on a new memory (zeros; instantiation copies the static data in again). A memory that grew is
// dropped, so that every run starts with exactly INITIAL_PAGES (the VM counts memory.size in its
// live-size measurement: runs stay deterministic).
//
// Only release a memory when no code can run on its instance any more (the run has returned or
// trapped): nothing of the previous sandbox is left in it after the fill.

/** The VM's declared minimum (scripts/build.mjs: asc --initialMemory). */
export const INITIAL_PAGES = 8;
const BYTES = INITIAL_PAGES * 65536;
const MAX_POOLED = 16;
const pool: WebAssembly.Memory[] = [];

/** A zeroed memory of INITIAL_PAGES pages. */
export function acquireMemory(): WebAssembly.Memory {
  return pool.pop() ?? new WebAssembly.Memory({ initial: INITIAL_PAGES });
}

/** Give back the memory of a finished run (a grown one, or one beyond the pool's size, is left to the GC). */
export function releaseMemory(mem: WebAssembly.Memory): void {
  if (pool.length >= MAX_POOLED || mem.buffer.byteLength !== BYTES || pool.includes(mem)) return;
  new Uint8Array(mem.buffer).fill(0);
  pool.push(mem);
}
