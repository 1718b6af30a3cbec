# contextlib's asynchronous tools (asynccontextmanager, AsyncExitStack, aclosing,
# AbstractAsyncContextManager, AsyncContextDecorator, async nullcontext), types.MappingProxyType
# and friends, reprlib, functools.recursive_repr, importlib.import_module, import builtins
import asyncio, contextlib, types, reprlib, functools, importlib, builtins

log = []

@contextlib.asynccontextmanager
async def resource(name, fail=False):
    log.append('open ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('handled ' + repr(e))
    finally:
        log.append('close ' + name)

class ACM(contextlib.AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        log.append('ACM exit %s' % (exc[0].__name__ if exc[0] else None))
        return False

class Deco(contextlib.AsyncContextDecorator):
    async def __aenter__(self):
        log.append('deco enter')
        return self
    async def __aexit__(self, *exc):
        log.append('deco exit')
        return False

@Deco()
async def decorated(x):
    log.append('body %d' % x)
    return x * 2

class Gen:
    def __init__(self):
        self.closed = False
    async def aclose(self):
        self.closed = True

async def main():
    async with resource('a') as r:
        log.append('using ' + r)
    async with resource('b'):
        raise KeyError('k')
    try:
        async with resource('c'):
            raise ValueError('v')
    except ValueError as e:
        log.append('propagated ' + repr(e))
    async with ACM() as a:
        log.append('ACM is self %s' % (type(a).__name__))
    log.append('decorated -> %d' % await decorated(4))
    g = Gen()
    async with contextlib.aclosing(g) as same:
        log.append('aclosing same %s' % (same is g))
    log.append('closed %s' % g.closed)
    async with contextlib.nullcontext(42) as v:
        log.append('nullcontext %s' % v)
    async with contextlib.AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource('s1'))
        y = stack.enter_context(contextlib.nullcontext('sync'))
        stack.callback(log.append, 'sync callback')
        async def acb(tag):
            log.append('async callback ' + tag)
        stack.push_async_callback(acb, 't')
        async def aexit(*exc):
            log.append('push_async_exit %s' % (exc[0],))
        stack.push_async_exit(aexit)
        log.append('stack values %s %s' % (x, y))
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(resource('s2'))
            raise RuntimeError('inside stack')
    except RuntimeError as e:
        log.append('stack propagated ' + str(e))
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        log.append('TypeError ' + str(e))
    @contextlib.asynccontextmanager
    async def noyield():
        if False:
            yield
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        log.append('RuntimeError ' + str(e))

asyncio.run(main())
print('\n'.join(log))

mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], len(mp), list(mp), 'b' in mp, mp.get('z', 0), dict(mp.items()), mp.copy(), mp | {'c': 3}, type(mp).__name__)
def setit():
    mp['a'] = 5
def delit():
    del mp['a']
for f in [setit, delit, lambda: types.MappingProxyType([1]), lambda: hash(mp)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
meta, ns, kw = types.prepare_class('X', (object,), {'metaclass': type, 'extra': 1})
print(meta, ns, kw, types.UnionType is type(int | str), types.CellType.__name__)

r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(2 ** 200))
print(reprlib.repr((1,)), reprlib.repr(set(range(20))), reprlib.repr(frozenset()), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(object)[:30])
r.maxlist = 2; r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'))

class Node:
    def __init__(self):
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % (self.children,)
n = Node(); n.children.append(n)
print(repr(n), Node.__repr__.__name__)
class Node2(Node):
    @functools.recursive_repr('<...>')
    def __repr__(self):
        return 'N2%r' % (self.children,)
m = Node2(); m.children.append(m)
print(repr(m), isinstance(functools.get_cache_token(), object))

print(importlib.import_module('json').dumps([1]), importlib.import_module('os.path').join('a', 'b'), importlib.import_module('.path', 'os').basename('/x/y'))
for bad in [lambda: importlib.import_module('no_such_mod_zz'), lambda: importlib.import_module('.x'), lambda: importlib.import_module('')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(builtins.len('abc'), builtins.print is print, builtins.__name__)
