# return inside finally overrides
def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(g())
def h():
    x = 'initial'
    try:
        return x
    finally:
        x = 'changed'
print(h())
def k(lst):
    try:
        lst.append('try')
        return lst
    finally:
        lst.append('finally')
print(k([]))
def m():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print('finally for', i)
print(m())
