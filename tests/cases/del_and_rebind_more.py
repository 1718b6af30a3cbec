lst = [0, 1, 2, 3, 4, 5]
del lst[1::2]
print(lst)
del lst[:]
print(lst)
d = dict.fromkeys(range(5))
for k in [k for k in d if k % 2]:
    del d[k]
print(d)
class A:
    cls_attr = 1
del A.cls_attr
print(hasattr(A, 'cls_attr'))
def f():
    a = 1
    del a
    a = 2
    return a
print(f())
def g(param):
    del param
    try:
        return param
    except UnboundLocalError as e:
        return str(e)
print(g(1))
x = 5
def h():
    global x
    del x
h()
print('x' in globals())
s = slice(1, 3)
lst = list(range(5))
del lst[s]
print(lst)
