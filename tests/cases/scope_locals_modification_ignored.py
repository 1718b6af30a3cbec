def f():
    x = 1
    locals()['x'] = 2
    return x
print(f())
def g():
    exec('z = 5')
    try:
        return z
    except NameError:
        return 'exec did not create a local'
print(g())
