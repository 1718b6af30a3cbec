class Bag:
    items = []
    def add(self, x): self.items.append(x)
a, b = Bag(), Bag()
a.add(1); b.add(2)
print(a.items, b.items, Bag.items is a.items)
class Fixed:
    def __init__(self): self.items = []
    def add(self, x): self.items.append(x)
c, d = Fixed(), Fixed()
c.add(1)
print(c.items, d.items)
