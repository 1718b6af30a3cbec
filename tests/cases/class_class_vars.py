# class variables shared between instances
class Registry:
    items = []
    count = 0
    def __init__(self, name):
        self.name = name
        Registry.items.append(name)
        self.count += 1
a = Registry('a')
b = Registry('b')
print(Registry.items, a.items is b.items)
print(Registry.count, a.count, b.count)
class Shape:
    sides = 0
    def describe(self):
        return f'{type(self).__name__} with {self.sides} sides'
class Tri(Shape):
    sides = 3
class Sq(Shape):
    sides = 4
print(Shape().describe(), Tri().describe(), Sq().describe())
Shape.sides = -1
print(Shape().describe(), Tri().describe())
