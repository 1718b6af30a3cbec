# classmethod and staticmethod
class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def count(cls):
        return cls.created
    @staticmethod
    def helper(a, b):
        return a * b
class Sub(Counter):
    pass
Counter(); Counter.make(); Sub.make()
print(Counter.count(), Sub.count())
print(type(Sub.make()).__name__)
print(Counter.helper(3, 4), Counter().helper(5, 6))
print(Counter.created)
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split('-')))
    def __repr__(self):
        return f'Date({self.y}, {self.m}, {self.d})'
print(Date.parse('2024-01-31'))
