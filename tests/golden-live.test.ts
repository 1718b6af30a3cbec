// When python3 is present, the recorded goldens must still match live CPython output.
import { it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

const hasPython = spawnSync('python3', ['--version']).status === 0;

it.skipIf(!hasPython)('goldens match live python3', () => {
  const root = path.join(__dirname, '..');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/golden.mjs'), '--check'], { encoding: 'utf8' });
  expect(r.stderr + r.stdout + `status ${r.status}`).toMatch(/status 0$/);
}, 1_500_000);   // ~1,300 CPython runs; minutes on a loaded 2-core machine
