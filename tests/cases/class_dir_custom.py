class D:
    a = 1
    def __dir__(self): return ['z', 'y', 'custom']
print(dir(D()))
class E:
    b = 2
    def m(self): pass
print([n for n in dir(E()) if not n.startswith('__')])
