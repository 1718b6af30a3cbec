# subclassing built-in types
class MyList(list):
    def sum(self):
        total = 0
        for x in self:
            total += x
        return total
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), len(m), type(m).__name__, isinstance(m, list))
class DefaultDict(dict):
    def __missing__(self, key):
        return 'default-' + str(key)
d = DefaultDict(a=1)
print(d['a'], d['zz'])
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, n.shout(), n + 'x', len(n))
class Counted(int):
    def double(self):
        return self * 2
c = Counted(21)
print(c.double(), c + 1, type(c + 1).__name__)
