// The HTTP API shared by the Node server (server.ts) and the edge Worker (worker.ts): request
// validation, limit caps, and the JSON shape of a run's response. No Node-specific code here.
import type { RunOptions, RunResult, Limits } from './index';
import { SpanRecorder, type SpanData } from './spans';
import { checkUrl, compileRules } from './net';

export interface ServiceCaps {
  /** Largest request body accepted (bytes). Default 1 MiB. */
  maxBodyBytes: number;
  /** Upper bounds for the limits a client may ask for (and the defaults when it asks for none). */
  maxSteps: number;
  maxMemory: number;
  maxOutput: number;
  timeoutMs: number;
  /** URL prefixes a client may ask to reach (`allowNet` in the request). Default none: no network. */
  allowNet?: string[];
}

export const DEFAULT_CAPS: ServiceCaps = {
  maxBodyBytes: 1 << 20,
  maxSteps: 100_000_000,
  maxMemory: 64 << 20,
  maxOutput: 1 << 20,
  timeoutMs: 5_000,
};

export class HttpError extends Error {
  constructor(readonly status: number, readonly type: string, message: string) { super(message); }
}

/** A validated /api/run request. */
export interface RunRequest {
  code: string;
  options: RunOptions & { stdin?: string };
  timeoutMs: number;
}

const TEXT_TYPES = ['text/plain', 'text/x-python', 'text/x-script.python', 'application/x-python'];

/** Parse and validate a /api/run body (raw bytes already bounded by caps.maxBodyBytes). */
export function parseRunRequest(contentType: string | null | undefined, body: Uint8Array, caps: ServiceCaps): RunRequest {
  const ct = (contentType ?? '').split(';')[0].trim().toLowerCase();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new HttpError(400, 'BadRequest', 'body is not valid UTF-8');
  }
  if (TEXT_TYPES.includes(ct)) return { code: text, options: { limits: capLimits(undefined, caps) }, timeoutMs: caps.timeoutMs };
  if (ct !== 'application/json') throw new HttpError(415, 'UnsupportedMediaType', 'send application/json ({ "code": … }) or text/plain (the program)');
  let req: unknown;
  try { req = JSON.parse(text); } catch (e) { throw new HttpError(400, 'BadRequest', `invalid JSON: ${(e as Error).message}`); }
  if (!req || typeof req !== 'object' || Array.isArray(req)) throw new HttpError(400, 'BadRequest', 'the body must be a JSON object');
  const r = req as Record<string, unknown>;
  if (typeof r.code !== 'string') throw new HttpError(400, 'BadRequest', "missing 'code' (a string)");
  const options: RunRequest['options'] = {};
  if (r.files !== undefined) options.files = parseFiles(r.files);
  if (r.stdin !== undefined) {
    if (typeof r.stdin !== 'string') throw new HttpError(400, 'BadRequest', "'stdin' must be a string");
    options.stdin = r.stdin;
  }
  if (r.seed !== undefined) {
    if (typeof r.seed !== 'number' || !Number.isSafeInteger(r.seed)) throw new HttpError(400, 'BadRequest', "'seed' must be an integer");
    options.seed = r.seed;
  }
  if (r.env !== undefined) {
    if (!r.env || typeof r.env !== 'object' || Array.isArray(r.env) || Object.values(r.env).some((v) => typeof v !== 'string')) {
      throw new HttpError(400, 'BadRequest', "'env' must be an object of strings");
    }
    options.env = { ...(r.env as Record<string, string>) };
  }
  if (r.filename !== undefined) {
    if (typeof r.filename !== 'string' || !r.filename || r.filename.length > 255) throw new HttpError(400, 'BadRequest', "'filename' must be a short string");
    options.filename = r.filename;
  }
  if (r.allowNet !== undefined) options.net = { allow: parseAllowNet(r.allowNet, caps) };
  if (r.limits !== undefined && (r.limits === null || typeof r.limits !== 'object' || Array.isArray(r.limits))) throw new HttpError(400, 'BadRequest', "'limits' must be an object");
  const lim = (r.limits ?? {}) as Record<string, unknown>;
  options.limits = capLimits(lim, caps);
  const timeoutMs = capNumber(lim.timeoutMs, 'timeoutMs', caps.timeoutMs);
  return { code: r.code, options, timeoutMs };
}

/** The client's allowNet prefixes, each inside one of the server's (GET and HEAD only). */
function parseAllowNet(v: unknown, caps: ServiceCaps): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new HttpError(400, 'BadRequest', "'allowNet' must be an array of URL prefixes");
  const server = caps.allowNet ?? [];
  if (server.length === 0 && v.length > 0) throw new HttpError(403, 'Forbidden', 'network access is not enabled on this server (start it with pyex serve --allow-net PREFIX)');
  const rules = compileRules({ allow: server });
  for (const p of v as string[]) {
    let u: URL;
    try { u = new URL(p); } catch { throw new HttpError(400, 'BadRequest', `allowNet: '${p}' is not an absolute URL`); }
    if (u.username || u.password || u.search || u.hash) throw new HttpError(400, 'BadRequest', `allowNet: '${p}' has credentials, a query or a fragment`);
    if (typeof checkUrl(rules, u, 'GET') === 'string') throw new HttpError(403, 'Forbidden', `allowNet: '${p}' is not under a prefix this server allows`);
  }
  return [...(v as string[])];
}

function capNumber(v: unknown, name: string, cap: number): number {
  if (v === undefined || v === null) return cap;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new HttpError(400, 'BadRequest', `limits.${name} must be a positive number`);
  return Math.min(Math.floor(v), cap);
}

function capLimits(lim: Record<string, unknown> | undefined, caps: ServiceCaps): Limits {
  const l = lim ?? {};
  return {
    maxSteps: capNumber(l.maxSteps, 'maxSteps', caps.maxSteps),
    maxMemory: capNumber(l.maxMemory, 'maxMemory', caps.maxMemory),
    maxOutput: capNumber(l.maxOutput, 'maxOutput', caps.maxOutput),
    ...(l.maxDepth !== undefined ? { maxDepth: capNumber(l.maxDepth, 'maxDepth', 1000) } : {}),
  };
}

function parseFiles(f: unknown): Record<string, string | Uint8Array> {
  if (!f || typeof f !== 'object' || Array.isArray(f)) throw new HttpError(400, 'BadRequest', "'files' must be an object { path: content }");
  const out: Record<string, string | Uint8Array> = {};
  for (const [p, v] of Object.entries(f as Record<string, unknown>)) {
    if (typeof v === 'string') out[p] = v;
    else if (v && typeof v === 'object' && typeof (v as { base64?: unknown }).base64 === 'string') out[p] = fromBase64((v as { base64: string }).base64);
    else throw new HttpError(400, 'BadRequest', `files['${p}'] must be a string or { "base64": … }`);
  }
  return out;
}

// ---- responses ------------------------------------------------------------------------------------
export type FileJson = string | { base64: string };

export interface RunResponse {
  ok: boolean;
  ms: number;
  stdout: string;
  stderr: string;
  exitCode: number;
  error?: RunResult['error'];
  footprint: RunResult['footprint'];
  files: Record<string, FileJson>;
  diff: { added: Record<string, FileJson>; modified: Record<string, FileJson>; deleted: string[]; addedDirs?: string[]; deletedDirs?: string[] };
  spans: SpanData[];
}

/** The JSON body for a finished run. */
export function runResponse(r: RunResult, ms: number): RunResponse {
  const d = r.diff;
  return {
    ok: r.ok, ms: Math.round(ms * 1000) / 1000, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode,
    ...(r.error ? { error: r.error } : {}),
    footprint: r.footprint,
    files: fileMap(r.files ?? {}),
    diff: d ? { added: fileMap(d.added), modified: fileMap(d.modified), deleted: d.deleted, addedDirs: d.addedDirs, deletedDirs: d.deletedDirs }
      : { added: {}, modified: {}, deleted: [] },
    spans: r.spans ?? [],
  };
}

/** The body for a run the host had to stop from outside (wall-clock timeout, crashed sandbox). */
export function killedResponse(type: string, message: string, ms: number, seed = 0): RunResponse {
  const rec = new SpanRecorder({ seed });
  const s = rec.start('pyex.run');
  s.addEvent('exception', { 'exception.type': type, 'exception.message': message, 'exception.escaped': 'True' });
  s.setStatus('ERROR', `${type}: ${message}`);
  s.end();
  const traceback = `${type}: ${message}\n`;
  return {
    ok: false, ms: Math.round(ms * 1000) / 1000, stdout: '', stderr: traceback, exitCode: 3,
    error: { type, message, traceback } as RunResult['error'],
    footprint: { steps: 0, outputBytes: 0, allocatedBytes: 0, peakMemory: 0, compileMs: 0, runMs: ms, wallMs: ms, effects: {}, spans: 1 } as RunResult['footprint'],
    files: {}, diff: { added: {}, modified: {}, deleted: [] }, spans: rec.spans(),
  };
}

export function errorBody(type: string, message: string): string {
  return JSON.stringify({ ok: false, error: { type, message } });
}

function fileMap(files: Record<string, Uint8Array | string>): Record<string, FileJson> {
  const out: Record<string, FileJson> = {};
  const dec = new TextDecoder('utf-8', { fatal: true });
  for (const [p, v] of Object.entries(files)) {
    if (typeof v === 'string') { out[p] = v; continue; }
    try { out[p] = dec.decode(v); } catch { out[p] = { base64: toBase64(v) }; }
  }
  return out;
}

function toBase64(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}
function fromBase64(s: string): Uint8Array {
  let bin: string;
  try { bin = atob(s); } catch { throw new HttpError(400, 'BadRequest', 'invalid base64 in files'); }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
