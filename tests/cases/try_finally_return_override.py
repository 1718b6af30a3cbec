def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(g())
