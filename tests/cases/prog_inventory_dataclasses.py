from dataclasses import dataclass, field, asdict
@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)
    @property
    def total(self): return round(self.price * self.qty, 2)
inv = [Item('apple', 0.5, 10, ['fruit']), Item('pear', 0.75, 4), Item('nut', 2.0)]
print(inv[0], asdict(inv[1]), [i.total for i in inv], sum(i.total for i in inv))
print(sorted(inv, key=lambda i: -i.total)[0].name, Item('a', 1) == Item('a', 1), Item('a', 1) == Item('a', 2))
by_tag = {}
for it in inv:
    for t in it.tags or ['untagged']:
        by_tag.setdefault(t, []).append(it.name)
print(by_tag)
try:
    Item('x')
except TypeError as e:
    print(e)
