class Meta(type):
    def __instancecheck__(cls, obj): return obj == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance('x', Magic))
print(issubclass(int, Magic), issubclass(str, Magic))
