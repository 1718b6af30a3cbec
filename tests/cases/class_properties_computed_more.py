class Temperature:
    def __init__(self, c=0.0): self._c = c
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError('below absolute zero')
        self._c = v
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f): self.celsius = (f - 32) * 5 / 9
t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    del t.celsius
except AttributeError as e:
    print(e)
print(type(Temperature.celsius), Temperature.celsius.fset is not None, Temperature.fahrenheit.fdel)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
from functools import cached_property
class Cached:
    n = 0
    @cached_property
    def expensive(self):
        Cached.n += 1
        return [1, 2]
c = Cached()
print(c.expensive, c.expensive is c.expensive, Cached.n, 'expensive' in vars(c))
