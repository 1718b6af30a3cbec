class Trace:
    def __init__(self, name, swallow=()): self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return et is not None and issubclass(et, self.swallow)
def f():
    with Trace('outer', swallow=(KeyError,)):
        with Trace('inner', swallow=(ValueError,)):
            raise KeyError('k')
        print('not reached')
    return 'after'
print(f())
def g():
    for i in range(3):
        with Trace(f'loop{i}'):
            if i == 1:
                continue
            if i == 2:
                return 'returned in with'
print(g())
try:
    with Trace('t', swallow=(TypeError,)):
        raise ValueError('not swallowed')
except ValueError as e:
    print('propagated', e)
with Trace('a') as a, Trace('b') as b:
    print(a.name, b.name)
