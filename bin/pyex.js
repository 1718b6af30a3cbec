#!/usr/bin/env node
// pyex launcher: refuses old Node versions in one line (WasmGC needs Node >= 22), then runs the
// bundled CLI.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(`pyex: Node.js >= 22 is required (WebAssembly GC); this is Node ${process.versions.node}. Run it through npx/npm scripts, which use the project's Node 24.\n`);
  process.exit(2);
}
// V8's compile cache on disk (under os.tmpdir(); NODE_COMPILE_CACHE moves it): the CLI bundle
// (1.7 MB, most of it the frozen stdlib's sources) is compiled once instead of at every start
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { main } = await import('../dist/cli.js');
main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`pyex: internal error: ${e && e.stack || e}\n`);
  process.exitCode = 70;
});
