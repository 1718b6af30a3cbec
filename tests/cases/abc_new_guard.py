from abc import ABC, abstractmethod
class Base(ABC):
    instances = 0
    def __new__(cls, *args, **kwargs):
        Base.instances += 1
        return super().__new__(cls)
    @abstractmethod
    def run(self): ...
class Impl(Base):
    def __init__(self, n): self.n = n
    def run(self): return self.n * 2
class Impl2(Base):
    def __new__(cls, n):
        obj = super().__new__(cls)
        obj.tag = 'made'
        return obj
    def __init__(self, n): self.n = n
    def run(self): return self.n
print(Impl(4).run(), Impl2(5).run(), Impl2(6).tag, Base.instances)
try:
    Base()
except TypeError as e:
    print(e)
class Mid(Base):
    @abstractmethod
    def extra(self): ...
class Leaf(Mid):
    def run(self): return 'leaf'
    def extra(self): return 'x'
print(Leaf().run(), Base.instances)
try:
    Mid()
except TypeError as e:
    print(e)
class Single(ABC):
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
class S2(Single): pass
print(S2() is S2(), isinstance(S2(), Single))
class Plain(ABC):
    def __init__(self, a, b=2): self.s = a + b
print(Plain(1).s, Plain(1, b=5).s)
try:
    Plain()
except TypeError as e:
    print(e)
