print(1 in [1] in [[1]], 'a' not in 'bcd' not in ['x'], None is None is not False)
a = [1]
print(a == [1] is not a, 1 < 2 in [True])
class T:
    def __lt__(self, o): print('lt called'); return True
t = T()
print(t < t < t)
