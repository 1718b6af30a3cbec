// The TypeScript sources (compiler and host) type-check under strict mode (npm run typecheck).
import { it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

it('tsc --noEmit passes', () => {
  const root = path.join(__dirname, '..');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: root, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 300_000);
