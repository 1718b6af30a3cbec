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
exprs = ['object()[0]', 'object() + 1', 'iter(object())', 'len(object())', 'object()()', '-object()', 'object() < object()', 'hash(object()) == 0', 'abs(object())', 'int(object())', 'float(object())', 'complex(object())']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
