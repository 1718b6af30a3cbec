class MathUtil:
    PI = 3.14159
    @staticmethod
    def area(r): return MathUtil.PI * r * r
    @classmethod
    def unit(cls): return cls.area(1)
    @staticmethod
    def _helper(): return 'helper'
    def use(self): return self._helper() + '/' + MathUtil._helper()
print(MathUtil.area(2), MathUtil.unit(), MathUtil().use(), MathUtil().area(1))
class Sub(MathUtil):
    PI = 3
print(Sub.unit(), Sub.area(1))
class Factory:
    def __init__(self, a, b): self.a, self.b = a, b
    @classmethod
    def from_string(cls, s):
        a, b = map(int, s.split('-'))
        return cls(a, b)
    def __repr__(self): return f'{type(self).__name__}({self.a}, {self.b})'
class SubFactory(Factory): pass
print(Factory.from_string('1-2'), SubFactory.from_string('3-4'))
