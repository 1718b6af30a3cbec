class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): print('enter', self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.name == 'swallow'
with CM('a') as v: print('body', v)
with CM('swallow'): raise ValueError('hidden')
try:
    with CM('b'): raise KeyError('k')
except KeyError as e: print('caught', repr(e))
with CM('x') as x, CM('y') as y: print(x, y)
