# functions defined inside functions and loops
def outer():
    def helper(x):
        return x * 10
    return [helper(i) for i in range(3)]
print(outer())
fs = []
for i in range(3):
    def f(k=i):
        return k + 100
    fs.append(f)
print([f() for f in fs])
def cond_def(flag):
    if flag:
        def g():
            return 'yes'
    else:
        def g():
            return 'no'
    return g()
print(cond_def(True), cond_def(False))
def redefine():
    def h():
        return 1
    first = h()
    def h():
        return 2
    return first, h()
print(redefine())
