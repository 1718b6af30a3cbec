class A:
    """doc of A"""
class B(A): pass
class C:
    x = 1
print(A.__doc__, B.__doc__, C.__doc__)
print(A().__doc__)
