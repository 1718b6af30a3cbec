class A:
    @property
    def v(self): return 'A.v'
class B(A):
    @property
    def v(self): return 'B.v+' + super().v
print(B().v)
class C(A):
    @A.v.getter
    def v(self): return 'C.v'
print(C().v, A().v)
