# ZeroDivisionError three calls deep, uncaught
def c(x):
    return 10 // x
def b(x):
    return c(x - 1) + 1
def a(x):
    print('a called with', x)
    return b(x)
print(a(5))
print(a(1))
print('not reached')
