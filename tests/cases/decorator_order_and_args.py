order = []
def tag(name):
    order.append(f'make {name}')
    def deco(f):
        order.append(f'apply {name}')
        def w(*a): return f'{name}(' + f(*a) + ')'
        return w
    return deco
@tag('outer')
@tag('inner')
def base(): return 'base'
print(order, base())
def method_deco(f):
    def w(self, *a):
        return 'decorated ' + f(self, *a)
    return w
class K:
    @method_deco
    def m(self, x): return f'm({x})'
    @staticmethod
    @tag('st')
    def s(): return 'static'
    @classmethod
    @tag('cl')
    def c(cls): return cls.__name__
print(K().m(1), K.s(), K.c())
def returns_none(f): return None
@returns_none
def gone(): pass
print(gone)
@lambda f: f.__name__.upper()
def shouty(): pass
print(shouty)
