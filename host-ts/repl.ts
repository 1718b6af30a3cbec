// `pyex repl`: the interactive prompt. The session (host-ts/session.ts) lives in a worker thread
// so that this thread keeps reading the terminal while an input runs: Ctrl-C sets a shared flag
// that the VM polls between step slices and turns into KeyboardInterrupt inside the running input
// (the session and its variables survive). Output is streamed back as it is written.
//
// Prompt rules (CPython's): `>>> ` for a new input, `... ` while it is incomplete (open bracket or
// string, block header, compound statement not yet ended by an empty line); the compiler decides
// (Session.check, the incomplete-input flag of codeop). Expression statements echo their repr
// (None is not echoed) and bind `_`. A traceback ends the input, not the session. Ctrl-D at the
// prompt exits; Ctrl-C at the prompt drops the lines typed so far. One departure, for pasted code:
// a line at column 0 that cannot continue a finished block (no blank line after `def ...:`) runs
// the block and starts the next input, where CPython reports a SyntaxError.
//
// stdin not a terminal (a pipe, a file): the same rules without banner, prompts or history, so
// `pyex repl < session.txt` prints just what the inputs print and echo. Exit status: sys.exit's,
// else 0 — or 1 with piped input when any input ended in an error (scripts can tell).
import readline from 'node:readline';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Session, VERSION, type SessionOptions } from './index';
import { libraryUrl } from './timeout';

const WORKER_SRC = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const m = await import(workerData.url);
  const s = await m.Session.create({ ...workerData.options, interruptFlag: new Int32Array(workerData.flag) });
  const onOutput = (fd, bytes) => parentPort.postMessage({ kind: 'out', fd, bytes });
  parentPort.on('message', async (msg) => {
    const r = await s.run(msg.code, { mode: 'single', onOutput });
    parentPort.postMessage({ kind: 'done', ok: r.ok, exitCode: r.exitCode, exit: !!r.exit });
  });
  parentPort.postMessage({ kind: 'ready' });
})().catch((e) => parentPort.postMessage({ kind: 'fail', message: String((e && e.stack) || e) }));
`;

export interface ReplOptions {
  session: SessionOptions;
  /** Default: process.stdin.isTTY */
  interactive?: boolean;
  /** History file (interactive only); '' disables. Default $PYEX_HISTORY or ~/.pyex_history. */
  historyFile?: string;
}

const HISTORY_MAX = 1000;

export async function replMain(opts: ReplOptions): Promise<number> {
  const interactive = opts.interactive ?? !!process.stdin.isTTY;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_SRC, {
    eval: true, workerData: { url: await libraryUrl(), options: opts.session, flag: flag.buffer }, stdout: false, stderr: false,
  });
  let onDone: ((m: { ok: boolean; exitCode: number; exit: boolean }) => void) | null = null;
  let failed: string | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: any) => {
      if (m.kind === 'ready') resolve();
      else if (m.kind === 'out') (m.fd === 2 ? process.stderr : process.stdout).write(m.bytes);
      else if (m.kind === 'done') { const f = onDone; onDone = null; f?.(m); }
      else if (m.kind === 'fail') { failed = m.message; reject(new Error(m.message)); }
    });
    worker.on('error', (e) => { failed = String(e); reject(e); });
    worker.on('exit', () => { if (onDone) { const f = onDone; onDone = null; f({ ok: false, exitCode: 70, exit: true }); } });
  });
  try { await ready; } catch { process.stderr.write(`pyex: the session did not start: ${failed}\n`); return 70; }

  const histFile = opts.historyFile ?? process.env.PYEX_HISTORY ?? path.join(os.homedir(), '.pyex_history');
  let history: string[] = [];
  if (interactive && histFile) {
    try { history = fs.readFileSync(histFile, 'utf8').split('\n').filter(Boolean).slice(-HISTORY_MAX).reverse(); } catch { /* none yet */ }
  }
  const rl = readline.createInterface({
    input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive,
    history, historySize: HISTORY_MAX, removeHistoryDuplicates: true, prompt: '>>> ',
  });
  if (interactive) process.stdout.write(`pyex ${VERSION} — Python 3.11 in a sandbox. Ctrl-D exits, Ctrl-C interrupts.\n`);

  let buffer: string[] = [];
  let running = false;
  let closed = false;
  let eof = false;
  let anyError = false;
  let exitCode: number | null = null;
  const queue: string[] = [];
  let finish!: (code: number) => void;
  const finished = new Promise<number>((r) => { finish = r; });

  const prompt = () => {
    if (!interactive || closed || eof) return;
    rl.setPrompt(buffer.length ? '... ' : '>>> ');
    rl.prompt();
  };
  const runInput = (code: string) => new Promise<void>((resolve) => {
    running = true;
    onDone = (m) => {
      running = false;
      if (!m.ok) anyError = true;
      if (m.exit) exitCode = m.exitCode;
      resolve();
    };
    worker.postMessage({ code });
  });
  const stop = (code: number) => {
    if (exitCode === null) exitCode = code;
    closed = true;
    rl.close();
    finish(exitCode);
  };

  // one line typed (or read): run, continue, or split a finished block from the next statement
  const feed = async (line: string): Promise<void> => {
    if (buffer.length === 0 && /^\s*$/.test(line)) return;
    buffer.push(line);
    const src = buffer.join('\n');
    let status = Session.check(src);
    if (status === 'invalid' && buffer.length > 1 && /^\S/.test(line)) {
      const prev = buffer.slice(0, -1).join('\n') + '\n';
      if (Session.check(prev) === 'complete') {
        buffer = [];
        await runInput(prev);
        if (exitCode !== null) return;
        return feed(line);
      }
    }
    if (status === 'incomplete') return;
    buffer = [];
    await runInput(src);
  };

  let pumping = false;
  const pump = async () => {
    if (pumping) return;   // the running pump takes the new lines
    pumping = true;
    try {
      while (queue.length && exitCode === null) await feed(queue.shift()!);
      if (exitCode !== null) return stop(exitCode);
      if (eof) {
        // end of input: a pending block ends as with an empty line
        if (buffer.length) { const src = buffer.join('\n') + '\n'; buffer = []; await runInput(src); }
        if (interactive && exitCode === null) process.stdout.write('\n');
        return stop(exitCode ?? (!interactive && anyError ? 1 : 0));
      }
      prompt();
    } finally {
      pumping = false;
    }
  };

  rl.on('line', (line) => {
    if (interactive && histFile && line.trim()) { try { fs.appendFileSync(histFile, line + '\n'); } catch { /* read-only home */ } }
    queue.push(line);
    void pump();
  });
  rl.on('SIGINT', () => {
    if (running) { Atomics.store(flag, 0, 1); return; }
    // at the prompt: drop what was typed, as CPython does
    queue.length = 0;
    buffer = [];
    rl.write(null, { ctrl: true, name: 'u' });   // and the half-typed line
    process.stdout.write('\nKeyboardInterrupt\n');
    prompt();
  });
  // piped input: readline sees no ^C, the process gets SIGINT — same meaning while an input runs
  const onSignal = () => { if (running) Atomics.store(flag, 0, 1); else { queue.length = 0; stop(130); } };
  if (!interactive) process.on('SIGINT', onSignal);
  rl.on('close', () => {
    if (closed) return;   // stop() closed it
    eof = true;
    void pump();
  });
  prompt();
  const code = await finished;
  process.off('SIGINT', onSignal);
  await worker.terminate();
  return code;
}
