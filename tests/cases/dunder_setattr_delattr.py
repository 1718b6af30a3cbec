class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, k, v): raise AttributeError(f'frozen: {k}')
    def __delattr__(self, k): raise AttributeError(f'cannot delete {k}')
f = Frozen(1)
print(f.x)
try: f.x = 2
except AttributeError as e: print(type(e).__name__, e)
try: del f.x
except AttributeError as e: print(type(e).__name__, e)
class Track:
    def __setattr__(self, k, v):
        print('set', k, v)
        super().__setattr__(k, v * 2)
t = Track(); t.a = 5
print(t.a, t.__dict__)
