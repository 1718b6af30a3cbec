class Base:
    subclasses = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.subclasses.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(Base.subclasses)
