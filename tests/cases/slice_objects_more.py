s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(5).stop)
data = list(range(10))
print(data[s], data[slice(None, None, -3)], 'abcdef'[slice(2, None)], (1, 2, 3)[slice(-2)])
print(data[::-1][:3], data[-3:], data[:-7], data[7:2:-2], data[100:], data[-100:2])
class Sl:
    def __getitem__(self, k): return k
print(Sl()[1:2], Sl()[:], Sl()[::2], Sl()[1:2, 3], Sl()[..., 1:])
try:
    [1][::0]
except ValueError as e:
    print(e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    hash(slice(1, 2))
    print('hashable (3.12)')
except TypeError as e:
    print(e)
