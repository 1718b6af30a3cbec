# class definition, attributes and methods
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2())
p.move(1, 1).move(1, 1)
print(p.x, p.y)
print(Point.dims, p.dims)
p.dims = 3
print(Point.dims, p.dims)
q = Point(0, 0)
print(q.dims)
print(type(p).__name__, isinstance(p, Point))
print(Point.norm2(p))
m = p.norm2
print(m())
p.extra = 'dynamic'
print(p.extra)
