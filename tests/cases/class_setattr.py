# __setattr__ and __slots__
class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
l = Logged()
l.x = 1
l.y = [2]
print(l.x, l.y)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = Slotted()
s.b = 2
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError:', e)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, n, v):
        raise AttributeError('frozen')
f = Frozen(5)
print(f.v)
try:
    f.v = 6
except AttributeError as e:
    print('AttributeError:', e)
