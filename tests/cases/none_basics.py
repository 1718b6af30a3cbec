# None literal
x = None
print(x)
print(repr(None), str(None))
print(x is None, x is not None)
print(x == None, x != None)
print(type(None).__name__)
print(bool(None), not None)
def f():
    pass
print(f())
def g():
    return
print(g())
print([None, None])
print(None == 0, None == False, None == '')
d = {'a': None}
print(d.get('a'), d.get('b'))
