# User descriptors: data vs non-data precedence, __set_name__, __get__ with None instance, __delete__.
log = []
class Data:
    def __set_name__(self, owner, name):
        log.append(('set_name', owner.__name__, name))
        self.name = '_' + name
    def __get__(self, inst, owner=None):
        if inst is None:
            return ('class access', owner.__name__)
        return getattr(inst, self.name, 'unset')
    def __set__(self, inst, value):
        log.append(('set', value))
        setattr(inst, self.name, value * 10)
    def __delete__(self, inst):
        log.append('delete')
        delattr(inst, self.name)
class NonData:
    def __get__(self, inst, owner=None):
        return 'nondata'
class A:
    d = Data()
    n = NonData()
print(log)
a = A()
print(a.d, A.d)
a.d = 4
print(a.d, a.__dict__)
a.__dict__['d'] = 'instance dict'
print(a.d)                      # data descriptor wins over the instance dict
print(a.n)
a.n = 'shadow'
print(a.n, A.n)                 # instance dict wins over a non-data descriptor
del a.n
print(a.n)
del a.d
print(a.d, log)
try:
    del a.d
except AttributeError as e:
    print('AttributeError', e)
class GetOnlyWithSet:
    def __get__(self, i, o): return 'g'
    def __set__(self, i, v): raise AttributeError('read-only descriptor')
class B:
    x = GetOnlyWithSet()
b = B()
try:
    b.x = 1
except AttributeError as e:
    print(e)
class SetNameLate:
    def __set_name__(self, owner, name): print('set_name called', name)
class C: pass
C.late = SetNameLate()          # no __set_name__ when assigned after class creation
print('assigned')
class D:
    a = b = SetNameLate()
class E:
    def __set_name__(self, owner, name): raise ValueError('boom in set_name')
try:
    class F:
        e = E()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class Method:
    def __init__(self, f): self.f = f
    def __get__(self, inst, owner):
        if inst is None: return self
        return lambda *a: self.f(inst, *a)
class G:
    @Method
    def hello(self, x): return f'hello {x} from {type(self).__name__}'
print(G().hello(1), type(G.hello).__name__)
