# AttributeError messages
def show(f):
    try:
        f()
    except AttributeError as e:
        print('AttributeError:', e)
show(lambda: (1).foo)
show(lambda: 'abc'.nope())
show(lambda: [].push(1))
show(lambda: None.x)
class C:
    pass
show(lambda: C().missing)
show(lambda: C.missing)
class D:
    __slots__ = ()
def set_attr():
    (5).x = 1
show(set_attr)
print(hasattr('a', 'upper'), hasattr('a', 'nope'))
print(getattr(C(), 'x', 'default'))
