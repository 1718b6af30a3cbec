# close() on a suspended generator raises GeneratorExit at the yield: finally blocks and
# context managers run, in order, and close() returns None.
log = []
def g():
    try:
        log.append('start')
        yield 1
        log.append('after 1')
        yield 2
    finally:
        log.append('finally')

it = g()
print(next(it))
print(it.close())
print(log)
print(it.close(), log)           # second close is a no-op
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)

# unstarted generator: close() runs nothing
log.clear()
it = g()
it.close()
print('unstarted', log)
try:
    next(it)
except StopIteration:
    print('closed before start -> exhausted')

# nested try/finally inside a loop
def h():
    for i in range(3):
        try:
            try:
                yield i
            finally:
                log.append(('inner', i))
        finally:
            log.append(('outer', i))
log.clear()
it = h()
print(next(it), next(it))
it.close()
print(log)

class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): log.append(('enter', self.n)); return self
    def __exit__(self, t, v, tb):
        log.append(('exit', self.n, t.__name__ if t else None))
        return False

def w():
    with CM(1), CM(2):
        yield 'in'
log.clear()
it = w()
print(next(it))
it.close()
print(log)
