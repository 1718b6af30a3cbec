def f():
    for x in [1, 2, 3]:
        try:
            if x == 2:
                return x
        finally:
            print('fin', x)
print(f())
def g():
    try:
        return 'try'
    finally:
        print('g finally')
print(g())
def h():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print('body', i)
        finally:
            print('f', i)
    else:
        print('else')
h()
try:
    1/0
except ZeroDivisionError as e:
    print('caught', e)
try:
    e
except NameError:
    print('e deleted')
def k():
    try:
        raise KeyError('k')
    except (ValueError, KeyError) as ex:
        return repr(ex)
print(k())
def nested():
    try:
        try:
            raise ValueError(1)
        finally:
            print('inner finally')
    except ValueError as v:
        print('outer caught', v)
nested()
def reraise():
    try:
        raise TypeError('t')
    except TypeError:
        raise
try:
    reraise()
except TypeError as t:
    print('reraised', t)
try:
    raise ValueError('a') from KeyError('b')
except ValueError as v:
    print(repr(v.__cause__))
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, *a): print('exit', self.n, a[0] is not None); return self.n == 2
with CM(1) as a, CM(2) as b:
    print(a, b)
    raise ValueError
print('suppressed')
def w():
    with CM(3) as c:
        return c * 10
print(w())
for i in range(3):
    with CM(4):
        if i == 1: break
print('done', i)
x = 5
assert x == 5, 'no'
try:
    assert x == 4, 'msg %d' % x
except AssertionError as ae:
    print('assert', ae)
