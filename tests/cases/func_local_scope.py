# local variables are independent per call
def f(n):
    local = n * 2
    return local
print(f(1), f(2))
x = 'module'
def g():
    x = 'function'
    def h():
        return x
    return h()
print(g(), x)
def param_shadow(x):
    x = x + 1
    return x
print(param_shadow(10), x)
def modify_list(l):
    l.append(99)
    l = [0]
    return l
orig = [1]
print(modify_list(orig), orig)
def uses_builtin():
    return len('abc')
print(uses_builtin())
def shadow_builtin():
    len = lambda s: 'custom'
    return len('abc')
print(shadow_builtin(), len('abc'))
