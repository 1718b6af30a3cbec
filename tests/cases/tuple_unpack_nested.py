# nested tuple unpacking in loops and assignments
data = [(1, ('a', 'b')), (2, ('c', 'd'))]
for n, (x, y) in data:
    print(n, x, y)
((a, b), c) = ((1, 2), 3)
print(a, b, c)
points = [(0, 0), (3, 4), (-1, 2)]
for x, y in points:
    print(x * x + y * y)
(head, *tail), last = [1, 2, 3], 'z'
print(head, tail, last)
a, b = b, a
print(a, b)
x = y = z = 0
x, y, z = z + 1, x + 2, y + 3
print(x, y, z)
