class A:
    def __lt__(self, o): return 'A.lt'
    def __gt__(self, o): return 'A.gt'
class B(A):
    def __lt__(self, o): return 'B.lt'
    def __gt__(self, o): return 'B.gt'
print(A() < B(), B() < A(), A() > B())
print(A() < A())
