"""Warehouse inventory with dataclasses, enums and a custom exception hierarchy."""
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from typing import Dict, List, Optional

class Category(Enum):
    TOOLS = auto()
    PARTS = auto()
    SUPPLIES = auto()

class InventoryError(Exception):
    """Base for inventory problems."""

class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} in stock")
        self.sku = sku
        self.shortfall = wanted - have

class UnknownItem(InventoryError, KeyError):
    pass

@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    category: Category = field(compare=False)
    qty: int = field(default=0, compare=False)
    price_cents: int = field(default=0, compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self) -> int:
        return self.qty * self.price_cents

@dataclass
class Inventory:
    items: Dict[str, Item] = field(default_factory=dict)
    log: List[str] = field(default_factory=list)

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(f"add {item.sku} x{item.qty}")

    def get(self, sku: str) -> Item:
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def remove(self, sku: str, qty: int) -> int:
        item = self.get(sku)
        if qty > item.qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self.log.append(f"remove {sku} x{qty}")
        return item.price_cents * qty

    def low_stock(self, threshold: int = 5) -> List[Item]:
        return sorted(i for i in self.items.values() if i.qty < threshold)

    def by_category(self) -> Dict[Category, int]:
        totals: Dict[Category, int] = {}
        for i in self.items.values():
            totals[i.category] = totals.get(i.category, 0) + i.value
        return totals

inv = Inventory()
inv.add(Item("T-100", "Hammer", Category.TOOLS, 10, 1599, ["steel"]))
inv.add(Item("P-220", "Bolt M6", Category.PARTS, 500, 12))
inv.add(Item("S-010", "Tape", Category.SUPPLIES, 3, 450))
inv.add(Item("T-205", "Wrench", Category.TOOLS, 4, 2250))
inv.add(Item("P-220", "Bolt M6", Category.PARTS, 250, 12))

orders = [("T-100", 3), ("P-220", 800), ("X-999", 1), ("S-010", 3), ("T-205", 5), ("P-220", 700)]
revenue = 0
for sku, qty in orders:
    try:
        revenue += inv.remove(sku, qty)
    except OutOfStock as e:
        print("out of stock:", e, "| shortfall", e.shortfall)
    except InventoryError as e:
        print(f"{type(e).__name__}: {e} | is KeyError: {isinstance(e, KeyError)}")

print(f"revenue: ${revenue / 100:.2f}")
print("low stock:", [i.sku for i in inv.low_stock()])
for cat, cents in sorted(inv.by_category().items(), key=lambda kv: kv[0].value):
    print(f"  {cat.name:<9} {cat.value} ${cents / 100:>9,.2f}")
print(inv.get("T-100"))
print(asdict(inv.get("S-010")))
restocked = replace(inv.get("S-010"), qty=40)
print(restocked, restocked == inv.get("S-010"), restocked is inv.get("S-010"))
print(Category.TOOLS, repr(Category.PARTS), Category["SUPPLIES"], Category(2), list(Category))
print(inv.log)
print(Item("A", "x", Category.TOOLS) < Item("B", "y", Category.PARTS))
