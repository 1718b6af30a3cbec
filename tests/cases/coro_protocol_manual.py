# Driving coroutines by hand: send/throw/close, __await__, and their error messages.
import types

class Future:
    def __init__(self): self.result = None
    def __await__(self):
        v = yield self
        return v

async def inner(x):
    v = await Future()
    return x + v

async def outer():
    a = await inner(1)
    b = await inner(10)
    return a, b

co = outer()
print(type(co).__name__, co.__name__, co.__qualname__)
f = co.send(None)
print(type(f).__name__)
f = co.send(100)
try:
    co.send(1000)
except StopIteration as e:
    print('result', e.value)

co = outer()
co.send(None)
try:
    co.throw(KeyError('boom'))
except KeyError as e:
    print('KeyError', e)
try:
    co.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

async def simple():
    return 42
co = simple()
try:
    co.send(None)
except StopIteration as e:
    print('value', e.value)
try:
    co.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

co = simple()
co.close()
try:
    co.send(None)
except RuntimeError as e:
    print('closed:', e)

co = simple()
w = co.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print('via __await__', e.value)

async def awaits_int():
    await 5
co = awaits_int()
try:
    co.send(None)
except TypeError as e:
    print('TypeError', e)

class BadAwait:
    def __await__(self):
        return 5
async def awaits_bad():
    await BadAwait()
co = awaits_bad()
try:
    co.send(None)
except TypeError as e:
    print('TypeError', e)

async def cm():
    try:
        await Future()
    finally:
        print('coroutine finally on close')
co = cm()
co.send(None)
co.close()
print(isinstance(simple(), types.CoroutineType) if False else 'skip')
c2 = simple(); print(hasattr(c2, '__next__'), hasattr(c2, '__iter__'), hasattr(c2, '__await__')); c2.close()
