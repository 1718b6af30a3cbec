# `return v` in a generator ends it with StopIteration(v); StopIteration raised inside
# a generator body becomes RuntimeError (PEP 479).
def g():
    yield 1
    return 'done'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)

def g0():
    return
    yield
try:
    next(g0())
except StopIteration as e:
    print(repr(e), e.value, e.args)

def gt():
    yield 1
    return (1, 2)
it = gt(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

def gn():
    yield 1
    return None
it = gn(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

def leak():
    yield 1
    raise StopIteration('inner')
it = leak(); next(it)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e, '|', repr(e.__cause__), e.__suppress_context__)

def leak_next():
    it = iter([])
    yield next(it)
try:
    list(leak_next())
except RuntimeError as e:
    print('RuntimeError', e)

s = StopIteration(1, 2)
print(s.value, s.args)
s = StopIteration()
print(s.value, s.args)
print(list(x for x in g()))

def delegating():
    r = yield from g()
    print('yield from returned', r)
    return r * 2
it = delegating()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('outer', e.value)
