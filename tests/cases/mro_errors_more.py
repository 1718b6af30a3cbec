class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
try:
    class E(A, B): pass
except TypeError as e:
    print('TypeError', e)
try:
    class F(B, B): pass
except TypeError as e:
    print('TypeError', e)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class V(Z, W): pass
except TypeError as e:
    print('TypeError', e)
try:
    class G(int, str): pass
except TypeError as e:
    print('TypeError', e)
try:
    class H(bool): pass
except TypeError as e:
    print('TypeError', e)
try:
    class I(object, A): pass
except TypeError as e:
    print('TypeError', e)
class O1: pass
class O2: pass
class O3: pass
class K1(O1, O2): pass
class K2(O2, O3): pass
class K3(K1, K2): pass
print([k.__name__ for k in K3.__mro__])
print(D.__bases__, D.__base__, A.__base__, object.__base__, object.__bases__, D.__subclasses__() if False else '')
print(issubclass(D, (int, A)), isinstance(D(), (B, int)), issubclass(D, D), issubclass(bool, (str, int)))
try:
    issubclass(D(), A)
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1, (int, 5))
except TypeError as e:
    print('TypeError', e)
print(isinstance(1, (str, (int, float))), isinstance(1, ()), issubclass(int, ((), (int,))))
