def a():
    x = 'a'
    def b():
        def c():
            nonlocal x
            x = 'c'
        c()
        return x
    r = b()
    return r, x
print(a())
def outer():
    v = 0
    def mid():
        nonlocal v
        v += 1
        def inner():
            nonlocal v
            v += 10
        inner()
    mid(); mid()
    return v
print(outer())
