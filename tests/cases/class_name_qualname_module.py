class Outer:
    class Inner:
        pass
    def method(self):
        class Local: pass
        return Local
print(Outer.__name__, Outer.Inner.__qualname__, Outer().method().__qualname__)
print(Outer.__module__, int.__module__)
print(repr(Outer)[:20], repr(Outer.Inner))
