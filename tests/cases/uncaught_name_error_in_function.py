def f():
    return undefined_helper()
print('f')
f()
