#!/usr/bin/env node
// Builds dist/: the VM (AssemblyScript) merged with the generated WasmGC kernel and optimized into
// dist/pyex.wasm, plus esbuild bundles of the host (dist/pyex.js, ESM for Node and browsers) and
// the CLI (dist/cli.js). `--if-stale` skips the build when dist is newer than every input.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mergeDataSegments } from './merge-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const tmp = path.join(dist, '.build');
const bin = (name) => path.join(root, 'node_modules', name);
const outputs = ['pyex.wasm', 'pyex.js', 'cli.js', 'server.js', 'server-worker.js', 'playground/worker.js'].map((f) => path.join(dist, f));
const inputDirs = ['vm', 'compiler', 'host-ts', 'stdlib', 'playground', 'scripts/build.mjs', 'scripts/merge-data.mjs', 'scripts/gen.mjs', 'package.json'];

function newestInput() {
  let newest = 0;
  const walk = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const d of inputDirs) if (fs.existsSync(path.join(root, d))) walk(path.join(root, d));
  return newest;
}

function isStale() {
  if (!outputs.every((f) => fs.existsSync(f))) return true;
  const oldest = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  return newestInput() > oldest;
}

function run(script, args) {
  execFileSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
}

const FEATURES = ['--enable-gc', '--enable-reference-types', '--enable-bulk-memory', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-multivalue'];

export async function buildWasm({ debug = false } = {}) {
  fs.mkdirSync(tmp, { recursive: true });
  run(path.join(root, 'scripts/gen.mjs'), []);
  const asc = bin('assemblyscript/bin/asc.js');
  const names = !!process.env.PYEX_NAMES;
  run(asc, ['vm/index.ts', debug ? '--debug' : '-O3', ...(names ? ['--debug'] : []), '--runtime', 'stub', '--enable', 'gc,reference-types',
    '--noAssert', '--importMemory', '--initialMemory', '8', '-o', path.join(tmp, 'vm.wasm')]);
  const b = (tool) => bin(`binaryen/bin/${tool}`);
  run(b('wasm-as'), [...FEATURES, ...(process.env.PYEX_NAMES ? ['-g'] : []), 'vm/generated/kernel.wat', '-o', path.join(tmp, 'kernel.wasm')]);
  run(b('wasm-merge'), [...FEATURES, ...(process.env.PYEX_NAMES ? ['-g'] : []), path.join(tmp, 'kernel.wasm'), 'kernel', path.join(tmp, 'vm.wasm'), 'vm', '-o', path.join(tmp, 'merged.wasm')]);
  // PYEX_NAMES=1 keeps function names in the wasm (for profiles: node --cpu-prof)
  const opt = [...(debug ? ['-O1'] : ['-O3', '--converge', '--one-caller-inline-max-function-size', '40']), ...(process.env.PYEX_NAMES ? ['-g'] : [])];
  // The kernel's accessors are exports only so that wasm-merge can link them; dropping them from the
  // merged module lets the optimizer inline and delete them, and saves the engine creating ~500
  // export wrappers per instance (start-up).
  const kernelExports = WebAssembly.Module.exports(new WebAssembly.Module(fs.readFileSync(path.join(tmp, 'kernel.wasm')))).map((e) => e.name);
  run(b('wasm-opt'), [...FEATURES, `--remove-exports=${kernelExports.join(',')}`, ...opt, path.join(tmp, 'merged.wasm'), '-o', path.join(dist, 'pyex.wasm')]);
  // one data segment instead of ~4,000: instantiation (once per run) copies them one by one
  const wasmOut = path.join(dist, 'pyex.wasm');
  const mergedData = mergeDataSegments(new Uint8Array(fs.readFileSync(wasmOut)));
  if (mergedData) { new WebAssembly.Module(mergedData); fs.writeFileSync(wasmOut, mergedData); }
}

/** The .py files under stdlib/, as { "json/__init__.py": source, … } for the host bundle (frozen modules). */
function stdlibSources() {
  const base = path.join(root, 'stdlib');
  const out = {};
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.py')) out[path.relative(base, p).split(path.sep).join('/')] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(base);
  return out;
}

export async function buildJs() {
  const esbuild = await import('esbuild');
  const common = { bundle: true, format: 'esm', target: 'es2022', sourcemap: false, logLevel: 'warning', absWorkingDir: root,
    define: { __PYEX_STDLIB__: JSON.stringify(stdlibSources()) } };
  await esbuild.build({ ...common, entryPoints: ['host-ts/index.ts'], outfile: 'dist/pyex.js', platform: 'neutral',
    external: ['node:*', '@opentelemetry/api'] });
  await esbuild.build({ ...common, entryPoints: ['host-ts/cli.ts'], outfile: 'dist/cli.js', platform: 'node',
    external: ['@opentelemetry/api'], banner: { js: '// pyex CLI bundle' } });
  // the HTTP service (host-ts/server.ts) and its sandbox worker threads
  await esbuild.build({ ...common, entryPoints: ['host-ts/server.ts'], outfile: 'dist/server.js', platform: 'node', external: ['@opentelemetry/api'] });
  await esbuild.build({ ...common, entryPoints: ['host-ts/server-worker.ts'], outfile: 'dist/server-worker.js', platform: 'node', external: ['@opentelemetry/api'] });
  // the edge Worker (host-ts/worker.ts): one ES module plus the wasm module next to it
  await esbuild.build({ ...common, entryPoints: ['host-ts/worker.ts'], outfile: 'dist/worker/worker.js', platform: 'neutral',
    mainFields: ['module', 'main'], external: ['./pyex.wasm', 'node:*'] });
  fs.copyFileSync(path.join(dist, 'pyex.wasm'), path.join(dist, 'worker', 'pyex.wasm'));
  await buildPlayground(esbuild, common);
}

/** The browser playground (playground/): dist/playground/ is a static site (page, worker, wasm). */
export async function buildPlayground(esbuild, common) {
  const out = path.join(dist, 'playground');
  fs.mkdirSync(out, { recursive: true });
  const opts = { ...common, platform: 'browser', minify: true, external: ['node:*'] };
  await esbuild.build({ ...opts, entryPoints: ['playground/main.ts'], outfile: 'dist/playground/playground.js' });
  await esbuild.build({ ...opts, entryPoints: ['playground/worker.ts'], outfile: 'dist/playground/worker.js' });
  for (const f of ['index.html', 'playground.css']) fs.copyFileSync(path.join(root, 'playground', f), path.join(out, f));
  fs.copyFileSync(path.join(dist, 'pyex.wasm'), path.join(out, 'pyex.wasm'));
}

const args = process.argv.slice(2);
if (!args.includes('--if-stale') || isStale()) {
  const t = Date.now();
  await buildWasm({ debug: args.includes('--debug') });
  await buildJs();
  console.error(`pyex: built dist/ in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
