# TypeError messages for bad calls
def f(a, b=1):
    return a
def show(thunk):
    try:
        thunk()
    except TypeError as e:
        print('TypeError:', e)
show(lambda: f())
show(lambda: f(1, 2, 3))
show(lambda: f(1, c=2))
show(lambda: f(1, a=2))
def g():
    return 0
show(lambda: g(1))
def h(x, y):
    pass
show(lambda: h(1))
show(lambda: h())
show(lambda: len())
show(lambda: len(1, 2))
