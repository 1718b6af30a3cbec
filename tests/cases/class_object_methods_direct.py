class A:
    def __init__(self): self.v = 1
a = A()
object.__setattr__(a, 'w', 2)
print(object.__getattribute__(a, 'v'), a.w)
object.__delattr__(a, 'w')
print(hasattr(a, 'w'), object.__repr__(a).startswith('<__main__.A object'))
print(object.__eq__(a, a), object.__eq__(a, 1), object.__ne__(a, 1))
print(type(object.__hash__(a)).__name__, object.__format__(a, '') == str(a))
