// Replays a sweep table (tests/builtins/sweep_<name>.json) in pyex: many cells per
// run(), one try/except per cell printing one line. A chunk that dies (budget,
// crash) marks the cell it died on as '!!<ErrorType>' and resumes after it.
import { readFileSync } from 'node:fs';
// @ts-ignore: the built bundle
import { run } from '../../dist/pyex.js';

export function loadTable(name) {
  return JSON.parse(readFileSync(new URL(`sweep_${name}.json`, import.meta.url), 'utf8'));
}

const CHUNK = 400;
const cellCode = src =>
  `try:\n    _r = repr(${src})\nexcept BaseException as _e:\n    _r = '!' + type(_e).__name__\nprint(_r)\n`;

export async function replay(cells) {
  const got = [];
  let i = 0;
  while (i < cells.length) {
    const chunk = cells.slice(i, i + CHUNK);
    const r = await run(chunk.map(c => cellCode(c.src)).join(''),
      { limits: { maxSteps: 50_000_000, maxOutputBytes: 64 << 20 } });
    const lines = r.stdout.split('\n');
    lines.pop();
    got.push(...lines.slice(0, chunk.length));
    i += Math.min(lines.length, chunk.length);
    if (lines.length < chunk.length) {
      got.push('!!' + (r.error?.type ?? 'NoOutput'));
      i += 1;
    }
  }
  return got;
}
