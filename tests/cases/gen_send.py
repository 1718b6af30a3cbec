# generator send, close and return value
def echo():
    received = None
    while True:
        received = yield received
        if received == 'stop':
            return 'stopped'
g = echo()
print(next(g))
print(g.send('hello'))
print(g.send(42))
try:
    g.send('stop')
except StopIteration as e:
    print('StopIteration value', e.value)
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print(a.send(v))
def closable():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
c = closable()
print(next(c))
c.close()
print('closed')
