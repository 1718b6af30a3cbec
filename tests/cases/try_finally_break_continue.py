def f():
    for i in range(3):
        try:
            if i == 1: break
        finally:
            print('finally', i)
    return i
print(f())
def g():
    out = []
    for i in range(3):
        try:
            if i == 0: continue
            out.append(i)
        finally:
            out.append(-i)
    return out
print(g())
