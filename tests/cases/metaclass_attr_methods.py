class Meta(type):
    def describe(cls): return 'class ' + cls.__name__
    @property
    def upper(cls): return cls.__name__.upper()
    def __len__(cls): return 7
    def __getitem__(cls, k): return (cls.__name__, k)
    def __repr__(cls): return f'<Meta {cls.__name__}>'
class C(metaclass=Meta): pass
print(C.describe(), C.upper, len(C), C['k'], repr(C))
print(hasattr(C(), 'describe'))
