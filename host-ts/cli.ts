// The `pyex` command line. Exit codes: 0 success, 1 Python error, 2 usage error, 3 budget exceeded.
import fs from 'node:fs';
import { run, VERSION, DEFAULT_LIMITS, renderWaterfall, type Limits } from './index';
import { disassemble } from '../compiler/disasm';
import { compile } from '../compiler/index';
import { PySyntaxError } from '../compiler/errors';
import { Filesystem } from './fs';
import { KvStore } from './store';
import { loadDir, readDirTree, commitToDir, describeDiff, jsonBytes } from './hostfs';

const HELP = `pyex ${VERSION} — a sandboxed, metered Python 3 interpreter (WebAssembly)

Usage:
  pyex run FILE.py [options]     run a program ('-' reads it from stdin)
  pyex dis FILE.py               print the bytecode
  pyex repl [options]            interactive prompt (state kept between inputs; budgets per input)
  pyex serve [--port 8787] [--host 127.0.0.1] [--workers N] [--allow-net PREFIX]...
                                 HTTP service (POST /api/run)
  pyex --version | --help

Options for run:
  --max-steps N       opcode step budget (default ${DEFAULT_LIMITS.maxSteps})
  --max-output SIZE   stdout+stderr byte budget, e.g. 64KB, 16MB (default 16MB)
  --max-depth N       Python recursion limit (default ${DEFAULT_LIMITS.maxDepth})
  --max-memory SIZE   live heap budget, e.g. 64MB (default 256MiB; MemoryError beyond it)
  --timeout MS        wall-clock limit in milliseconds (runs in a worker thread)
  --json              print the whole result object as JSON on stdout
  --trace             print the span tree as a text waterfall on stderr
  --seed N            seed for random, uuid, secrets and span ids (default 0)
  --env K=V           an os.environ entry (repeatable; the environment is empty otherwise)
  --file PATH=CONTENT a file of the sandbox filesystem (repeatable; CONTENT may be @hostfile)
  --fs DIR            load a host folder as the sandbox filesystem; writes are staged and
                      listed on stderr, and applied to DIR only with --commit
  --commit            apply the staged changes to the --fs folder (and the --store file)
  --store FILE.json   a JSON object as the key/value store (\`import store\`); writes are
                      staged, listed on stderr, and saved to FILE only with --commit
  --read-only         make the sandbox filesystem read-only
  --allow-net PREFIX  let the program fetch URLs under PREFIX (repeatable), e.g.
                      https://api.example.com/v1 (scheme, host, port and path segments)
  --net-method M      methods --allow-net allows (repeatable; default GET and HEAD)
  --net-header K=V    a header added to every allowed request, unseen by the program
                      (repeatable; V may be \$ENVVAR to read it from the environment)
  --replay LOG.json   answer tool/network/store calls from a --json result's effects
  -- ARGS...          sys.argv[1:]

Options for repl: --seed, --env, --file, --fs DIR (a snapshot: writes stay in the session),
  --read-only, --allow-net/--net-method/--net-header (as for run), --max-steps/--max-output/--max-depth/--max-memory and --timeout (each per input).
  Ctrl-C interrupts the running input (KeyboardInterrupt), Ctrl-D exits. History: ~/.pyex_history
  (PYEX_HISTORY=file, or empty to keep none). Piped stdin: no prompts; exit status 1 when an input failed.

Exit status: 0 success, 1 Python error, 2 usage error, 3 budget exceeded.
`;

function usage(msg: string): never {
  process.stderr.write(`pyex: ${msg}\nTry 'pyex --help'.\n`);
  process.exit(2);
}

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i.exec(s.trim());
  if (!m) usage(`invalid size: ${s}`);
  const mult: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
  return Math.floor(Number(m[1]) * mult[(m[2] ?? 'b').toLowerCase()]);
}
function parseCount(s: string | undefined, flag: string): number {
  if (s === undefined || !/^\d+(e\d+)?$/i.test(s)) usage(`${flag} needs a number`);
  return Number(s);
}

function readSource(file: string): string {
  try {
    return file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`pyex: can't open file '${file}': ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '[Errno 2] No such file or directory' : (e as Error).message}\n`);
    process.exit(2);
  }
}

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') { process.stdout.write(HELP); return argv.length === 0 ? 2 : 0; }
  if (argv[0] === '--version' || argv[0] === '-V') { process.stdout.write(`pyex ${VERSION}\n`); return 0; }
  const cmd = argv[0];
  if (cmd === 'dis') {
    const file = argv[1] ?? usage('dis needs a file');
    const src = readSource(file);
    try {
      process.stdout.write(disassemble(compile(src, file === '-' ? '<stdin>' : file)));
      return 0;
    } catch (e) {
      if (e instanceof PySyntaxError) { process.stderr.write(`  File "${e.filename}", line ${e.lineno}\n${e.pyType}: ${e.msg}\n`); return 1; }
      throw e;
    }
  }
  if (cmd === 'serve') {
    const { serveMain } = await import('./server');
    return serveMain(argv.slice(1), usage);
  }
  if (cmd === 'repl') return repl(argv);
  if (cmd !== 'run') usage(`unknown command '${cmd}'`);
  let file: string | undefined;
  let json = false, traceOut = false;
  const files: Record<string, string | Uint8Array> = {};
  let fsDir: string | undefined;
  let commit = false, readOnly = false, haveFiles = false;
  let args: string[] = [];
  const flags = new SharedFlags();
  let replayLog: unknown[] | undefined;
  let storeFile: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const j = flags.take(argv, i);
    if (j >= 0) i = j;
    else if (a === '--json') json = true;
    else if (a === '--trace') traceOut = true;
    else if (a === '--file') {
      const v = argv[++i] ?? usage('--file needs PATH=CONTENT'); const k = v.indexOf('='); if (k <= 0) usage('--file needs PATH=CONTENT');
      const content = v.slice(k + 1);
      files[v.slice(0, k)] = content.startsWith('@') ? new Uint8Array(fs.readFileSync(content.slice(1))) : content;
      haveFiles = true;
    }
    else if (a === '--fs') fsDir = argv[++i] ?? usage('--fs needs a directory');
    else if (a === '--commit') commit = true;
    else if (a === '--read-only') readOnly = true;
    else if (a === '--store') storeFile = argv[++i] ?? usage('--store needs a JSON file');
    else if (a === '--replay') {
      const p = argv[++i] ?? usage('--replay needs a file');
      try {
        const j = JSON.parse(fs.readFileSync(p, 'utf8'));
        replayLog = Array.isArray(j) ? j : j?.effects;
        if (!Array.isArray(replayLog)) throw new Error('no effects in it');
      } catch (e) { usage(`--replay ${p}: ${(e as Error).message}`); }
    }
    else if (a === '--') { args = argv.slice(i + 1); break; }
    else if (a.startsWith('--') ) usage(`unknown option '${a}'`);
    else if (file === undefined) file = a;
    else usage(`unexpected argument '${a}'`);
  }
  if (file === undefined) usage('run needs a file (or - for stdin)');
  const src = readSource(file);
  if (commit && !fsDir && !storeFile) usage('--commit needs --fs DIR or --store FILE');
  let kv: KvStore | undefined;
  if (storeFile) {
    let data: unknown;
    try { data = fs.existsSync(storeFile) ? JSON.parse(fs.readFileSync(storeFile, 'utf8')) : {}; } catch (e) { usage(`--store ${storeFile}: ${(e as Error).message}`); }
    if (!data || typeof data !== 'object' || Array.isArray(data)) usage(`--store ${storeFile}: the file must hold a JSON object`);
    kv = new KvStore(data as Record<string, unknown>);
  }
  let fsys: Filesystem | undefined;
  if (fsDir) {
    try { fsys = loadDir(fsDir, readOnly); } catch (e) { usage(`--fs ${fsDir}: ${(e as Error).message}`); }
    for (const [p, c] of Object.entries(files)) fsys!.mount('/', { [p]: c });
  }
  const r = await run(src, {
    limits: flags.limits, filename: file === '-' ? '<stdin>' : file, ...flags.seedOption(), env: flags.env, argv: args,
    ...(fsys ? { fs: fsys } : haveFiles ? { files, readOnly } : {}),
    ...flags.netOption(),
    ...(replayLog ? { replay: replayLog as never } : {}),
    ...(kv ? { store: kv } : {}),
  });
  if (json) {
    const plain = (m?: Record<string, Uint8Array>) => m && Object.fromEntries(Object.entries(m).map(([k, v]) => [k, jsonBytes(v)]));
    const out = { ...r, files: plain(r.files), diff: r.diff && { ...r.diff, added: plain(r.diff.added), modified: plain(r.diff.modified) } };
    process.stdout.write(JSON.stringify(out, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2) + '\n');
  } else {
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
  }
  if (fsDir && r.diff) {
    const summary = describeDiff(r.diff);
    const apply = commit && r.ok;
    if (summary && !json) process.stderr.write(`pyex: ${apply ? 'committed' : commit ? 'not committed (the run failed)' : 'staged (not applied; use --commit)'} changes to ${fsDir}:\n${summary}\n`);
    if (apply && summary) commitToDir(fsDir, r.diff);
  }
  if (kv && r.storeDiff && r.storeOverlay) {
    const d = r.storeDiff;
    const lines = [...Object.keys(d.set).map((k) => `  set ${k}`), ...d.deleted.map((k) => `  deleted ${k}`)];
    const apply = commit && r.ok;
    if (lines.length && !json) process.stderr.write(`pyex: ${apply ? 'committed' : commit ? 'not committed (the run failed)' : 'staged (not applied; use --commit)'} store changes to ${storeFile}:\n${lines.join('\n')}\n`);
    if (apply && lines.length) {
      kv.commit(r.storeOverlay);
      fs.writeFileSync(storeFile!, JSON.stringify(kv.toObject(), null, 2) + '\n');
    }
  }
  if (traceOut) process.stderr.write(renderWaterfall(r.spans));
  return r.exitCode;
}

/** Options `run` and `repl` share: budgets, --seed, --env and the network flags. */
class SharedFlags {
  readonly limits: Limits = {};
  readonly env: Record<string, string> = {};
  seed: number | undefined;
  private readonly allowNet: string[] = [];
  private readonly netMethods: string[] = [];
  private readonly netHeaders: Record<string, string> = {};

  /** If argv[i] is one of these options, take it (and its value): the index of the last argument used, else -1. */
  take(argv: string[], i: number): number {
    const a = argv[i], limits = this.limits;
    if (a === '--max-steps') limits.maxSteps = parseCount(argv[++i], a);
    else if (a === '--max-output') limits.maxOutput = parseSize(argv[++i] ?? usage(`${a} needs a size`));
    else if (a === '--max-depth') limits.maxDepth = parseCount(argv[++i], a);
    else if (a === '--timeout') limits.timeoutMs = parseCount(argv[++i], a);
    else if (a === '--max-memory') limits.maxMemory = parseSize(argv[++i] ?? usage(`${a} needs a size`));
    else if (a === '--seed') { const v = argv[++i]; if (v === undefined || !/^-?\d+$/.test(v)) usage('--seed needs an integer'); this.seed = Number(v); }
    else if (a === '--env') { const v = argv[++i] ?? usage('--env needs K=V'); const k = v.indexOf('='); if (k <= 0) usage('--env needs K=V'); this.env[v.slice(0, k)] = v.slice(k + 1); }
    else if (a === '--allow-net') {
      const v = argv[++i] ?? usage('--allow-net needs a URL prefix');
      try { const u = new URL(v); if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(); } catch { usage(`--allow-net needs an http(s) URL prefix, not '${v}'`); }
      this.allowNet.push(v);
    }
    else if (a === '--net-method') this.netMethods.push((argv[++i] ?? usage('--net-method needs a method')).toUpperCase());
    else if (a === '--net-header') {
      const v = argv[++i] ?? usage('--net-header needs K=V'); const k = v.indexOf('='); if (k <= 0) usage('--net-header needs K=V');
      let val = v.slice(k + 1);
      if (val.startsWith('$')) { const e = process.env[val.slice(1)]; if (e === undefined) usage(`--net-header ${v.slice(0, k)}: \$${val.slice(1)} is not set`); val = e; }
      this.netHeaders[v.slice(0, k)] = val;
    }
    else return -1;
    return i;
  }

  seedOption(): { seed?: number } { return this.seed !== undefined ? { seed: this.seed } : {}; }

  /** The run option `net`, after checking that --net-method/--net-header came with --allow-net. */
  netOption(): { net?: { allow: string[]; methods?: string[]; headers: Record<string, string> } } {
    if ((this.netMethods.length || Object.keys(this.netHeaders).length) && !this.allowNet.length) usage('--net-method and --net-header need --allow-net');
    if (!this.allowNet.length) return {};
    return { net: { allow: this.allowNet, ...(this.netMethods.length ? { methods: this.netMethods } : {}), headers: this.netHeaders } };
  }
}

/** `pyex repl [options]` */
async function repl(argv: string[]): Promise<number> {
  let files: Record<string, string | Uint8Array> = {};
  let readOnly = false;
  const flags = new SharedFlags();
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const j = flags.take(argv, i);
    if (j >= 0) i = j;
    else if (a === '--file') {
      const v = argv[++i] ?? usage('--file needs PATH=CONTENT'); const k = v.indexOf('='); if (k <= 0) usage('--file needs PATH=CONTENT');
      const content = v.slice(k + 1);
      files[v.slice(0, k)] = content.startsWith('@') ? new Uint8Array(fs.readFileSync(content.slice(1))) : content;
    }
    else if (a === '--fs') {
      const dir = argv[++i] ?? usage('--fs needs a directory');
      try { files = { ...readDirTree(dir), ...files }; } catch (e) { usage(`--fs ${dir}: ${(e as Error).message}`); }
    }
    else if (a === '--read-only') readOnly = true;
    else usage(`unknown repl option '${a}'`);
  }
  const { replMain } = await import('./repl');
  return replMain({ session: {
    limits: flags.limits, env: flags.env, files, readOnly, ...flags.seedOption(),
    ...flags.netOption(),
  } });
}
