// Sessions: one sandbox that runs successive inputs in the same __main__ namespace — the REPL
// (`pyex repl`), notebooks, agents that send code a cell at a time.
//
//   const s = await Session.create({ seed: 1, limits: { maxSteps: 1e7 } });
//   await s.run('x = 6 * 7');
//   (await s.run('x', { mode: 'single' })).stdout   // '42\n' (expressions echo in 'single' mode)
//   Session.check('if x:')                           // 'incomplete' (what a prompt needs to know)
//
// Budgets (steps, output, wall clock) count per input; memory is the live heap of the whole
// session (its state is what uses it). Capabilities (files, env, clock, seed, tools) are set up
// once and persist: a file written by one input is there for the next. Every input gets its own
// RunResult, spans and effect list. An input that ends in an engine trap (a memory bomb stopped
// where the VM could not raise, an engine stack overflow) leaves the instance unusable: the
// session starts a fresh one and says so on stderr (`result.reset`). The step budget is handed out
// in slices with a poll of the host between them, which is how `interrupt()` (or a shared flag
// set from another thread) raises KeyboardInterrupt inside a running input, and how the per-input
// wall clock (`limits.timeoutMs`) works without a thread to terminate.
import { compile as compileSource } from '../compiler/index';
import { PySyntaxError } from '../compiler/errors';
import {
  DEFAULT_LIMITS, POLL_SLICE, execute, instantiate, newRunTrace, syntaxErrorResult,
  type Limits, type RunOptions, type RunResult, type Sandbox,
} from './index';

export interface SessionOptions extends Omit<RunOptions, 'limits' | 'onOutput'> {
  /** Budgets for each input (timeoutMs is a per-input wall clock, checked between step slices). */
  limits?: Limits;
  /** File name in tracebacks. Default "<stdin>" (CPython's prompt). */
  filename?: string;
  /** Int32Array over a SharedArrayBuffer: a non-zero element 0 interrupts the running input (it is reset to 0). */
  interruptFlag?: Int32Array;
}

export interface SessionRunOptions {
  /** 'exec' (default): statements. 'single': one interactive statement; expression values are echoed with repr (None is not) and bound to `_`. */
  mode?: 'exec' | 'single';
  /** Budgets for this input (default: the session's). */
  limits?: Limits;
  /** Output as it is written, including the traceback that ends a failed input. */
  onOutput?: (fd: number, bytes: Uint8Array) => void;
}

export type InputStatus = 'complete' | 'incomplete' | 'invalid';

export interface SessionResult extends RunResult {
  /** The session had to start a fresh instance after this input: the earlier state is gone. */
  reset?: boolean;
  /** The input raised SystemExit (sys.exit, exit(), quit()): `exitCode` is its status. A REPL ends here. */
  exit?: boolean;
}

export class Session {
  private sb!: Sandbox;
  private inputs = 0;
  private interrupted = false;
  private busy = false;

  private constructor(private options: SessionOptions) {}

  /** Start a session (compiles the VM module on first use, then makes one instance). */
  static async create(options: SessionOptions = {}): Promise<Session> {
    const s = new Session(options);
    await s.start();
    return s;
  }

  /**
   * What a prompt does with `source` (the lines typed so far, joined by '\n'): run it
   * ('complete'), ask for more ('incomplete': an open bracket or string, a block header, a
   * compound statement not yet ended by an empty line), or run it to report its SyntaxError
   * ('invalid'). CPython's codeop rules (the compiler's incomplete-input flag).
   */
  static check(source: string): InputStatus {
    if (source.split('\n').every((l) => /^\s*(#.*)?$/.test(l))) return 'complete';
    try {
      compileSource(source, '<stdin>', { mode: 'single', allowIncomplete: true });
      return 'complete';
    } catch (e) {
      if (e instanceof PySyntaxError) return e.incomplete ? 'incomplete' : 'invalid';
      if (e instanceof RangeError) return 'invalid';
      throw e;
    }
  }

  private async start(): Promise<void> {
    const filename = this.options.filename ?? '<stdin>';
    // the main program's source is not registered: CPython prints no source lines for <stdin>
    this.sb = await instantiate({ ...this.options, filename }, new Map(), newRunTrace(this.options, filename));
    this.sb.vm.setStepSlice?.(BigInt(POLL_SLICE), 0n);
    this.inputs = 0;
  }

  /** Interrupt the running input (KeyboardInterrupt at the next slice, within a few ms of guest time). */
  interrupt(): void { this.interrupted = true; }

  /** Run one input in the session's namespace. Never throws for anything the guest does. */
  async run(code: string, opts: SessionRunOptions = {}): Promise<SessionResult> {
    if (this.busy) throw new Error('pyex Session: run() while another input is running');
    this.busy = true;
    try {
      return await this.run1(code, opts);
    } finally {
      this.busy = false;
    }
  }

  private async run1(code: string, opts: SessionRunOptions): Promise<SessionResult> {
    const t0 = performance.now();
    const filename = this.options.filename ?? '<stdin>';
    const limits: Required<Limits> = { ...DEFAULT_LIMITS, ...(this.options.limits ?? {}), ...(opts.limits ?? {}) };
    const rt = newRunTrace(this.options, filename);
    const otel = this.options.otel !== false;
    rt.compileStart(code.length);
    let image: Uint8Array;
    try {
      image = compileSource(code, filename, { mode: opts.mode ?? 'exec' });
    } catch (e) {
      if (!(e instanceof PySyntaxError) && !(e instanceof RangeError)) throw e;
      const se = e instanceof PySyntaxError ? e : new PySyntaxError('SyntaxError', 'too many nested parentheses', filename, 1, 1, '');
      const r = syntaxErrorResult(se, performance.now() - t0, t0, rt, otel);
      opts.onOutput?.(2, new TextEncoder().encode(r.stderr));
      return r;
    }
    rt.compileEnd();
    const compileMs = performance.now() - t0;
    const sb = this.sb;
    sb.out = [];
    sb.err = [];
    sb.rt = rt;
    sb.onOutput = opts.onOutput;
    sb.vm.setStreamOut?.(opts.onOutput ? 1 : 0);
    this.interrupted = false;
    const flag = this.options.interruptFlag;
    const deadline = limits.timeoutMs > 0 ? performance.now() + limits.timeoutMs : Infinity;
    sb.vm.setStepSlice?.(BigInt(POLL_SLICE), BigInt(Math.floor(limits.timeoutMs)));
    sb.poll = () => {
      if (this.interrupted || (flag && Atomics.exchange(flag, 0, 0) !== 0)) { this.interrupted = false; return 1; }
      return performance.now() > deadline ? 2 : 0;
    };
    if (flag) Atomics.store(flag, 0, 0);
    const r: SessionResult = await execute(sb, image, limits, true, t0, compileMs);
    this.inputs++;
    if ((r as { systemExit?: boolean }).systemExit) r.exit = true;
    // what the host added to stderr (the traceback, sys.exit's message) was not streamed yet
    const tail = (r as { hostStderr?: string }).hostStderr;
    if (opts.onOutput && tail) opts.onOutput(2, new TextEncoder().encode(tail));
    if ((r as { trapped?: boolean }).trapped) {
      await this.start();
      const note = 'pyex: the session was reset after this error (its variables are gone)\n';
      r.stderr += note;
      r.reset = true;
      opts.onOutput?.(2, new TextEncoder().encode(note));
    }
    return r;
  }
}
