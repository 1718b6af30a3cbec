class Point:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x, y):
        print('__init__', x, y)
        self.x = x
p = Point(1, 2)
print(p.created, p.x)
class Weird:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(Weird())
