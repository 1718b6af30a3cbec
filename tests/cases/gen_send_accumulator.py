def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value; count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 30, 5)])
try:
    a.send(None)
except StopIteration as e:
    print('final', e.value)
def delegator():
    result = yield from averager()
    yield f'result was {result}'
d = delegator(); next(d)
d.send(4); d.send(8)
print(d.send(None))
