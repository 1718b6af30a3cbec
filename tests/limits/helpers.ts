// Shared by tests/limits/*.test.ts: run a runaway program, check the exact error, the host time it
// took to stop it, and that the next run in the same process is healthy.
import { expect } from 'vitest';
// @ts-ignore: the built bundle (npm test builds it first)
import { run } from '../../dist/pyex.js';

export { run };
/** Generous: the machines running the suite are loaded. */
export const MAX_MS = 5000;

export async function expectStops(src: string, limits: Record<string, number>, error: { type: string; message?: string | RegExp }, maxMs = MAX_MS) {
  const t = performance.now();
  const r = await run(src, { limits });
  const ms = performance.now() - t;
  expect(r.ok, src).toBe(false);
  expect(r.error?.type, `${src}: ${r.error?.type}: ${r.error?.message}`).toBe(error.type);
  if (typeof error.message === 'string') expect(r.error.message, src).toBe(error.message);
  else if (error.message) expect(r.error.message, src).toMatch(error.message);
  expect(ms, src).toBeLessThan(maxMs);
  expect(typeof r.stdout).toBe('string');
  expect(r.footprint.steps).toBeGreaterThanOrEqual(0);
  await expectHealthy();
  return r;
}

/** The next run in the same process works normally. */
export async function expectHealthy() {
  const r = await run('x = [i * i for i in range(100)]\nprint(sum(x), "ok")\n');
  expect(r.ok).toBe(true);
  expect(r.stdout).toBe('328350 ok\n');
}
