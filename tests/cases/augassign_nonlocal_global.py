g = 0
def outer():
    n = 0
    def inner():
        nonlocal n
        global g
        n += 1
        g += 10
    inner(); inner()
    return n
print(outer(), g)
