def outer():
    def inner(x):
        return x * factor
    return inner(3)

result = outer()
