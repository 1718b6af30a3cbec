def f(a, b=2, *args, k=1, **kw) -> int:
    "doc of f"
    return a + b + k
def g(): pass
def h():
    x = 1
    y = 2
    def inner(): return x + y
    return inner
class B: pass
class C(B):
    "C doc"
    cls_attr = 5
    def __init__(self): self.x = 1
    def method(self): pass
    class Inner: pass
exprs = ["str(ValueError('x'))", "repr(ValueError('x'))", 'str(ValueError())', "repr(KeyError('k'))", "str(KeyError('k'))", "str(KeyError('a', 'b'))", 'ValueError(1, 2).args', "str(OSError(2, 'msg'))", "OSError(2, 'msg').errno", 'repr(StopIteration(5))', 'StopIteration(5).value', "str(SyntaxError('m', ('f', 1, 2, 'x')))", "str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'bad'))", "repr(ExceptionGroup('g', [ValueError(1)]))", "str(ExceptionGroup('g', [ValueError(1)]))", 'SystemExit(2).code']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
