# NameError and UnboundLocalError
try:
    print(undefined_name)
except NameError as e:
    print('NameError:', e)
def f():
    return also_undefined
try:
    f()
except NameError as e:
    print('NameError:', e)
x = 10
def g():
    print(x)
    x = 5
try:
    g()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
    print(isinstance(e, NameError))
def h():
    y = 1
    del y
    return y
try:
    h()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
try:
    del never_defined
except NameError as e:
    print('NameError:', e)
