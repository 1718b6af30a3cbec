def inner():
    try:
        x = yield 'i1'
        print('inner got', x)
        y = yield 'i2'
        print('inner got', y)
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'i-recovered'
    finally:
        print('inner finally')
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'o-after'
g = outer()
print(next(g), g.send('A'), g.throw(KeyError('k')), next(g))
try:
    next(g)
except StopIteration:
    print('exhausted')
g = outer()
next(g)
g.close()
print('closed via outer')
print(g.gi_yieldfrom if hasattr(g, 'gi_yieldfrom') else 'n/a')
g = outer()
next(g)
print(type(g.gi_yieldfrom).__name__)
g.close()
def sub_iter():
    yield from range(3)
    yield from 'ab'
    yield from (x * 2 for x in range(2))
    yield from {'k': 1}
print(list(sub_iter()))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration('ignored value')
        return self.i
def from_custom():
    r = yield from It()
    yield ('result', r)
print(list(from_custom()))
def deleg_send_to_iterator():
    yield from iter([1, 2])
d = deleg_send_to_iterator()
next(d)
try:
    d.send('x')
except AttributeError as e:
    print('AttributeError', e)
def throw_to_plain_iter():
    yield from iter([1, 2])
t = throw_to_plain_iter(); next(t)
try:
    t.throw(ValueError('to plain'))
except ValueError as e:
    print('propagated', e)
def chain(*gens):
    for g in gens:
        yield from g
print(list(chain(range(2), 'xy', [None])))
def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, [4, []]], 5]])))
