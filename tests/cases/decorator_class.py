# decorators on classes and methods
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A:
    pass
@register
class B:
    pass
print(registry)
def add_method(cls):
    cls.hello = lambda self: 'hello from ' + type(self).__name__
    return cls
@add_method
class C:
    pass
print(C().hello())
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper
@logged
def documented():
    "doc string"
print(documented.__name__, documented.__doc__)
