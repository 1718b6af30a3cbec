class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, name):
        print('getattr', name)
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._t, p.count(3))
try: p.nosuch
except AttributeError as e: print(type(e).__name__, e)
class D:
    x = 1
    def __getattr__(self, n): return n.upper()
print(D().x, D().whatever)
