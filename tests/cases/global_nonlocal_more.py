counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make():
    global created_later
    created_later = 'made'
make()
print(created_later)
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    r = mid()
    return r, x
print(outer())
def shadow():
    x = 'local'
    def inner():
        global x
        return x
    return inner()
x = 'module'
print(shadow())
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    y = 1
unbound()
def del_then_use():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
del_then_use()
def free_deleted():
    v = 1
    def reader(): return v
    del v
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
free_deleted()
for src in ['def f():\n    x = 1\n    global x\n',
            'def f(x):\n    global x\n',
            'def f():\n    nonlocal q\n',
            'nonlocal z\n',
            'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n',
            'def f():\n    global a\n    nonlocal a\n',
            'class C:\n    nonlocal x\n',
            'def f(a):\n    def g():\n        nonlocal a\n        global a\n']:
    try:
        compile(src, '<src>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
class Cls:
    global gclass
    gclass = 'set from class body'
print(gclass)
def gen_global():
    global gval
    for i in range(2):
        gval = i
        yield i
list(gen_global())
print(gval)
print([globals()['counter'], 'counter' in globals(), 'nope' in globals()])
