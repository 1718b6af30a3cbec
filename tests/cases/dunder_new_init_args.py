class A:
    def __new__(cls, *args, **kw):
        print('new', args, kw)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print('init', x, y)
A(1, y=2)
class B:
    def __init__(self, *a): print('B init', a)
B(1, 2, 3)
class C:
    def __new__(cls, v): return v * 2
print(C(21))
