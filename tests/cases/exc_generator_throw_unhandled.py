def g():
    yield 1
    yield 2
it = g(); next(it)
try:
    it.throw(TypeError('thrown'))
except TypeError as e:
    print('propagated', e)
print(next(it, 'exhausted'))
