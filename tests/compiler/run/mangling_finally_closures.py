class A:
    __x = 1
    def m(self):
        return self.__x, A._A__x
    def __p(self): return 'p'
    def q(self): return self.__p()
print(A().m(), A().q())
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
        print('after', i)
    return 'done'
print(f())
def g():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    return i
print(g())
def h():
    try:
        x = 1
    except Exception:
        pass
    else:
        return 'else'
    finally:
        print('h finally')
print(h())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
for v in gen():
    print(v)
def cell_exc():
    try:
        raise KeyError('z')
    except KeyError as e:
        fn = lambda: e
        return fn()
print(repr(cell_exc()))
x = 10
def gl():
    global x
    x += 1
    del x
gl()
try:
    print(x)
except NameError as ne:
    print('NameError', ne)
def kw(**k): return k
print(kw(a=1, **{'b': 2}, c=3))
def star(*a, **k): return a, k
print(star(1, *[2, 3], 4, *(5,), x=1, **{'y': 2}))
print(star(*'ab'))
def closure_loop():
    fs = []
    for i in range(3):
        fs = fs + [lambda i=i: i]
    return [f() for f in fs]
print(closure_loop())
