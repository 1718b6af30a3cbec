// The network capability (docs/capabilities.md, "Network"): the allowlist and its boundaries,
// methods, host headers the guest cannot see, redirects, limits, urllib.request and requests, the
// VM's suspend/resume without JSPI (and the same run with it), time limits while waiting, spans —
// against a fake fetch, and once against a loopback HTTP server through the default fetch.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-ignore: the built bundle (npm test builds it first)
import { run } from '../dist/pyex.js';

type Seen = { url: string; method: string; headers: Record<string, string>; body?: string };

/** A fake API: echoes what it got; /redir, /evil and /other redirect; /missing is a 404; /big is large. */
function fakeApi(seen: Seen[]) {
  return async (url: string, init: { method: string; headers: Record<string, string>; body?: Uint8Array; signal?: AbortSignal }) => {
    seen.push({ url, method: init.method, headers: init.headers, body: init.body && new TextDecoder().decode(init.body) });
    const u = new URL(url);
    if (u.pathname.endsWith('/redir')) return new Response(null, { status: 302, headers: { location: '/v1/items?from=redir' } });
    if (u.pathname.endsWith('/evil')) return new Response(null, { status: 302, headers: { location: 'https://evil.example/steal' } });
    if (u.pathname.endsWith('/other')) return new Response(null, { status: 307, headers: { location: 'https://other.example/api/x' } });
    if (u.pathname.endsWith('/missing')) return new Response('nope', { status: 404, statusText: 'Not Found' });
    if (u.pathname.endsWith('/boom')) return new Response('down', { status: 503, statusText: 'Service Unavailable' });
    if (u.pathname.endsWith('/big')) return new Response('x'.repeat(5000), { status: 200 });
    if (u.pathname.endsWith('/hang')) {
      return new Promise<Response>((_res, rej) => init.signal?.addEventListener('abort', () => rej(init.signal!.reason)));
    }
    const body = JSON.stringify({ path: u.pathname, query: u.search, method: init.method, body: init.body ? new TextDecoder().decode(init.body) : null });
    return new Response(init.method === 'HEAD' ? null : body, { status: 200, headers: { 'content-type': 'application/json', 'X-Request-Id': 'r-1' } });
  };
}

const RULES = (seen: Seen[], extra: Record<string, unknown> = {}) => ({
  allow: [
    'https://api.example/v1',
    { prefix: 'https://api.example/v2/', methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], headers: { authorization: 'Bearer SECRET' } },
    'https://other.example/api',
  ],
  headers: { 'x-tenant': 'acme' },
  fetch: fakeApi(seen),
  ...extra,
});

describe('network allowlist', () => {
  const cases: [string, string, string | null][] = [
    // url, method, expected denial (null: allowed)
    ['https://api.example/v1', 'GET', null],
    ['https://api.example/v1/a/b?q=1', 'GET', null],
    ['https://API.EXAMPLE/v1/a', 'GET', null],
    ['https://api.example:443/v1/a', 'GET', null],
    ['https://api.example/v10', 'GET', 'no allow rule matches'],
    ['https://api.example/v', 'GET', 'no allow rule matches'],
    ['https://api.example/', 'GET', 'no allow rule matches'],
    ['https://api.example.evil.com/v1', 'GET', 'no allow rule matches'],
    ['https://evil.com/api.example/v1', 'GET', 'no allow rule matches'],
    ['http://api.example/v1', 'GET', 'no allow rule matches'],
    ['https://api.example:8443/v1', 'GET', 'no allow rule matches'],
    ['https://user:pw@api.example/v1', 'GET', 'URLs with credentials'],
    ['https://api.example@evil.com/v1', 'GET', 'URLs with credentials'],
    ['https://api.example/v1/../admin', 'GET', 'no allow rule matches'],
    ['https://api.example/v1/%2e%2e/admin', 'GET', 'no allow rule matches'],
    ['https://api.example/v1/..%2Fadmin', 'GET', "an encoded '/' or '\\' in the path"],
    ['https://api.example/v1/..%5cadmin', 'GET', "an encoded '/' or '\\' in the path"],
    ['https://api.example/v1', 'POST', "method POST is not allowed by the rule 'https://api.example/v1'"],
    ['https://api.example/v1', 'HEAD', null],
    ['https://api.example/v2', 'GET', 'no allow rule matches'],   // the rule is "/v2/": a directory
    ['https://api.example/v2/x', 'POST', null],
  ];
  it.each(cases)('%s %s', async (url, method, denial) => {
    const seen: Seen[] = [];
    const r = await run(`import requests\ntry:\n    r = requests.request(${JSON.stringify(method)}, ${JSON.stringify(url)})\n    print("ok", r.status_code)\nexcept PermissionError as e:\n    print("denied:", e)\n`,
      { net: RULES(seen) });
    expect(r.stderr).toBe('');
    if (denial === null) {
      expect(r.stdout).toBe('ok 200\n');
      expect(seen.length).toBe(1);
    } else {
      expect(r.stdout).toContain('denied: network access to ');
      expect(r.stdout).toContain(denial);
      expect(seen.length).toBe(0);
    }
  });

  it('without net every request names the missing option', async () => {
    const r = await run('import urllib.request\nurllib.request.urlopen("https://example.com/")');
    expect(r.error.type).toBe('PermissionError');
    expect(r.error.message).toBe("network access to 'https://example.com/' is not allowed: no network capability (the host must pass net to run(), or --allow-net to the CLI)");
  });

  it('a bad rule is the host\'s error', async () => {
    await expect(run('pass', { net: { allow: ['api.example'] } })).rejects.toThrow(/not an absolute URL/);
    await expect(run('pass', { net: { allow: ['https://a@b.example/'] } })).rejects.toThrow(/no credentials/);
  });
});

describe('requests', () => {
  it('get/post/put/patch/delete/head, params, json, data, headers, Response', async () => {
    const seen: Seen[] = [];
    const r = await run(`
import requests
r = requests.get("https://api.example/v1/items", params={"q": "a b", "n": [1, 2], "skip": None}, headers={"Accept": "application/json"}, timeout=5)
print(r.status_code, r.ok, bool(r), r.reason, repr(r))
print(r.json())
print(r.headers["content-type"], r.headers["X-REQUEST-ID"], "x-request-id" in r.headers, r.url)
print(type(r.content).__name__, r.text == r.content.decode(), r.encoding)
p = requests.post("https://api.example/v2/things", json={"a": [1, 2.5, None]})
print(p.json()["body"], p.request.headers["Content-Type"], p.request.method)
p = requests.post("https://api.example/v2/form", data={"k": "v w", "n": 1})
print(p.json()["body"], p.request.headers["content-type"])
print(requests.put("https://api.example/v2/x", data="raw").json()["method"], requests.patch("https://api.example/v2/x", data=b"b").json()["body"])
print(requests.delete("https://api.example/v2/x").json()["method"])
h = requests.head("https://api.example/v1/x")
print(h.status_code, h.content, h.headers.get("content-type"))
s = requests.Session()
s.headers.update({"X-Client": "pyex"})
s.params = {"key": "k1"}
with s:
    print(s.get("https://api.example/v1/s").json()["query"])
print(requests.codes.ok, requests.codes.not_found)
`, { net: RULES(seen) });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "200 True True OK <Response [200]>\n" +
      "{'path': '/v1/items', 'query': '?q=a+b&n=1&n=2', 'method': 'GET', 'body': None}\n" +
      "application/json r-1 True https://api.example/v1/items?q=a+b&n=1&n=2\n" +
      "bytes True utf-8\n" +
      '{"a": [1, 2.5, null]} application/json POST\n' +
      "k=v+w&n=1 application/x-www-form-urlencoded\n" +
      "PUT b\n" +
      "DELETE\n" +
      "200 b'' application/json\n" +
      "?key=k1\n" +
      "200 404\n");
    expect(seen[0].headers['accept']).toBe('application/json');
    expect(seen[0].headers['user-agent']).toBe('python-requests/2.31.0');
    expect(seen.find((s) => s.url.endsWith('/v1/s?key=k1'))!.headers['x-client']).toBe('pyex');
  });

  it('raise_for_status, HTTPError message, JSON errors, timeouts, connection errors', async () => {
    const seen: Seen[] = [];
    const r = await run(`
import requests
for path in ["missing", "boom"]:
    r = requests.get("https://api.example/v1/" + path)
    try:
        r.raise_for_status()
    except requests.HTTPError as e:
        print(type(e).__name__, e, e.response.status_code, isinstance(e, requests.RequestException), isinstance(e, IOError))
try:
    requests.get("https://api.example/v1/missing").json()
except requests.JSONDecodeError as e:
    print("JSONDecodeError", isinstance(e, ValueError), e)
try:
    requests.get("https://api.example/v1/hang", timeout=0.05)
except requests.Timeout as e:
    print("Timeout", type(e).__name__, e)
try:
    requests.get("api.example/v1")
except requests.exceptions.MissingSchema as e:
    print("MissingSchema", e)
try:
    requests.get("https://api.example/v1/big")
except requests.ConnectionError as e:
    print("ConnectionError", e)
`, { net: RULES(seen, { maxResponseBytes: 1000 }) });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'HTTPError 404 Client Error: Not Found for url: https://api.example/v1/missing 404 True True\n' +
      'HTTPError 503 Server Error: Service Unavailable for url: https://api.example/v1/boom 503 True True\n' +
      'JSONDecodeError True Expecting value: line 1 column 1 (char 0)\n' +
      'Timeout ReadTimeout timed out\n' +
      "MissingSchema Invalid URL 'api.example/v1': No scheme supplied. Perhaps you meant https://api.example/v1?\n" +
      "ConnectionError response from 'https://api.example/v1/big' is over the host's limit of 1000 bytes (net.maxResponseBytes)\n");
  });
});

describe('urllib.request', () => {
  it('urlopen, Request, HTTPError, URLError', async () => {
    const seen: Seen[] = [];
    const r = await run(`
import urllib.request, urllib.error, urllib.parse, json
with urllib.request.urlopen("https://api.example/v1/a?" + urllib.parse.urlencode({"x": "1 2"})) as f:
    print(f.status, f.getcode(), f.reason, f.geturl(), f.headers["Content-Type"], f.getheader("x-request-id"))
    print(json.loads(f.read()))
req = urllib.request.Request("https://api.example/v2/p", data=b'{"k": 1}', headers={"Content-Type": "application/json"}, method="PUT")
print(req.get_method(), req.host, req.selector, req.header_items())
print(json.loads(urllib.request.urlopen(req).read().decode())["body"])
try:
    urllib.request.urlopen("https://api.example/v1/missing")
except urllib.error.HTTPError as e:
    print(e, e.code, e.reason, e.read(), isinstance(e, urllib.error.URLError), isinstance(e, OSError))
try:
    urllib.request.urlopen("https://api.example/v1/big")
except urllib.error.URLError as e:
    print("URLError", e.reason)
try:
    urllib.request.urlopen("file:///etc/passwd")
except urllib.error.URLError as e:
    print(e)
`, { net: RULES(seen, { maxResponseBytes: 1000 }) });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      '200 200 OK https://api.example/v1/a?x=1+2 application/json r-1\n' +
      "{'path': '/v1/a', 'query': '?x=1+2', 'method': 'GET', 'body': None}\n" +
      "PUT api.example /v2/p [('Content-type', 'application/json')]\n" +
      '{"k": 1}\n' +
      "HTTP Error 404: Not Found 404 Not Found b'nope' True True\n" +
      "URLError response from 'https://api.example/v1/big' is over the host's limit of 1000 bytes (net.maxResponseBytes)\n" +
      '<urlopen error file URLs are not supported in pyex (only http and https, through the network capability)>\n');
    expect(seen[0].headers['user-agent']).toBe('Python-urllib/3.11');
  });
});

describe('http.client', () => {
  it('HTTPSConnection.request/getresponse go through the capability', async () => {
    const seen: Seen[] = [];
    const r = await run(`
import http.client, json
c = http.client.HTTPSConnection("api.example", timeout=5)
c.request("GET", "/v1/items?q=1", headers={"X-A": "b"})
r = c.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), json.loads(r.read())["query"])
c.request("POST", "/v2/p", body="k=v", headers={"Content-Type": "application/x-www-form-urlencoded"})
print(json.loads(c.getresponse().read())["body"])
try:
    c.getresponse()
except http.client.ResponseNotReady as e:
    print("ResponseNotReady", e)
try:
    http.client.HTTPConnection("api.example", 8080).request("GET", "/v1") or None
    http.client.HTTPConnection("api.example:8080").getresponse()
except (PermissionError, http.client.HTTPException) as e:
    print(type(e).__name__)
c2 = http.client.HTTPConnection("api.example:8080")
c2.request("GET", "/v1")
try:
    c2.getresponse()
except PermissionError as e:
    print(e)
`, { net: RULES(seen) });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      '200 OK application/json ?q=1\n' +
      'k=v\n' +
      'ResponseNotReady Idle\n' +
      'ResponseNotReady\n' +
      "network access to 'http://api.example:8080/v1' is not allowed: no allow rule matches (the host must pass net.allow)\n");
    expect(seen[0].headers['x-a']).toBe('b');
    expect(seen[0].url).toBe('https://api.example/v1/items?q=1');
  });
});

describe('host headers and redirects', () => {
  it('host headers reach the server but never the guest or the effect log; redirects are checked hop by hop', async () => {
    const seen: Seen[] = [];
    const r = await run(`
import requests
r = requests.get("https://api.example/v2/me")
print(sorted(k.lower() for k in r.request.headers), "authorization" in r.text.lower())
print(requests.get("https://api.example/v1/redir").url)
try:
    requests.get("https://api.example/v1/evil")
except PermissionError as e:
    print(e)
print(requests.get("https://api.example/v2/other").status_code)
`, { net: RULES(seen) });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "['accept', 'accept-encoding', 'connection', 'user-agent'] False\n" +
      'https://api.example/v1/items?from=redir\n' +
      "network access to 'https://evil.example/steal' is not allowed (redirected from 'https://api.example/v1/evil'): no allow rule matches (the host must pass net.allow)\n" +
      '200\n');
    const me = seen.find((s) => s.url.endsWith('/v2/me'))!;
    expect(me.headers['authorization']).toBe('Bearer SECRET');
    expect(me.headers['x-tenant']).toBe('acme');
    expect(me.headers['connection']).toBeUndefined();   // hop-by-hop headers are fetch's
    // the rule for other.example has no authorization header: the redirect does not carry it there
    const other = seen.find((s) => s.url.startsWith('https://other.example/'))!;
    expect(other.headers['authorization']).toBeUndefined();
    expect(other.headers['x-tenant']).toBe('acme');
    expect(seen.some((s) => s.url.startsWith('https://evil.example'))).toBe(false);
    expect(JSON.stringify(r.effects)).not.toContain('SECRET');
    expect(JSON.stringify(r.spans)).not.toContain('SECRET');
  });

  it('maxRequests bounds a run', async () => {
    const seen: Seen[] = [];
    const r = await run('import requests\nfor i in range(10):\n    requests.get("https://api.example/v1/x")\n', { net: RULES(seen, { maxRequests: 3 }) });
    expect(r.error.type).toBe('PermissionError');
    expect(r.error.message).toContain('more than 3 requests in one run (net.maxRequests)');
    expect(seen.length).toBe(3);
  });
});

describe('suspend/resume', () => {
  const PROGRAM = `
import requests, functools
def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print("call", f.__name__)
        return f(*args, **kwargs)
    return wrapper
@logged
def fetch(path):
    try:
        return requests.get("https://api.example/v1/" + path).json()["path"]
    finally:
        print("done", path)
class Client:
    def __init__(self, base):
        self.base = base
        self.first = fetch(base)
c = Client("init")
print(c.first, [fetch(p) for p in ["a", "b"]])
try:
    requests.get("https://api.example/v9")
except PermissionError as e:
    print("denied")
`;

  it('works without JSPI and gives the same result as with it', async () => {
    const a = await run(PROGRAM, { net: RULES([]), jspi: false });
    const b = await run(PROGRAM, { net: RULES([]), jspi: true });
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe('call fetch\ndone init\ncall fetch\ndone a\ncall fetch\ndone b\n/v1/init [\'/v1/a\', \'/v1/b\']\ndenied\n');
    expect(b.stdout).toBe(a.stdout);
    expect(b.footprint.steps).toBe(a.footprint.steps);
    expect(JSON.stringify(b.effects)).toBe(JSON.stringify(a.effects));
    expect(JSON.stringify(b.spans)).toBe(JSON.stringify(a.spans));
  });

  it('an error answer is raised in the waiting frame with its traceback', async () => {
    const r = await run('import requests\ndef f():\n    return requests.get("https://api.example/v1/hang", timeout=0.01)\nf()\n', { net: RULES([]), jspi: false });
    expect(r.error.type).toBe('requests.exceptions.ReadTimeout');
    expect(r.stderr).toContain('line 4, in <module>');
    expect(r.stderr).toContain('line 3, in f');
  });

  it('without JSPI, a call from a nested loop is refused with a clear error; with JSPI it works', async () => {
    const code = 'import requests\ndef g():\n    yield requests.get("https://api.example/v1/g").json()["path"]\nprint(list(g()))\n';
    const a = await run(code, { net: RULES([]), jspi: false });
    expect(a.error.type).toBe('RuntimeError');
    expect(a.error.message).toContain('cannot wait here: it was made inside a generator');
    const b = await run(code, { net: RULES([]), jspi: true });
    expect(b.stdout).toBe("['/v1/g']\n");
  });

  it('the wall-clock budget applies while the VM waits', async () => {
    const t0 = Date.now();
    const r = await run('import requests\nprint("before", flush=True)\nrequests.get("https://api.example/v1/hang")\n',
      { net: RULES([]), jspi: false, limits: { timeoutMs: 300 } });
    expect(r.exitCode).toBe(3);
    expect(r.error.type).toBe('LimitError');
    expect(r.error.message).toBe('time limit exceeded (300 ms)');
    expect(r.stdout).toBe('before\n');
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('effects and spans', () => {
  it('one effect and one CLIENT span per request, with method, URL and status', async () => {
    const r = await run('import requests\nrequests.get("https://api.example/v1/a")\nrequests.get("https://api.example/v1/missing")\ntry:\n    requests.get("https://x.example/")\nexcept PermissionError:\n    pass\n', { net: RULES([]) });
    expect(r.effects.map((e: any) => [e.op, e.args.method, e.args.url, e.result?.status ?? e.error?.split(':')[0]])).toEqual([
      ['http.request', 'GET', 'https://api.example/v1/a', 200],
      ['http.request', 'GET', 'https://api.example/v1/missing', 404],
      ['http.request', 'GET', 'https://x.example/', 'PermissionError'],
    ]);
    const client = r.spans.filter((s: any) => s.kind === 'CLIENT');
    expect(client.map((s: any) => [s.name, s.attributes['http.request.method'], s.attributes['url.full'], s.attributes['http.response.status_code'], s.status.code])).toEqual([
      ['GET', 'GET', 'https://api.example/v1/a', 200, 'UNSET'],
      ['GET', 'GET', 'https://api.example/v1/missing', 404, 'UNSET'],
      ['GET', 'GET', 'https://x.example/', undefined, 'ERROR'],
    ]);
    expect(r.footprint.effects).toEqual({ GET: 3 });
  });
});

describe('default fetch against a loopback server', () => {
  let server: http.Server;
  let base = '';
  const got: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        got.push({ method: req.method, url: req.url, headers: req.headers, body });
        if (req.url === '/api/redirect') { res.writeHead(302, { location: '/api/data?r=1' }); res.end(); return; }
        if (req.url === '/api/hang') { setTimeout(() => { res.writeHead(200); res.end('late'); }, 10_000).unref(); return; }
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ method: req.method, url: req.url, body, key: req.headers['x-api-key'] ?? null }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('requests and urlopen reach an allowed local server', async () => {
    const r = await run(`
import requests, urllib.request, json, sys
base = sys.argv[1]
print(requests.get(base + "/api/data", params={"a": 1}).json())
print(requests.post(base + "/api/post", json={"x": 1}).json()["body"])
print(json.load(urllib.request.urlopen(base + "/api/redirect"))["url"])
try:
    requests.get(base + "/private")
except PermissionError as e:
    print("denied", str(e).endswith("no allow rule matches (the host must pass net.allow)"))
`, { argv: [base], net: { allow: [{ prefix: `${base}/api`, methods: ['GET', 'POST'], headers: { 'x-api-key': 'k' } }] }, jspi: false });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "{'method': 'GET', 'url': '/api/data?a=1', 'body': '', 'key': 'k'}\n" +
      '{"x": 1}\n' +
      '/api/data?r=1\n' +
      'denied True\n');
    expect(got.map((g) => g.url)).toEqual(['/api/data?a=1', '/api/post', '/api/redirect', '/api/data?r=1']);
  });

  it('a run with the default fetch and timeoutMs moves to a worker thread and is stopped while it waits', async () => {
    const t0 = Date.now();
    const r = await run(`print("start")\nimport urllib.request, sys\nurllib.request.urlopen(sys.argv[1] + "/api/hang")\n`,
      { argv: [base], net: { allow: [`${base}/api`] }, limits: { timeoutMs: 3000 } });
    expect(r.exitCode).toBe(3);
    expect(r.error.message).toBe('time limit exceeded (3000 ms)');
    expect(r.stdout).toBe('start\n');
    expect(Date.now() - t0).toBeLessThan(9000);
  });
});
