// The opcode table and the object schema generate code; the generated files must be current.
import { it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

it('generated files are up to date (npm run gen)', () => {
  const root = path.join(__dirname, '..');
  let out = '';
  let status = 0;
  try { out = execFileSync(process.execPath, [path.join(root, 'scripts/gen.mjs'), '--check'], { encoding: 'utf8', stdio: 'pipe' }); }
  catch (e) { status = (e as { status: number }).status; out = String((e as { stderr: string }).stderr); }
  expect(out + `status ${status}`).toBe('status 0');
});
