// The pyex side of the differential runner: replays sweep cells (many per run) and runs
// whole programs, formatting what it observed exactly as the CPython side does.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
// @ts-ignore: the built bundle (npm run build)
import { run } from '../../dist/pyex.js';

// Cells per run(): one compile + instance per chunk keeps a 30k-cell replay at a few seconds.
const CHUNK = 400;
const LIMITS = { maxSteps: 50_000_000, maxOutput: 64 << 20 };

/** One cell as a statement printing one line: the outcome format of sweeps/sweeplib.py. */
function cellCode(cell, mode) {
  const exc = mode === 'type' ? `'!' + type(_e).__name__` : `type(_e).__name__ + ': ' + str(_e)`;
  const stmt = cell.stmt ? cell.stmt.split('\n').map((l) => `    ${l}\n`).join('') : '';
  return `try:\n${stmt}    _r = repr((${cell.src}))\nexcept BaseException as _e:\n    _r = ${exc}\nprint(_r.replace('\\n', '\\\\n'))\n`;
}

async function runChunk(cells, mode) {
  const r = await run(cells.map((c) => cellCode(c, mode)).join(''), { limits: LIMITS, filename: 'sweep.py' });
  const lines = r.stdout.split('\n');
  lines.pop();
  return { lines: lines.slice(0, cells.length), error: r.error };
}

/**
 * Outcomes of the cells in pyex, one string per cell. A chunk that stops early (budget,
 * crash) marks the cell it stopped on '!!<ErrorType>: message' and goes on after it; a chunk
 * that does not compile is replayed one cell per run so only the guilty cell is marked.
 */
export async function replayCells(cells, mode = 'message') {
  const got = [];
  let i = 0;
  while (i < cells.length) {
    const chunk = cells.slice(i, i + CHUNK);
    const { lines, error } = await runChunk(chunk, mode);
    if (lines.length === 0 && error?.type === 'SyntaxError' && chunk.length > 1) {
      for (const c of chunk) {
        const one = await runChunk([c], mode);
        got.push(one.lines.length ? one.lines[0] : `!!${one.error?.type}: ${one.error?.message}`);
      }
      i += chunk.length;
      continue;
    }
    got.push(...lines);
    i += lines.length;
    if (lines.length < chunk.length) {
      got.push(`!!${error?.type ?? 'NoOutput'}: ${error?.message ?? ''}`);
      i += 1;
    }
  }
  return got;
}

/** The golden format of scripts/golden.mjs: stdout, then on failure "--- exit N" and the last stderr line. */
export function observed(stdout, stderr, exitCode) {
  let s = stdout;
  if (exitCode !== 0) {
    if (s && !s.endsWith('\n')) s += '\n';
    const lines = stderr.split('\n').filter((l) => l.trim() !== '');
    s += `--- exit ${exitCode}\n${lines.length ? lines[lines.length - 1] : ''}\n`;
  }
  return s;
}

/**
 * Runs one program file in pyex; the result in the golden format. A conformance case runs with
 * no filesystem; a whole program (sandbox: true) gets a filesystem holding only /NAME.py, as its
 * golden was recorded in a scratch directory holding only NAME.py (tests/programs.test.ts).
 */
export async function runProgram(path, { sandbox = false } = {}) {
  const src = readFileSync(path, 'utf8');
  const name = basename(path);
  const r = sandbox
    ? await run(src, { filename: name, files: { [`/${name}`]: src }, limits: { maxSteps: 200_000_000 } })
    : await run(src, { filename: name, limits: { maxSteps: 50_000_000 } });
  return observed(r.stdout, r.stderr, r.exitCode);
}
