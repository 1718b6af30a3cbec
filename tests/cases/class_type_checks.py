class A: pass
class B(A): pass
b = B()
print(type(b) is B, type(b) == A, isinstance(b, A), issubclass(B, object), type(B) is type)
print(B.__base__.__name__, A.__base__.__name__, object.__base__, B.__bases__)
print(isinstance(A, type), isinstance(type, type), issubclass(type, object))
