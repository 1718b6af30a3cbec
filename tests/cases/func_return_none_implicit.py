def a(): pass
def b(): return
def c():
    if False: return 1
print(a(), b(), c())
def d(): return 1, 2
print(d())
def e(): return (yield)
print(type(e()).__name__)
