def f():
    global never_set
    return 'ok'
print(f())
try:
    never_set
except NameError as e:
    print(type(e).__name__, e)
def g():
    global late
    late = 1
g()
print(late)
