class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, v): self.v = v
a = Conf(1); b = Conf(2)
print(a is b, a.v)
