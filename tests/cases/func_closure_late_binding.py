fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for i in range(3):
        def g(): return i
        out.append(g)
    return out
print([g() for g in make()])
