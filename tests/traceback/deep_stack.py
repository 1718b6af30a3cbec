def a(n):
    return b(n) + 1

def b(n):
    return c([n])[n]

def c(xs):
    return xs * 2

print(a(0))
print(a(5))
