class Temp:
    def __init__(self): self._c = 0
    celsius = property(lambda s: s._c, lambda s, v: setattr(s, '_c', v))
    @property
    def fahrenheit(self): return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f): self.celsius = (f - 32) * 5 / 9
t = Temp()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.fahrenheit)
print(Temp.celsius.fset is not None, Temp.fahrenheit.fdel)
