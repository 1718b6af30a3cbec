# __eq__, __lt__ and friends
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return isinstance(other, Ver) and self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __repr__(self):
        return 'Ver' + str(self.parts)
    __hash__ = None
a, b = Ver(1, 2), Ver(1, 10)
print(a == b, a != b, a == Ver(1, 2), a != Ver(1, 2))
print(a < b, a > b, a <= b, b >= a)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(max(Ver(3), Ver(1)), min([b, a]))
print(a == 5)
print(a in [Ver(0), Ver(1, 2)])
class Always:
    def __eq__(self, other):
        return True
print(Always() == 1, 1 == Always(), Always() != 2)
