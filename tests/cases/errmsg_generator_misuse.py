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
exprs = ['next(g0())', 'g0().send(1)', 'g0().throw(1)', 'g0().throw(int)', 'list(g1())', 'g2().send(1)', 'next(gr())', 'len(g0())', 'g0()[0]', 'next(x for x in [])', 'next(iter(()))', 'next(gen_raise())']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
