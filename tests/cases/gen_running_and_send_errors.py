def g():
    x = yield 1
    print('got', x)
    y = yield 2
    print('got', y)

it = g()
try:
    it.send(5)
except TypeError as e:
    print('TypeError', e)
print(it.send(None))
print(it.send('a'))
try:
    it.send('b')
except StopIteration:
    print('stop')
try:
    it.send('c')
except StopIteration:
    print('stop again')

def selfref():
    yield me.send(None)
me = selfref()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)

def nxt():
    yield next(me2)
me2 = nxt()
try:
    next(me2)
except ValueError as e:
    print('ValueError', e)

it = g()
print(type(it).__name__, it.__name__, it.__qualname__)
print(hasattr(it, 'send'), hasattr(it, 'throw'), hasattr(it, 'close'), iter(it) is it)
try:
    it.send()
except TypeError as e:
    print('TypeError', e)
try:
    it.send(1, 2)
except TypeError as e:
    print('TypeError', e)
