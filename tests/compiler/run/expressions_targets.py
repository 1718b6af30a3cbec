def side(v, log):
    log.append(v)
    return v
log = []
print(side(1, log) < side(2, log) < side(0, log) < side(5, log), log)
log = []
print(side(0, log) or side('', log) or side('x', log), log)
print([x for x in range(10) if x % 2 if x > 3])
print(1 if 0 else 2 if '' else 3)
if not (1 and 0) or (0 and 1):
    print('ok1')
if (1 < 2) and not (3 < 2 < 1):
    print('ok2')
x = 0
while not x >= 3:
    x += 1
print(x)
for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]:
    print(a, b, c)
l = list(range(10))
l[2:5] = ['a']
print(l)
l[::2] = [0] * 4
print(l)
del l[1:3]
print(l)
l[-1] *= 100
print(l)
d = {'k': [1]}
d['k'] += [2]
print(d)
def outer():
    vals = []
    def add(v):
        vals.append(v)
        return add
    add(1)(2)(3)
    return vals
print(outer())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
def gen_exc():
    try:
        yield 1
        raise ValueError('inside')
    except ValueError as e:
        yield str(e)
    finally:
        yield 'finally'
print(list(gen_exc()))
def f_ret_finally():
    try:
        return 1
    finally:
        print('cleanup')
print(f_ret_finally())
def f_finally_override():
    try:
        return 1
    finally:
        return 2
print(f_finally_override())
def f_exc_in_finally():
    try:
        try:
            raise KeyError('a')
        finally:
            raise ValueError('b')
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(f_exc_in_finally())
class Ctx:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return False
def wf():
    try:
        with Ctx():
            raise KeyError('x')
    except KeyError:
        return 'propagated'
print(wf())
def nested_comp():
    m = 3
    return [[i * j * m for j in range(i)] for i in range(4)]
print(nested_comp())
class K:
    base = 10
    vals = [b2 + i for b2 in [base] for i in range(3)]
    fn = lambda self, b=base: b
print(K.vals, K().fn())
g = (i for i in range(3))
print(next(g), list(g))
def deco(tag):
    def wrap(fn):
        def inner(*a, **kw):
            return tag + str(fn(*a, **kw))
        return inner
    return wrap
@deco('<')
@deco('>')
def val(x, y=1):
    return x + y
print(val(1), val(1, y=5))
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
def exc_ctx():
    try:
        1/0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as z:
            return 'reraised ' + str(z)
print(exc_ctx())
t = 1, 2
u = *t, 3
print(u, [*t], {**{'a': 1}})
a = b = c = 5
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
i = 10
print([i for i in range(3)], i)
