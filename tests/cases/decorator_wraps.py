import functools
def deco(f):
    @functools.wraps(f)
    def w(*a):
        "wrapper"
        return f(*a)
    return w
@deco
def add(a, b):
    "adds"
    return a + b
print(add.__name__, add.__doc__, add(1, 2), add.__wrapped__.__name__)
