# getattr / setattr / hasattr / __dict__
class Obj:
    kind = 'class-level'
    def __init__(self):
        self.a = 1
o = Obj()
setattr(o, 'b', 2)
print(getattr(o, 'a'), getattr(o, 'b'), getattr(o, 'c', 'missing'))
print(hasattr(o, 'kind'), hasattr(o, 'nope'))
print(o.__dict__)
delattr(o, 'a')
print(o.__dict__)
o.__dict__['z'] = 26
print(o.z)
print(sorted(k for k in Obj.__dict__ if not k.startswith('__')))
print(Obj.__name__, o.__class__ is Obj)
