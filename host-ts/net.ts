// The network capability (docs/capabilities.md, "Network"): which URLs the guest may fetch, with
// which methods, which headers the host adds without the guest seeing them, how large a response
// may be — and the request itself, made with the host's `fetch` (or the one the embedder passes).
//
// A URL is allowed when an allow rule (a URL prefix) matches it on scheme, host, port and path at
// a segment boundary: "https://api.x.com/v1" allows /v1 and /v1/a, not /v10, not
// https://api.x.com.evil.com, not http://api.x.com/v1. URLs with credentials and paths with an
// encoded '/' or '\' are refused (a server that decodes them would see a path the rule did not
// allow). Redirects are followed here, hop by hop, and every hop is checked like the first one;
// host headers are chosen per hop, so a redirect never carries one to a host its rule does not name.
import { HostError } from './capabilities';
import { PyDict, PyTuple } from './wire';

/** What `fetch` must accept and return: the standard Fetch API's shape (only these parts are used). */
export type FetchLike = (url: string, init: {
  method: string; headers: Record<string, string>; body?: Uint8Array; redirect: 'manual'; signal?: AbortSignal;
}) => Promise<{
  status: number; statusText?: string; url?: string;
  headers: { forEach(cb: (value: string, key: string) => void): void } | Record<string, string>;
  body?: ReadableStream<Uint8Array> | null; arrayBuffer(): Promise<ArrayBuffer>;
}>;

export interface NetRule {
  /** URL prefix: scheme, host, optional port, optional path (matched at a '/' boundary). */
  prefix: string;
  /** Methods this rule allows (default: net.methods, else GET and HEAD). */
  methods?: string[];
  /** Headers added to requests this rule allows (over net.headers); the guest never sees them. */
  headers?: Record<string, string>;
}

export interface NetOptions {
  /** URL prefixes the guest may fetch (strings or rules). Nothing else is reachable. */
  allow: (string | NetRule)[];
  /** Methods allowed by rules that do not list their own. Default ["GET", "HEAD"]. */
  methods?: string[];
  /** Headers added to every allowed request (e.g. an API key); invisible to the guest. */
  headers?: Record<string, string>;
  /** Largest response body in bytes. Default 10 MiB. */
  maxResponseBytes?: number;
  /** Largest request body in bytes. Default 10 MiB. */
  maxRequestBytes?: number;
  /** Requests allowed in one run (redirect hops count). Default 100. */
  maxRequests?: number;
  /** Redirects followed for one request. Default 5. */
  maxRedirects?: number;
  /** Per-request time limit in ms (the guest's timeout= can only shorten it). Default 30000. */
  timeoutMs?: number;
  /** The fetch to use. Default globalThis.fetch. */
  fetch?: FetchLike;
}

interface CompiledRule { prefix: string; protocol: string; hostname: string; port: string; path: string; methods: string[]; headers: Record<string, string> }

const DEFAULT_METHODS = ['GET', 'HEAD'];
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'host', 'content-length', 'transfer-encoding', 'upgrade', 'expect', 'te', 'trailer', 'proxy-connection']);
const MB = 1024 * 1024;

/** Check and normalize the host's rules (a mistake here is the host's: it throws TypeError). */
export function compileRules(net: NetOptions): CompiledRule[] {
  if (!net || !Array.isArray(net.allow)) throw new TypeError('pyex: net.allow must be an array of URL prefixes');
  const defMethods = (net.methods ?? DEFAULT_METHODS).map((m) => m.toUpperCase());
  return net.allow.map((r) => {
    const rule: NetRule = typeof r === 'string' ? { prefix: r } : r;
    let u: URL;
    try { u = new URL(rule.prefix); } catch { throw new TypeError(`pyex: net.allow: '${rule.prefix}' is not an absolute URL`); }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new TypeError(`pyex: net.allow: '${rule.prefix}': only http and https URLs`);
    if (u.username || u.password || u.search || u.hash) throw new TypeError(`pyex: net.allow: '${rule.prefix}': a prefix has no credentials, query or fragment`);
    return {
      prefix: rule.prefix, protocol: u.protocol, hostname: u.hostname, port: u.port, path: u.pathname,
      methods: (rule.methods ?? defMethods).map((m) => m.toUpperCase()),
      headers: { ...lowerKeys(net.headers ?? {}), ...lowerKeys(rule.headers ?? {}) },
    };
  });
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  const o: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) o[k.toLowerCase()] = String(v);
  return o;
}

function pathMatches(rulePath: string, path: string): boolean {
  if (rulePath === '/' || rulePath === '') return true;
  if (rulePath.endsWith('/')) return path.startsWith(rulePath);
  return path === rulePath || path.startsWith(rulePath + '/');
}

const NO_NET = 'no network capability (the host must pass net to run(), or --allow-net to the CLI)';

/** The rule that allows `method url`, or the reason it is denied (a sentence naming the rule). */
export function checkUrl(rules: CompiledRule[] | null, url: URL, method: string): CompiledRule | string {
  if (!rules) return NO_NET;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https URLs can be fetched`;
  if (url.username || url.password) return 'URLs with credentials (user:password@) are not allowed';
  if (/%(2f|5c)/i.test(url.pathname)) return `an encoded '/' or '\\' in the path is not allowed`;
  const hits = rules.filter((r) => r.protocol === url.protocol && r.hostname === url.hostname && r.port === url.port && pathMatches(r.path, url.pathname));
  if (hits.length === 0) return 'no allow rule matches (the host must pass net.allow)';
  const ok = hits.find((r) => r.methods.includes(method));
  if (ok) return ok;
  return `method ${method} is not allowed by the rule '${hits[0].prefix}' (it allows ${hits[0].methods.join(', ')}; the host sets net.methods)`;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A guest header that must not reach any fetch (a bad name, or CR/LF/NUL in a value), as a HostError; else null. */
export function badHeader(headers: [string, string][]): HostError | null {
  for (const [k, v] of headers) {
    if (!TOKEN.test(k)) return new HostError('ValueError', [`invalid HTTP header name ${JSON.stringify(k)}`]);
    if (/[\r\n\0]/.test(v)) return new HostError('ValueError', [`invalid HTTP header value for '${k}': CR, LF and NUL are not allowed`]);
  }
  return null;
}

export class NetError extends Error { constructor(readonly pyType: string, message: string) { super(message); } }

/** The answer Python gets: {status, reason, url, headers: [(name, value)], body: bytes}. */
export interface NetResponse { status: number; reason: string; url: string; headers: [string, string][]; body: Uint8Array }

export class Network {
  readonly rules: CompiledRule[] | null;
  private requests = 0;
  readonly abort = new AbortController();

  constructor(readonly opts: NetOptions | null) {
    this.rules = opts ? compileRules(opts) : null;
  }

  /** Check a request without making it: the denial as a HostError, or null. */
  precheck(method: string, url: string): HostError | null {
    let u: URL;
    try { u = new URL(url); } catch { return new HostError('ValueError', [`invalid URL '${url}'`]); }
    const c = checkUrl(this.rules, u, method);
    return typeof c === 'string' ? new HostError('PermissionError', [`network access to '${u.href}' is not allowed: ${c}`]) : null;
  }

  /** Make the request (following allowed redirects); a NetResponse or a HostError. */
  async request(method: string, url: string, headers: [string, string][], body: Uint8Array | null, timeoutS: number | null): Promise<NetResponse | HostError> {
    const o = this.opts;
    if (!o) return new HostError('PermissionError', [`network access to '${url}' is not allowed: ${NO_NET}`]);
    const fetchFn: FetchLike | undefined = o.fetch ?? (globalThis as { fetch?: FetchLike }).fetch;
    if (!fetchFn) return new HostError('PermissionError', [`network access to '${url}' is not allowed: this engine has no fetch (the host can pass net.fetch)`]);
    const maxResp = o.maxResponseBytes ?? 10 * MB;
    if (body && body.length > (o.maxRequestBytes ?? 10 * MB)) return new HostError('ValueError', [`request body of ${body.length} bytes is over the host's limit of ${o.maxRequestBytes ?? 10 * MB} bytes (net.maxRequestBytes)`]);
    let ms = o.timeoutMs ?? 30_000;
    if (timeoutS !== null && Number.isFinite(timeoutS) && timeoutS >= 0) ms = Math.min(ms, timeoutS * 1000);
    const signal = AbortSignal.any([this.abort.signal, AbortSignal.timeout(Math.max(1, Math.round(ms)))]);
    const guest: Record<string, string> = {};
    // fetch sets these itself (and refuses some): the guest's copies are dropped
    for (const [k, v] of headers) if (!HOP_HEADERS.has(k.toLowerCase())) guest[k.toLowerCase()] = v;
    let current = url;
    for (let hop = 0; ; hop++) {
      let u: URL;
      try { u = new URL(current); } catch { return new HostError('ValueError', [`invalid URL '${current}'`]); }
      const c = checkUrl(this.rules, u, method);
      const via = hop > 0 ? ` (redirected from '${url}')` : '';
      if (typeof c === 'string') return new HostError('PermissionError', [`network access to '${u.href}' is not allowed${via}: ${c}`]);
      if (++this.requests > (o.maxRequests ?? 100)) return new HostError('PermissionError', [`network access to '${u.href}' is not allowed: more than ${o.maxRequests ?? 100} requests in one run (net.maxRequests)`]);
      let res: Awaited<ReturnType<FetchLike>>;
      try {
        res = await fetchFn(u.href, { method, headers: { ...guest, ...c.headers }, body: body ?? undefined, redirect: 'manual', signal });
      } catch (e) {
        return transportError(e, u.href, signal);
      }
      const location = headerList(res.headers).find(([k]) => k === 'location')?.[1];
      if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
        if (hop >= (o.maxRedirects ?? 5)) return new HostError('ConnectionError', [`too many redirects (more than ${o.maxRedirects ?? 5}) from '${url}'`]);
        try { await res.body?.cancel(); } catch { /* nothing to release */ }
        current = new URL(location, u).href;
        if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
          method = method === 'HEAD' ? 'HEAD' : 'GET';
          body = null;
          delete guest['content-type'];
          delete guest['content-length'];
        }
        continue;
      }
      let data: Uint8Array;
      try {
        data = await readLimited(res, maxResp);
      } catch (e) {
        if (e instanceof NetError) return new HostError(e.pyType, [e.message.replace('$URL', u.href)]);
        return transportError(e, u.href, signal);
      }
      return { status: res.status, reason: res.statusText ?? '', url: u.href, headers: headerList(res.headers), body: data };
    }
  }
}

function transportError(e: unknown, url: string, signal: AbortSignal): HostError {
  if (signal.aborted) {
    const reason = signal.reason as { name?: string } | undefined;
    if (reason?.name === 'TimeoutError') return new HostError('TimeoutError', ['timed out']);
    return new HostError('ConnectionError', [`request to '${url}' was cancelled`]);
  }
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  const why = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
  return new HostError('ConnectionError', [`failed to reach '${url}': ${why}`]);
}

function headerList(h: Awaited<ReturnType<FetchLike>>['headers']): [string, string][] {
  const out: [string, string][] = [];
  if (h && typeof (h as { forEach?: unknown }).forEach === 'function' && !(Object.getPrototypeOf(h) === Object.prototype)) {
    (h as { forEach(cb: (v: string, k: string) => void): void }).forEach((v, k) => out.push([k.toLowerCase(), String(v)]));
  } else if (h) {
    for (const [k, v] of Object.entries(h)) out.push([k.toLowerCase(), String(v)]);
  }
  return out;
}

async function readLimited(res: Awaited<ReturnType<FetchLike>>, max: number): Promise<Uint8Array> {
  const tooBig = () => new NetError('ConnectionError', `response from '$URL' is over the host's limit of ${max} bytes (net.maxResponseBytes)`);
  const declared = Number(headerList(res.headers).find(([k]) => k === 'content-length')?.[1] ?? NaN);
  if (declared > max) { try { await res.body?.cancel(); } catch { /* ignore */ } throw tooBig(); }
  if (res.body && typeof res.body.getReader === 'function') {
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.length;
      if (n > max) { try { await reader.cancel(); } catch { /* ignore */ } throw tooBig(); }
      chunks.push(value);
    }
    const out = new Uint8Array(n);
    let o = 0;
    for (const c of chunks) { out.set(c, o); o += c.length; }
    return out;
  }
  const b = new Uint8Array(await res.arrayBuffer());
  if (b.length > max) throw tooBig();
  return b;
}

/** The value handed to Python. */
export function responseValue(r: NetResponse): PyDict {
  const d = new PyDict();
  d.set('status', r.status); d.set('reason', r.reason); d.set('url', r.url);
  d.set('headers', r.headers.map(([k, v]) => PyTuple.from([k, v])));
  d.set('body', r.body);
  return d;
}
