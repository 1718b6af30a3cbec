registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls
@register
class A: pass
@register
class B(A): pass
print(sorted(registry), A.registered, B.registered)
def add_method(cls):
    cls.hello = lambda self: 'hello from ' + type(self).__name__
    return cls
@add_method
class C: pass
print(C().hello())
