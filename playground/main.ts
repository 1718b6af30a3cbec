// The playground page: CodeMirror 6 editor, Run (Ctrl/⌘+Enter) and Stop, output panes, files,
// footprint and a span waterfall. Python runs in a Web Worker (worker.ts) with the same pyex.wasm
// as Node; Stop (or the wall-clock watchdog) terminates that worker and starts a fresh one.
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { indentUnit } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { EXAMPLES } from './examples';
import type { RunResponse, FileJson } from '../host-ts/service';
import type { SpanData } from '../host-ts/spans';

/** A run still going after this long (wall clock) is stopped like the Stop button does. */
const WATCHDOG_MS = 20_000;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const runBtn = $<HTMLButtonElement>('run'), stopBtn = $<HTMLButtonElement>('stop'), status = $('status');
const filesBox = $<HTMLTextAreaElement>('files'), exampleSel = $<HTMLSelectElement>('example');
const seedBox = $<HTMLInputElement>('seed'), stepsBox = $<HTMLInputElement>('max-steps');

const editor = new EditorView({
  parent: $('editor'),
  doc: '',
  extensions: [
    Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { startRun(); return true; } }])),
    basicSetup, python(), indentUnit.of('    '),
  ],
});

// ---- examples -------------------------------------------------------------------------------------
EXAMPLES.forEach((ex, i) => exampleSel.add(new Option(ex.name, String(i))));
function loadExample(i: number): void {
  const ex = EXAMPLES[i];
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: ex.code } });
  filesBox.value = formatFiles(ex.files);
  seedBox.value = String(ex.seed ?? 0);
}
exampleSel.onchange = () => loadExample(Number(exampleSel.value));
loadExample(0);

// ---- initial files: a JSON object { "/path": "content" } or a list of "--- /path" sections ----------
function formatFiles(files: Record<string, string>): string {
  return Object.entries(files).map(([p, c]) => `--- ${p}\n${c}${c.endsWith('\n') || !c ? '' : '\n'}`).join('');
}

function parseFiles(text: string): Record<string, string> {
  if (!text.trim()) return {};
  if (text.trimStart().startsWith('{')) {
    const v = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string')) throw new Error('expected an object of strings');
    return v;
  }
  const sections: [string, string[]][] = [];
  for (const line of text.split('\n')) {
    const m = /^--- (\/\S.*?)\s*$/.exec(line);
    if (m) { sections.push([m[1], []]); continue; }
    if (!sections.length) { if (line.trim()) throw new Error('start each file with a line "--- /path"'); continue; }
    sections[sections.length - 1][1].push(line);
  }
  // every file's text ends with a newline, except the last one when the box does not
  const out: Record<string, string> = {};
  sections.forEach(([p, lines], i) => {
    out[p] = i === sections.length - 1 ? lines.join('\n') : lines.length ? lines.join('\n') + '\n' : '';
  });
  return out;
}

// ---- the worker -----------------------------------------------------------------------------------
let worker: Worker;
let nextId = 1;
let pending: { id: number; timer: ReturnType<typeof setTimeout>; t0: number } | null = null;
let runs = 0;

function startWorker(): void {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  setStatus('loading…');
  worker.onmessage = (ev) => {
    const m = ev.data;
    if (m.type === 'ready') { if (!pending) setStatus(`ready · pyex ${m.version}`); return; }
    if (m.type === 'fatal') { setStatus(`failed to load pyex.wasm: ${m.message}`); return; }
    if (!pending || m.id !== pending.id) return;
    const wall = performance.now() - pending.t0;
    finish();
    if (m.type === 'result') { render(m.result as RunResponse); setStatus(`done in ${wall.toFixed(0)} ms`); }
    else { clearOutputs(); $('stderr').textContent = `internal error: ${m.message}\n`; setStatus('internal error'); }
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    if (pending) { finish(); clearOutputs(); $('stderr').textContent = `worker crashed: ${ev.message}\n`; restart('worker crashed'); }
  };
}

function restart(why: string): void {
  worker.terminate();
  startWorker();
  setStatus(why);
}

function setStatus(s: string): void { status.textContent = s; }

function finish(): void {
  if (pending) clearTimeout(pending.timer);
  pending = null;
  runs++;
  document.body.dataset.runs = String(runs);
  document.body.dataset.state = 'idle';
  runBtn.disabled = false;
  stopBtn.disabled = true;
}

function startRun(): void {
  if (pending) return;
  let files: Record<string, string>;
  try {
    files = parseFiles(filesBox.value);
    $('files-error').textContent = '';
  } catch (e) {
    $('files-error').textContent = `Initial files: ${(e as Error).message}`;
    return;
  }
  const id = nextId++;
  const seed = Number(seedBox.value) || 0;
  const maxSteps = Math.max(1000, Number(stepsBox.value) || 50_000_000);
  pending = { id, t0: performance.now(), timer: setTimeout(() => stop(`stopped after ${WATCHDOG_MS / 1000} s (wall clock)`), WATCHDOG_MS) };
  document.body.dataset.state = 'running';
  runBtn.disabled = true;
  stopBtn.disabled = false;
  setStatus('running…');
  worker.postMessage({ id, code: editor.state.doc.toString(), files: Object.keys(files).length ? files : undefined, seed, limits: { maxSteps, maxMemory: 128 << 20, maxOutput: 1 << 20 } });
}

function stop(why = 'stopped'): void {
  if (!pending) return;
  finish();
  clearOutputs();
  $('stderr').textContent = `Stopped: ${why}; the sandbox was terminated and a fresh one started.\n`;
  restart(why);
}

runBtn.onclick = () => startRun();
stopBtn.onclick = () => stop('stopped by the user');
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) { e.preventDefault(); startRun(); }
});

// ---- rendering ------------------------------------------------------------------------------------
function clearOutputs(): void {
  for (const id of ['stdout', 'stderr', 'result-json']) $(id).textContent = '';
  $('footprint').replaceChildren();
  $('waterfall').replaceChildren();
  $('files-out').textContent = '—';
}

function render(r: RunResponse): void {
  $('stdout').textContent = r.stdout;
  $('stderr').textContent = r.stderr;
  $('result-json').textContent = JSON.stringify(r, null, 2);
  renderFootprint(r);
  renderSpans(r.spans);
  renderFiles(r);
}

const bytes = (n: number) => (n < 1024 ? `${n} B` : n < 1 << 20 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / (1 << 20)).toFixed(1)} MiB`);

function renderFootprint(r: RunResponse): void {
  const f = r.footprint;
  const rows: [string, string][] = [
    ['result', r.ok ? 'ok' : `${r.error?.type ?? 'error'} (exit ${r.exitCode})`],
    ['steps', f.steps.toLocaleString('en-US')],
    ['output', bytes(f.outputBytes)],
    ['allocated', bytes(f.allocatedBytes)],
    ['peak memory', f.peakMemory ? bytes(f.peakMemory) : '—'],
    ['compile', `${f.compileMs.toFixed(2)} ms`],
    ['run', `${f.runMs.toFixed(2)} ms`],
    ['wall', `${f.wallMs.toFixed(2)} ms`],
    ['spans', String(f.spans)],
    ['effects', Object.entries(f.effects).map(([k, v]) => `${k}×${v}`).join(', ') || '—'],
  ];
  const t = $('footprint');
  t.replaceChildren(...rows.map(([k, v]) => {
    const tr = document.createElement('tr');
    tr.dataset.key = k;
    for (const s of [k, v]) { const td = document.createElement('td'); td.textContent = s; tr.append(td); }
    return tr;
  }));
}

function fmtNs(ns: bigint): string {
  const n = Number(ns);
  return n < 1e3 ? `${n} ns` : n < 1e6 ? `${(n / 1e3).toFixed(1)} µs` : n < 1e9 ? `${(n / 1e6).toFixed(2)} ms` : `${(n / 1e9).toFixed(2)} s`;
}

function renderSpans(spans: SpanData[]): void {
  const box = $('waterfall');
  box.replaceChildren();
  if (!spans.length) return;
  const start = (s: SpanData) => BigInt(s.startTimeUnixNano), end = (s: SpanData) => BigInt(s.endTimeUnixNano);
  const t0 = spans.reduce((m, s) => (start(s) < m ? start(s) : m), start(spans[0]));
  const t1 = spans.reduce((m, s) => (end(s) > m ? end(s) : m), end(spans[0]));
  const total = Number(t1 - t0) || 1;
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string | undefined, SpanData[]>();
  for (const s of spans) {
    const p = s.parentSpanId && ids.has(s.parentSpanId) ? s.parentSpanId : undefined;
    if (!children.has(p)) children.set(p, []);
    children.get(p)!.push(s);
  }
  const walk = (parent: string | undefined, depth: number) => {
    const list = (children.get(parent) ?? []).sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0));
    for (const s of list) {
      const row = document.createElement('div');
      row.className = 'span-row';
      row.dataset.span = s.name;
      row.title = JSON.stringify({ attributes: s.attributes, status: s.status, events: s.events.map((e) => e.name) }, null, 1);
      const name = document.createElement('span');
      name.className = 'span-name';
      name.style.paddingLeft = `${depth * 12}px`;
      name.textContent = s.name;
      const track = document.createElement('span');
      track.className = 'span-track';
      const bar = document.createElement('span');
      bar.className = 'span-bar' + (s.status.code === 'ERROR' ? ' error' : '');
      bar.style.left = `${(Number(start(s) - t0) / total) * 100}%`;
      bar.style.width = `${(Number(end(s) - start(s)) / total) * 100}%`;
      track.append(bar);
      const dur = document.createElement('span');
      dur.className = 'span-dur';
      dur.textContent = fmtNs(end(s) - start(s));
      row.append(name, track, dur);
      box.append(row);
      walk(s.spanId, depth + 1);
    }
  };
  walk(undefined, 0);
  const note = document.createElement('div');
  note.className = 'muted';
  note.textContent = 'virtual time: 1 ns per VM step and per source byte compiled';
  box.append(note);
}

function fileText(v: FileJson): string { return typeof v === 'string' ? v : `(binary, base64) ${v.base64}`; }

function renderFiles(r: RunResponse): void {
  const box = $('files-out');
  const paths = Object.keys(r.files).sort();
  if (!paths.length && !r.diff.deleted.length) { box.textContent = '— (no filesystem: pass initial files to get one)'; box.className = 'muted'; return; }
  box.className = '';
  box.replaceChildren();
  const mark = (p: string) => (p in r.diff.added ? 'added' : p in r.diff.modified ? 'modified' : '');
  for (const p of paths) {
    const d = document.createElement('details');
    const s = document.createElement('summary');
    const m = mark(p);
    s.textContent = `${p}${m ? `  [${m}]` : ''}`;
    if (m) { s.className = `diff-${m}`; d.open = true; }
    d.dataset.path = p;
    const pre = document.createElement('pre');
    pre.textContent = fileText(r.files[p]);
    d.append(s, pre);
    box.append(d);
  }
  for (const p of r.diff.deleted) {
    const div = document.createElement('div');
    div.className = 'diff-deleted';
    div.textContent = `${p}  [deleted]`;
    box.append(div);
  }
}

startWorker();
document.body.dataset.state = 'idle';
document.body.dataset.runs = '0';
(window as unknown as { pyexEditor: EditorView }).pyexEditor = editor;
