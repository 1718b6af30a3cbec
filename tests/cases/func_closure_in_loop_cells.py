def make():
    fs = []
    for i in range(3):
        def f(i=i): return i * 10
        fs.append(f)
    j = 0
    def g(): return j
    fs.append(g)
    j = 99
    return fs
print([f() for f in make()])
