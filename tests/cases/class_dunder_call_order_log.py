log = []
class T:
    def __init__(self): log.append('init')
    def __getattribute__(self, n):
        if not n.startswith('__'):
            log.append(f'getattribute {n}')
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        log.append(f'setattr {n}')
        object.__setattr__(self, n, v)
    def method(self): return 'm'
t = T()
t.x = 1
t.x
t.method()
getattr(t, 'x')
hasattr(t, 'nope')
print(log)
