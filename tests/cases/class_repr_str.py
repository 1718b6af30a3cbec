# __repr__ and __str__
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'V(%r)' % (self.x,)
class W(V):
    def __str__(self):
        return 'W with ' + str(self.x)
v = V(1)
print(v)
print(repr(v), str(v))
print([v, V('s')])
w = W(2)
print(w, repr(w), [w])
print(f'{w} {w!r}')
print('%s %r' % (w, w))
class Plain:
    pass
print(type(str(Plain())).__name__)
