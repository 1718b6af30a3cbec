x = 'global'
class C:
    x = 'class'
    def m(self): return x
    y = [x for _ in range(1)]
    z = x
print(C().m(), C.y, C.z)
def f():
    x = 'func'
    class D:
        a = x
        x = 'dclass'
        b = x
    return D.a, D.b
print(f())
