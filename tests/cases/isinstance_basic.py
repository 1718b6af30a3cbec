# isinstance and issubclass
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance('s', str), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(None, type(None)))
print(isinstance(1, (str, int)), isinstance(1.5, (str, int)))
print(isinstance(int, type), isinstance(3, object), isinstance(str, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B))
print(issubclass(bool, int), issubclass(int, object), issubclass(B, (str, A)))
print(type(B()) is B, type(B()) == A)
print(type(3) == int, type(3.0).__name__, type([]).__name__, type(type).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError:', e)
