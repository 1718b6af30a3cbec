// Adversarial programs: each tries to reach past the sandbox. tests/security/expected.json holds
// the exact contained outcome of each (stdout, or the last stderr line on failure), recorded by
// `node scripts/record-security.mjs` and reviewed by hand. A change in any outcome fails the
// suite, so a new feature (eval, frames, a new module) that opens a path out is noticed.
import { KvStore } from '../../dist/pyex.js';
// a store shared by tenants: the program gets tenant a's keys through a prefix view (or a read-only view)
const KV = new KvStore({ 't/a/x': 1, 't/b/secret': 'B-SECRET', 'top': 'TOP-SECRET', a: 1 });
const KV_PREFIXED = { store: KV.withPrefix('t/a/') };
const KV_READONLY = { store: KV.readOnly() };
// the network capability with a fake fetch: only https://api.example/v1 (GET/HEAD); /v1/go redirects
// to evil.example; the echo shows what reached the "server" (host headers included) — a leak of the
// host header SECRET into the guest's view would show in the outcome
const NET = { net: { allow: ['https://api.example/v1'], headers: { authorization: 'SECRET' }, fetch: async (url, init) => {
  const u = new URL(url);
  if (u.pathname === '/v1/go') return new Response(null, { status: 302, headers: { location: 'https://evil.example/x' } });
  if (u.pathname === '/v1/self') return new Response(null, { status: 302, headers: { location: 'https://api.example/v1/ok' } });
  return new Response(`reached ${u.href}`, { status: 200, headers: { 'x-seen-auth': String(init.headers.authorization === 'SECRET') } });
} } };
const NETTRY = (url, method = 'GET') => `import requests
try:
    r = requests.request(${JSON.stringify(method)}, ${JSON.stringify(url)})
    print(r.text, r.headers.get('x-seen-auth'), 'SECRET' in str(r.request.headers))
except PermissionError as e:
    print(e)`;
const FS = { files: { '/a.txt': 'A', '/dir/b.txt': 'B' }, mounts: { '/ro': { files: { 'r.txt': 'R' }, readOnly: true } } };

export const cases = [
  // ---- object graph walks ------------------------------------------------------------------
  ['subclasses-count', `print(len(object.__subclasses__()) > 10)`],
  ['subclasses-dangerous-names', `print([c.__name__ for c in object.__subclasses__() if c.__name__ in ('Popen', '_wrap_close', 'catch_warnings', 'BuiltinImporter', 'FileLoader', 'Quitter')])`],
  ['subclasses-init-globals', `hits = []
for c in object.__subclasses__():
    g = getattr(getattr(c, '__init__', None), '__globals__', None)
    if isinstance(g, dict) and ('os' in g or 'sys' in g or 'subprocess' in g):
        hits.append(c.__name__)
print(hits)`],
  ['subclasses-via-tuple', `b = ().__class__.__base__
print(b is object, any(c.__name__ == 'Popen' for c in b.__subclasses__()))`],
  ['subclasses-via-str-mro', `print(''.__class__.__mro__[-1].__subclasses__()[0].__name__)`],
  ['type-subclasses', `print(type.__subclasses__(type))`],
  ['subclasses-walk-recursive', `seen = set()
def walk(c):
    for s in type.__subclasses__(c) if c is type else c.__subclasses__():
        if s not in seen:
            seen.add(s)
            walk(s)
walk(object)
print(sorted(n for n in (c.__name__ for c in seen) if 'Popen' in n or 'Loader' in n or 'Importer' in n))`],
  ['subclasses-call-os-system', `import os
for c in object.__subclasses__():
    g = getattr(getattr(c, '__init__', None), '__globals__', {})
    if 'system' in g:
        g['system']('id')
os.system('id')`],
  ['mro-object', `print([].__class__.__mro__)`],
  ['base-of-type', `print(type.__base__, type.__mro__)`],
  ['dunder-class-chain', `print(().__class__.__class__.__class__)`],
  // ---- globals / builtins tampering --------------------------------------------------------
  ['func-globals-is-module', `def f(): pass
print(f.__globals__ is globals(), '__builtins__' in f.__globals__)`],
  ['builtins-open-without-fs', `def f(): pass
f.__globals__['__builtins__']['open']('/etc/passwd')`],
  ['builtins-dict-import', `__builtins__['__import__'] if isinstance(__builtins__, dict) else None
import os
os.system('ls')`],
  ['builtins-replace-open', `import builtins`],
  ['builtins-mutate-print', `__builtins__['print'] = lambda *a: None
print('hidden')
import sys
sys.stdout.write('x') if hasattr(sys, 'stdout') else None`],
  ['builtins-delete-name', `del __builtins__['len']
len([1])`],
  ['globals-overwrite-builtins', `globals()['__builtins__'] = {}
print(len([1, 2]))`],
  ['module-globals-via-function', `import os
print(type(os.listdir.__globals__).__name__, '_pyex' in os.listdir.__globals__)`],
  ['pyex-module-reachable', `import os
p = os.listdir.__globals__['_pyex']
p.call('fs.read', '/etc/passwd', '/etc/passwd')`],
  ['getattr-dunder-import', `getattr(__builtins__, '__import__')` ],
  ['builtin-self', `print(open.__self__, print.__self__, len.__self__)`],
  ['builtin-module-attr', `print(getattr(open, '__module__', None))`],
  // ---- code objects ------------------------------------------------------------------------
  ['code-attrs', `def f(): return 1
c = f.__code__
print(type(c).__name__, hasattr(c, 'co_code'))`],
  ['code-swap', `def f(): return 1
def g(): return 2
try:
    f.__code__ = g.__code__
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
print(f())`],
  ['code-construct', `def f(): pass
CodeType = type(f.__code__)
CodeType(0, 0, 0, 0, 0, 0, b'\\x00', (), (), (), '', '', '', 0, b'')`],
  ['code-replace', `def f(): pass
f.__code__.replace(co_code=b'\\xff\\xff')`],
  ['function-construct', `def f(): pass
FunctionType = type(f)
FunctionType(f.__code__, {})()`],
  ['function-defaults-tamper', `def f(a=1): return a
f.__defaults__ = (object.__subclasses__,)
print(f() is object.__subclasses__)`],
  ['closure-cell-tamper', `def outer():
    x = 1
    def inner(): return x
    return inner
i = outer()
print(i.__closure__[0].cell_contents if i.__closure__ else None)`],
  // ---- frames and tracebacks ---------------------------------------------------------------
  ['sys-getframe', `import sys
sys._getframe(0).f_back`],
  ['generator-gi-frame', `def g():
    yield 1
g().gi_frame.f_back`],
  ['generator-gi-code', `def g():
    yield 1
print(type(g().gi_code).__name__ if hasattr(g(), 'gi_code') else 'no gi_code')`],
  ['traceback-tb-frame', `try:
    1 / 0
except ZeroDivisionError as e:
    e.__traceback__.tb_frame.f_globals`],
  ['traceback-tb-next', `try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_next)`],
  ['sys-exc-info-frame', `import sys
try:
    1 / 0
except Exception:
    sys.exc_info()[2].tb_frame`],
  ['frame-walk-tb', `def f():
    1 / 0
try:
    f()
except ZeroDivisionError as e:
    fr = e.__traceback__.tb_frame
    seen = []
    while fr is not None and len(seen) < 50:
        seen.append(getattr(fr, 'f_code', None) and fr.f_code.co_name)
        fr = getattr(fr, 'f_back', None)
    print(seen)`],
  ['frame-locals-builtins', `try:
    1 / 0
except ZeroDivisionError as e:
    fr = e.__traceback__.tb_frame
    print(sorted(k for k in ('f_locals', 'f_globals', 'f_builtins', 'f_back', 'f_lasti', 'f_trace') if hasattr(fr, k)))`],
  ['frame-trace-hook', `import sys
print(hasattr(sys, 'settrace'), hasattr(sys, 'setprofile'), hasattr(sys, '_getframe'))`],
  ['coroutine-frame', `async def c():
    return 1
co = c()
print(getattr(co, 'cr_frame', 'none') is not None)
co.close()`],
  ['inspect-module', `import inspect`],
  ['coroutine-cr-frame', `async def c(): pass
x = c()
x.cr_frame`],
  // ---- imports of host-reaching modules ----------------------------------------------------
  ['os-system', `import os
os.system('cat /etc/passwd')`],
  ['os-popen', `import os
os.popen('id').read()`],
  ['os-fork', `import os
os.fork()`],
  ['os-execv', `import os
os.execv('/bin/sh', ['sh'])`],
  ['os-kill', `import os
os.kill(1, 9)`],
  ['os-symlink', `import os
os.symlink('/etc/passwd', '/x')`],
  ['os-open-fd', `import os
os.open('/etc/passwd', os.O_RDONLY)`],
  ['os-getpid', `import os
print(os.getpid(), os.getuid(), os.cpu_count())`],
  ['os-environ-empty', `import os
print(os.environ, os.getenv('PATH'), os.getenv('HOME'))`],
  ['os-urandom-deterministic', `import os
print(os.urandom(4).hex())`],
  ['dunder-import-subprocess', `__import__('subprocess')`],
  ['import-subprocess', `import subprocess
subprocess.run(['ls'])`],
  ['import-ctypes', `import ctypes`],
  ['import-socket', `import socket`],
  ['import-posix', `import posix
posix.system('id')`],
  ['import-nt', `import nt`],
  ['import-posixsubprocess', `import _posixsubprocess`],
  ['import-multiprocessing', `import multiprocessing`],
  ['import-threading', `import threading`],
  ['import-importlib', `import importlib
importlib.import_module('os')`],
  ['import-pty', `import pty`],
  ['import-signal', `import signal`],
  ['import-gc', `import gc
gc.get_objects()`],
  ['import-marshal', `import marshal`],
  ['import-pickle', `import pickle`],
  ['import-code', `import code`],
  ['import-runpy', `import runpy`],
  ['import-io-open-code', `import _io`],
  ['import-urllib', `import urllib.request`],
  ['import-http', `import http.client`],
  ['import-js', `import js`],
  ['import-pyodide', `import pyodide`],
  ['sys-modules-inject', `import sys
sys.modules['subprocess'] = 'fake'
import subprocess
print(subprocess)`],
  ['sys-path-has-nothing', `import sys
print(getattr(sys, 'path', 'no sys.path'))`],
  ['import-relative-escape', `from .. import os`],
  ['import-dotted-escape', `__import__('os.path.__class__')`],
  ['sys-attributes', `import sys
print(sys.platform, hasattr(sys, 'executable'), hasattr(sys, 'settrace'), hasattr(sys, 'setprofile'))`],
  // ---- exec / eval / compile ---------------------------------------------------------------
  ['eval-import', `eval("__import__('os').system('id')")`],
  ['exec-import', `exec("import os; os.system('id')")`],
  ['compile-exec', `exec(compile("import subprocess", "x", "exec"))`],
  ['eval-via-builtins-dict', `__builtins__['eval']('1')`],
  ['exec-empty-builtins', `exec("print(open('/etc/passwd'))", {"__builtins__": {}})`],
  ['eval-none-builtins-walk', `print(eval("().__class__.__mro__[-1].__name__", {"__builtins__": None}))`],
  ['exec-globals-capture', `g = {}
exec("import os\\nr = os.listdir", g)
g['r']('/')`],
  ['exec-bytes-source', `exec(b"import subprocess")`],
  ['eval-dunder-import', `eval("__import__('subprocess')")`],
  ['compile-single-open', `exec(compile("open('/etc/shadow')", "<x>", "single"))`],
  ['exec-nested-eval-fs', `exec("eval(\\"open('../../etc/passwd').read()\\")")`, FS],
  ['format-attribute-walk', `print('{0.__class__.__mro__[1]}'.format(1))`],
  ['format-globals-leak', `def f(): pass
print('{0.__globals__[__name__]}'.format(f))`],
  ['percent-format', `print('%(x)s' % {'x': object.__subclasses__.__name__})`],
  ['input-no-stdin', `input('> ')`],
  ['breakpoint', `breakpoint()`],
  // ---- filesystem: traversal and attenuation -----------------------------------------------
  ['fs-dotdot-root', `print(open('/../../a.txt').read())`, FS],
  ['fs-etc-passwd', `open('/etc/passwd')`, FS],
  ['fs-relative-etc-passwd', `open('../../../../etc/passwd')`, FS],
  ['fs-proc-self', `open('/proc/self/environ')`, FS],
  ['fs-dev-null-absent', `open('/dev/null', 'w')`, FS],
  ['fs-listdir-dotdot', `import os
print(os.listdir('/..'), os.listdir('/../..'))`, FS],
  ['fs-chdir-dotdot', `import os
os.chdir('..'); os.chdir('..')
print(os.getcwd(), sorted(os.listdir('.')))`, FS],
  ['fs-pathlib-resolve', `from pathlib import Path
print(Path('/../../../dir/../a.txt').resolve(), Path('/').resolve().parent)`, FS],
  ['fs-null-byte', `open('/a.txt\\x00.png')`, FS],
  ['fs-realpath', `import os
print(os.path.realpath('/../../x'), os.path.abspath('../../y'))`, FS],
  ['fs-write-escape-clamped', `open('../../../../tmp/evil', 'w').write('x')
import os
print(sorted(os.listdir('/')))`, FS],
  ['fs-readonly-write', `open('/ro/r.txt', 'w')`, FS],
  ['fs-readonly-append', `open('/ro/r.txt', 'a')`, FS],
  ['fs-readonly-update', `open('/ro/r.txt', 'r+')`, FS],
  ['fs-readonly-create', `open('/ro/new.txt', 'x')`, FS],
  ['fs-readonly-remove', `import os
os.remove('/ro/r.txt')`, FS],
  ['fs-readonly-rename-out', `import os
os.rename('/ro/r.txt', '/stolen.txt')`, FS],
  ['fs-readonly-rename-in', `import os
os.rename('/a.txt', '/ro/a.txt')`, FS],
  ['fs-readonly-rmtree', `import shutil
shutil.rmtree('/ro')`, FS],
  ['fs-readonly-mkdir', `import os
os.mkdir('/ro/d')`, FS],
  ['fs-readonly-read-ok', `print(open('/ro/r.txt').read())`, FS],
  ['fs-rmdir-root', `import os
os.rmdir('/')`, FS],
  ['fs-rename-into-self', `import os
os.rename('/dir', '/dir/sub')`, FS],
  ['fs-symlink-pathlib', `from pathlib import Path
Path('/l').symlink_to('/etc/passwd')`, FS],
  ['fs-no-capability-open', `open('/a.txt')`],
  ['fs-no-capability-listdir', `import os
os.listdir('/')`],
  ['fs-no-capability-exists', `import os
print(os.path.exists('/etc/passwd'), os.path.isfile('/etc/hosts'))`],
  ['fs-no-capability-write', `open('/x.txt', 'w')`],
  ['fs-no-capability-tempfile', `import tempfile
tempfile.mkdtemp()`],
  ['fs-glob-root', `import glob
print(sorted(glob.glob('/**', recursive=True)))`, FS],
  ['fs-huge-write', `open('/big', 'w').write('x' * (10 ** 10))`, { ...FS, limits: { maxMemory: 64 << 20 } }],
  // ---- the host door (_pyex) ---------------------------------------------------------------
  ['pyex-unknown-call', `import _pyex
_pyex.call('process.exit', 0)`],
  ['pyex-eval-name', `import _pyex
_pyex.call('eval', 'globalThis.process.exit(1)')`],
  ['pyex-proto-tool', `import _pyex
_pyex.call('tool', '__proto__', (), {})`, { tools: { t: () => 1 } }],
  ['pyex-constructor-tool', `import _pyex
_pyex.call('tool', 'constructor', (), {})`, { tools: { t: () => 1 } }],
  ['pyex-tostring-tool', `import _pyex
_pyex.call('tool', 'toString', (), {})`, { tools: { t: () => 1 } }],
  ['pyex-bytes-name', `import _pyex
_pyex.call(b'seed')`],
  ['pyex-kwargs', `import _pyex
_pyex.call('seed', x=1)`],
  ['pyex-nonstr-path', `import _pyex
_pyex.call('fs.read', 12, 'x')`, FS],
  ['pyex-recursive-value', `import _pyex
l = []
l.append(l)
_pyex.call('seed', l)`],
  ['pyex-object-value', `import _pyex
_pyex.call('seed', object())`],
  ['pyex-function-value', `import _pyex
_pyex.call('seed', print)`],
  ['pyex-traversal-direct', `import _pyex
print(_pyex.call('fs.read', '/../../../a.txt', 'x'))`, FS],
  ['pyex-fs-kind-outside', `import _pyex
print(_pyex.call('fs.kind', '/../../etc', 'x'))`, FS],
  ['pyex-env-copy', `import _pyex
e = _pyex.call('env')
e['X'] = '1'
print(_pyex.call('env'))`, { env: { A: 'a' } }],
  ['pyex-sleep-negative', `import _pyex
_pyex.call('time.sleep', -5)`],
  ['pyex-sleep-nan', `import _pyex
_pyex.call('time.sleep', float('nan'))`],
  // ---- tools -------------------------------------------------------------------------------
  ['tools-none-passed', `import tools
print(tools.__all__)
tools.search('x')`],
  ['tools-import-missing', `from tools import rm_rf`, { tools: { t: () => 1 } }],
  ['tools-returns-function', `from tools import t
t()`, { tools: { t: () => () => 1 } }],
  ['tools-returns-class-instance', `from tools import t
t()`, { tools: { t: () => new Map([[{}, 1]]) } }],
  ['tools-error-message', `from tools import t
t()`, { tools: { t: () => { throw new Error('denied'); } } }],
  // ---- budgets -----------------------------------------------------------------------------
  ['budget-infinite-loop', `while True:
    pass`, { limits: { maxSteps: 100000 } }],
  ['budget-catch-limit', `try:
    while True:
        pass
except BaseException:
    print('caught')`, { limits: { maxSteps: 100000 } }],
  ['budget-finally-after-limit', `try:
    while True:
        pass
finally:
    print('finally')`, { limits: { maxSteps: 100000 } }],
  ['budget-recursion', `def f(): f()
f()`],
  ['budget-big-string', `'a' * 10 ** 12`],
  ['budget-big-list', `[0] * 10 ** 12`],
  ['budget-big-pow', `10 ** 10 ** 10`, { limits: { maxSteps: 10_000_000 } }],
  ['budget-output', `while True:
    print('x' * 1000)`, { limits: { maxOutput: 10000 } }],
  ['budget-sleep-is-virtual', `import time
time.sleep(10 ** 6)
print(time.time())`],
  // ---- network allowlist ---------------------------------------------------------------------
  ['net-no-capability', `import urllib.request
urllib.request.urlopen('https://example.com/')`],
  ['net-allowed', NETTRY('https://api.example/v1/ok'), NET],
  ['net-sibling-path', NETTRY('https://api.example/v10'), NET],
  ['net-host-suffix', NETTRY('https://api.example.evil.com/v1'), NET],
  ['net-userinfo-host', NETTRY('https://api.example@evil.com/v1'), NET],
  ['net-userinfo-creds', NETTRY('https://user:pw@api.example/v1/'), NET],
  ['net-other-port', NETTRY('https://api.example:8443/v1'), NET],
  ['net-plain-http', NETTRY('http://api.example/v1'), NET],
  ['net-dotdot', NETTRY('https://api.example/v1/../admin'), NET],
  ['net-encoded-dotdot', NETTRY('https://api.example/v1/%2e%2e/admin'), NET],
  ['net-encoded-slash', NETTRY('https://api.example/v1/..%2fadmin'), NET],
  ['net-backslash', NETTRY('https://api.example/v1\\..\\admin'), NET],
  ['net-redirect-out', NETTRY('https://api.example/v1/go'), NET],
  ['net-redirect-in', NETTRY('https://api.example/v1/self'), NET],
  ['net-method', NETTRY('https://api.example/v1/ok', 'POST'), NET],
  ['net-file-scheme', `import urllib.request
urllib.request.urlopen('file:///etc/passwd')`, NET],
  ['net-raw-call', `import _pyex
print(_pyex.call('net.request', 'GET', 'https://evil.example/', [], None, None))`, NET],
  ['net-header-injection', `import requests
print(requests.get('https://api.example/v1/ok', headers={'X-A': 'b\\r\\nHost: evil.example'}).text)`, NET],
  // ---- key/value store -----------------------------------------------------------------------
  ['store-no-capability', `import store
store.get('x')`],
  ['store-prefix-dotdot', `import store
print(store.get('../b/secret'), store.get('..'), store.keys())`, KV_PREFIXED],
  ['store-prefix-absolute', `import store
print(store.get('/t/b/secret'), store.get('t/b/secret'), store.get('b/secret'))`, KV_PREFIXED],
  ['store-prefix-scan', `import store
print(store.scan(''), store.scan('../'))`, KV_PREFIXED],
  ['store-raw-call', `import _pyex
print(_pyex.call('kv.get', '../b/secret'), _pyex.call('kv.scan', ''))`, KV_PREFIXED],
  ['store-readonly-write', `import store
store.set('a', 2)`, KV_READONLY],
  ['store-readonly-raw', `import _pyex
_pyex.call('kv.delete', 'a')`, KV_READONLY],
  ['store-value-object', `import store
store.set('x', store)`, KV_PREFIXED],
];
