def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
def g():
    global G
    G = 1
class C:
    y = 2
    def m(self):
        return y, __class__
    def n(self):
        return super().n()
def k():
    v = 1
    class D:
        v = 2
        def m(self):
            return v
        w = v
    return D
