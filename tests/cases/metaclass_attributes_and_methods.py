class Meta(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Meta.registry.append(name)
    @property
    def upper_name(cls): return cls.__name__.upper()
    def describe(cls): return f'<{cls.__name__} with {sorted(k for k in vars(cls) if not k.startswith("_"))}>'
class Base(metaclass=Meta):
    a = 1
class Child(Base):
    b = 2
print(Meta.registry, Child.upper_name, Child.describe(), Base.describe())
print(hasattr(Child(), 'describe'), 'describe' in dir(Child), type(Child) is Meta)
try:
    Child().upper_name
except AttributeError as e:
    print(e)
print(isinstance(Child, Meta), issubclass(Meta, type), Meta.__mro__)
