# generator throw and try/finally inside generators
def worker():
    try:
        while True:
            try:
                x = yield
                print('got', x)
            except ValueError as e:
                print('handled', e)
    finally:
        print('worker cleanup')
w = worker()
next(w)
w.send(1)
w.throw(ValueError('bad'))
w.send(2)
w.close()
def gen():
    yield 1
    yield 2
g = gen()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
print(next(g, 'exhausted'))
def gen_raising():
    yield 'ok'
    raise RuntimeError('inside generator')
try:
    for v in gen_raising():
        print(v)
except RuntimeError as e:
    print('RuntimeError:', e)
