# defining and calling functions
def add(a, b):
    return a + b
print(add(1, 2))
print(add('x', 'y'))
def no_return():
    x = 1
print(no_return())
def greet(name):
    print('hello', name)
greet('world')
def square(x):
    return x * x
print([square(i) for i in range(5)])
f = square
print(f(9), f.__name__)
def outer():
    return inner() + 1
def inner():
    return 41
print(outer())
def early(x):
    if x < 0:
        return 'neg'
    return 'non-neg'
print(early(-1), early(1))
