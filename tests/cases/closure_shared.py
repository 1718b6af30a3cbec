# closures share cells
def pair():
    v = 0
    def get():
        return v
    def put(n):
        nonlocal v
        v = n
    return get, put
g, p = pair()
print(g())
p(42)
print(g())
def loop_cells():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * i
        fs.append(f)
    return [f() for f in fs]
print(loop_cells())
def after_def():
    def show():
        return value
    value = 'assigned later'
    return show()
print(after_def())
