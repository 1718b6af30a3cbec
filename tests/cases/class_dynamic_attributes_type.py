T = type('T', (object,), {'x': 1, 'double': lambda self: self.x * 2})
t = T()
t.x = 21
print(t.double(), T.__name__, T.__qualname__, T.__module__)
setattr(T, 'triple', lambda self: self.x * 3)
print(t.triple())
delattr(T, 'triple')
print(hasattr(t, 'triple'))
