x = 1
del x
try:
    x
except NameError as e:
    print('NameError', e)
a, b, c = 1, 2, 3
del a, b
print('c' in dir(), 'a' in dir())
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class O: pass
o = O(); o.p = 1; o.q = 2
del o.p
print(vars(o))
try:
    del o.p
except AttributeError as e:
    print('AttributeError', e)
nested = {'k': [1, {'z': 2}]}
del nested['k'][1]['z']
print(nested)
(x, y) = (1, 2)
del (x, y)
print('x' in dir(), 'y' in dir())
[p, q] = 1, 2
del [p, q]
print('p' in dir())
def f():
    v = 1
    del v
    return 'v' in locals()
print(f())
def g():
    try:
        del undefined_local
    except NameError as e:
        return str(e)
print(g())
try:
    del undefined_global
except NameError as e:
    print('NameError', e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
s = 'abc'
try:
    del s[0]
except TypeError as e:
    print('TypeError', e)
try:
    del lst[100]
except IndexError as e:
    print('IndexError', e)
class WithDel:
    def __delitem__(self, k): print('__delitem__', k)
    def __delattr__(self, n): print('__delattr__', n)
w = WithDel()
del w[1:2, 3], w.attr
for src in ['del 1', 'del f()', 'del (a + b)', 'del [a, 1]', 'del x.y, 3']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg)
for i in range(3):
    pass
del i
print('i' in dir())
