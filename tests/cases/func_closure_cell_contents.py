def outer():
    x = 1
    def inner(): return x
    return inner
f = outer()
print(len(f.__closure__), f.__closure__[0].cell_contents)
print(f.__code__.co_freevars)
def noclose(): pass
print(noclose.__closure__)
