def f():
    [(x := i) for i in range(4)]
    return x
print(f())
def g():
    total = 0
    vals = [total := total + i for i in range(5)]
    return vals, total
print(g())
print([(y := w.upper()) for w in 'ab'], y)
