def f():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(f())
