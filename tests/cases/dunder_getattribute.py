class Logged:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('_'):
            print('access', name)
        return object.__getattribute__(self, name)
    def m(self): return 'm'
l = Logged()
print(l.a, l.m())
class Fallback:
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return 'fallback ' + n
print(Fallback().boom)
