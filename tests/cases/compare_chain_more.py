calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls); calls.clear()
print(v(1) < v(0) < v(3), calls); calls.clear()
print(v(3) > v(2) == v(2) >= v(1) != v(5), calls); calls.clear()
print(1 < 2 > 1, 1 == 1 == 1.0, 'a' < 'b' < 'c', 1 < 2 < 2, [] == [] is not None)
x = 5
print(0 < x <= 5, 0 < x < 5, x in range(10) in [range(10)], 1 is 1 if False else 'skip')
print(1 in [1] == True, (1 in [1]) == True, not 1 in [2], not (1 < 0 < 2))
class Cmp:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f'  {self.n} < {o.n}')
        return 'truthy' if self.n < o.n else ''
print(Cmp(1) < Cmp(2) < Cmp(3))
print(Cmp(1) < Cmp(0) < Cmp(3))
a = [1, 2]
b = a
print(a is b is not None, a is not [1, 2], a == [1, 2] != [2])
print(None is None is None, type(None) is type(None))
print(1 < 2 < 3 < 4 < 5 < 6 < 7, 7 > 6 > 5 > 4 > 3 > 2 > 1 > 1)
try:
    1 < 'a' < 2
except TypeError as e:
    print('TypeError', e)
print(0 < 1 < 'a' if False else 'short-circuit', 2 < 1 < 'a')
