# is / is not
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(a is not c, a is not b)
x = None
print(x is None, x is not None)
print(True is True, False is not True)
t = ()
print(t == (), type(t) is tuple)
print(type(1) is int, type('a') is str, type(1) is float)
def f():
    pass
print(f is f, f() is None)
s = 'abc'
print(s is s)
print(int is int, str is not int)
e = ...
print(e is Ellipsis, e)
print(NotImplemented is NotImplemented)
