# raising a class without arguments
def f():
    raise RuntimeError
print('about to fail')
f()
