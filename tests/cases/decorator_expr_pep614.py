funcs = [lambda f: f, lambda f: (lambda: f() + 1)]
@funcs[1]
def one(): return 1
print(one())
class NS:
    @staticmethod
    def dec(f): return lambda: 'decorated ' + f()
@NS.dec
def s(): return 'x'
print(s())
@(lambda f: f)
def t(): return 't'
print(t())
