x = 'module'
class C:
    global x
    x = 'set in class'
print(x, hasattr(C, 'x'))
def f():
    def g():
        global y
        y = 'from g'
    g()
f()
print(y)
