# functions are first-class values
def double(x):
    return x * 2
def triple(x):
    return x * 3
ops = [double, triple]
print([op(5) for op in ops])
table = {'d': double, 't': triple}
print(table['t'](4))
def apply(f, v):
    return f(v)
print(apply(double, 'ab'))
def make(n):
    def f(x):
        return x + n
    f.__name__ = 'add%d' % n
    return f
a3 = make(3)
print(a3.__name__, a3(1))
print(callable(double), callable(5))
print(type(double).__name__)
def returns_func():
    return len
print(returns_func()([1, 2, 3]))
