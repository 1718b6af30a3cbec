log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    def __enter__(self):
        log.append(f'enter {self.name}')
        if self.fail_enter: raise RuntimeError(f'enter {self.name} failed')
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append(f'exit {self.name} {et.__name__ if et else None} {ev!s}')
        return self.suppress
def run(fn):
    log.clear()
    try:
        r = fn()
        log.append(f'returned {r}')
    except Exception as e:
        log.append(f'raised {type(e).__name__}: {e}')
    print(log)
def f1():
    with CM('a') as A, CM('b') as B:
        log.append(f'body {A} {B}')
run(f1)
def f2():
    with CM('a'), CM('b', suppress=True):
        raise ValueError('inner')
    return 'after'
run(f2)
def f3():
    with CM('a', suppress=True), CM('b'):
        raise ValueError('x')
    return 'after suppressed'
run(f3)
def f4():
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        log.append('never')
run(f4)
def f5():
    for i in range(3):
        with CM(str(i)):
            if i == 1: break
            continue
    return 'loop done'
run(f5)
def f6():
    with CM('r'):
        return 'from body'
run(f6)
def f7():
    with (CM('p1') as p, CM('p2') as q):
        return p + q
run(f7)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError('from exit')
def f8():
    with ExitRaises():
        raise ValueError('body')
run(f8)
try:
    f8()
except KeyError as e:
    print('context of exit error:', repr(e.__context__))
class NoExit:
    def __enter__(self): return 1
class NoEnter:
    def __exit__(self, *a): pass
for obj in [NoExit(), NoEnter(), 5]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et, type(ev).__name__, type(tb).__name__)
        return 1
with ExitArgs():
    1 / 0
print('suppressed by truthy 1')
with ExitArgs() as e:
    pass
from contextlib import contextmanager, suppress, ExitStack, nullcontext
@contextmanager
def tag(n):
    print(f'<{n}>')
    try:
        yield n
    finally:
        print(f'</{n}>')
with tag('a') as a, tag('b'):
    print('inside', a)
with suppress(KeyError):
    {}['x']
print('suppress ok')
with ExitStack() as st:
    for n in 'xyz':
        st.enter_context(tag(n))
with nullcontext(5) as v:
    print('nullcontext', v)
