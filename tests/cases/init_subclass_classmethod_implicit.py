class A:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__, cls.__mro__[1].__name__)
class B(A): pass
class C(B): pass
print(type(A.__dict__['__init_subclass__']).__name__)
