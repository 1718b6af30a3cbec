class W:
    @property
    def p(self): raise AttributeError('inside property')
    def __getattr__(self, name): return f'fallback:{name}'
print(W().p)
class X:
    @property
    def p(self): raise AttributeError('inside property')
try: X().p
except AttributeError as e: print(type(e).__name__, e)
