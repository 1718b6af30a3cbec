def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'loop ended', i
print(f())
def g():
    while True:
        try:
            return 'from try'
        finally:
            break
    return 'after loop'
print(g())
