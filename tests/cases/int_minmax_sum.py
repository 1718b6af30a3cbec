# min / max / sum / abs with ints
l = [5, -3, 12, 0, 7]
print(min(l), max(l), sum(l))
print(min(3, 1, 2), max(3, 1, 2))
print(sum([]), sum([], 10), sum(range(10), 100))
print(min('hello'), max('hello'))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs))
print(max([], default='empty'))
print(abs(-7), abs(7), abs(-2 ** 62))
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
try:
    max()
except TypeError as e:
    print('TypeError:', e)
print(max((1, 'a'), (1, 'b')), min([[2], [1, 5]]))
