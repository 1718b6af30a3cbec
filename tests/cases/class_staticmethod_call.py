class M:
    @staticmethod
    def add(a, b): return a + b
    @classmethod
    def make(cls, *a): return cls, a
print(M.add(1, 2), M().add(3, 4))
print(M.make(1)[1], M().make(2)[0].__name__)
class N(M): pass
print(N.make()[0].__name__)
print(isinstance(M.__dict__['add'], staticmethod), isinstance(M.__dict__['make'], classmethod))
print(M.__dict__['add'].__func__(5, 6))
