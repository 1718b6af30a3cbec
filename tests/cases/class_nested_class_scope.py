class Outer:
    x = 'outer-x'
    class Inner:
        try:
            y = x
        except NameError as e:
            y = f'NameError: {e}'
    def method(self): return self.Inner.y
print(Outer().method(), Outer.Inner.__qualname__)
