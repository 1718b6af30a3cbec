import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout

@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')
with tag('p') as t:
    print('in', t)
try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    {}['k']
print('after swallow')
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
with suppress(KeyError, IndexError):
    [][1]
print('suppressed ok')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')
class Res:
    def close(self): print('closed')
with closing(Res()) as r:
    print('using', type(r).__name__)
with nullcontext(42) as v:
    print('null', v)
with nullcontext():
    print('null none')
with ExitStack() as stack:
    stack.callback(print, 'callback 1')
    stack.callback(print, 'callback 2')
    xs = [stack.enter_context(tag(n)) for n in 'ab']
    print('entered', xs)
def logged(msg):
    print('exit', msg)
try:
    with ExitStack() as st:
        st.callback(logged, 'one')
        st.enter_context(suppress(ZeroDivisionError))
        1 / 0
    print('stack suppressed')
except ZeroDivisionError:
    print('escaped')
@tag('deco')
def f():
    print('body')
f()
print(f.__name__)
@contextmanager
def managed(): 
    yield 'r'
print(managed.__name__)
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a): print('cm exit'); return None
with CM() as c:
    print(type(c).__name__)
es = ExitStack()
es.callback(print, 'closed by close()')
es.close()
