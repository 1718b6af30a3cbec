def f():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f())
def g():
    data = [1]
    try:
        return data
    finally:
        data.append(2)
print(g())
