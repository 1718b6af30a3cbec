# break / continue / return inside try-finally in loops
def f():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(f())
def g():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                return i
        finally:
            print('finally', i)
print(g())
def h():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    return i
print(h())
def nested():
    for i in range(2):
        try:
            try:
                if i == 0:
                    continue
                return 'ret'
            finally:
                print('inner', i)
        finally:
            print('outer', i)
print(nested())
