# Metaclass hooks in CPython's order: __prepare__, body, __new__, __set_name__, __init_subclass__, __init__; __call__ on instantiation.
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, kw))
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, sorted(k for k in ns if not k.startswith('__')), kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(('call', cls.__name__, a))
        inst = super().__call__(*a, **k)
        log.append(('made', type(inst).__name__))
        return inst
class Named:
    def __set_name__(self, owner, name): log.append(('set_name', name))
class Base(metaclass=Meta, flag=True):
    attr = Named()
    def __init_subclass__(cls, **kw):
        log.append(('init_subclass', cls.__name__, kw))
    def __init__(self, v): log.append(('instance init', v))
for l in log: print(l)
log.clear()
class Child(Base, flag=False):
    pass
for l in log: print(l)
log.clear()
c = Child(5)
for l in log: print(l)
print(type(Child) is Meta, Child.injected, isinstance(Child, type))
print(Meta.__mro__)
class Meta2(Meta): pass
class Mixed(Child, metaclass=Meta2, flag=None): pass
print(type(Mixed).__name__)
class Other(type): pass
class X(metaclass=Other): pass
try:
    class Bad(Child, X): pass
except TypeError as e:
    print('TypeError', e)
