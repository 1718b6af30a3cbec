def f0(): pass
def f1(x): pass
def f2(x, y): pass
def fkw(a, *, k): pass
def fpos(a, /): pass
def fvar(*a): pass
def fdef(a, b=1, c=2): pass
class C:
    def m(self, x): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
    @property
    def prop(self): return 1
def g0():
    yield 1
def g1():
    yield 1
    raise StopIteration
def g2():
    x = yield
def gr():
    return 5
    yield
def gen_raise():
    raise KeyError('in gen')
    yield
exprs = ['f0(1)', 'f1()', 'f1(1, 2)', 'f1(y=1)', 'f2(1)', 'f2(1, 2, 3)', 'fkw(1)', 'fkw(1, 2)', 'fpos(a=1)', 'fvar(1, 2, k=3)', 'fdef(1, 2, 3, 4)', 'fdef(b=1)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
