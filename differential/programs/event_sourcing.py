"""Event-sourced shopping cart: immutable events, projections, snapshots and replay with JSON serialization."""
import json
from dataclasses import dataclass, asdict, field
from typing import List
from collections import Counter

@dataclass(frozen=True)
class Event:
    seq: int
    kind: str
    data: dict = field(default_factory=dict)

class Cart:
    PRICES = {"apple": 50, "pear": 75, "melon": 300, "grape": 220}

    def __init__(self):
        self.items = Counter()
        self.coupon = None
        self.checked_out = False
        self.version = 0

    def apply(self, ev):
        handler = getattr(self, "on_" + ev.kind)
        handler(**ev.data)
        self.version = ev.seq

    def on_added(self, sku, qty):
        self.items[sku] += qty

    def on_removed(self, sku, qty):
        self.items[sku] -= qty
        if self.items[sku] <= 0:
            del self.items[sku]

    def on_coupon(self, code, pct):
        self.coupon = (code, pct)

    def on_checkout(self):
        self.checked_out = True

    def total(self):
        subtotal = sum(self.PRICES[s] * q for s, q in self.items.items())
        discount = subtotal * self.coupon[1] // 100 if self.coupon else 0
        return subtotal, discount, subtotal - discount

class Store:
    def __init__(self):
        self.events: List[Event] = []
        self.snapshots = {}

    def append(self, kind, **data):
        ev = Event(len(self.events) + 1, kind, data)
        self.events.append(ev)
        return ev

    def replay(self, upto=None):
        cart = Cart()
        start = 0
        if self.snapshots:
            usable = [v for v in self.snapshots if upto is None or v <= upto]
            if usable:
                snap = json.loads(self.snapshots[max(usable)])
                cart.items = Counter(snap["items"])
                cart.coupon = tuple(snap["coupon"]) if snap["coupon"] else None
                cart.version = start = snap["version"]
        for ev in self.events[start:upto]:
            cart.apply(ev)
        return cart

    def snapshot(self):
        cart = self.replay()
        self.snapshots[cart.version] = json.dumps({"items": cart.items, "coupon": cart.coupon, "version": cart.version}, sort_keys=True)

store = Store()
store.append("added", sku="apple", qty=3)
store.append("added", sku="melon", qty=1)
store.append("removed", sku="apple", qty=1)
store.snapshot()
store.append("added", sku="grape", qty=2)
store.append("coupon", code="SPRING", pct=15)
store.append("removed", sku="melon", qty=5)
store.append("checkout")
for v in range(1, len(store.events) + 1):
    c = store.replay(v)
    print(f"v{v}: {dict(sorted(c.items.items()))} coupon={c.coupon} totals={c.total()} done={c.checked_out}")
print(store.snapshots)
print(json.dumps([asdict(e) for e in store.events[:3]]))
restored = [Event(**d) for d in json.loads(json.dumps([asdict(e) for e in store.events]))]
print(restored == store.events, restored[0], hash(restored[-1]) == hash(Event(7, "checkout", {})) if False else "skip")
try:
    restored[0].kind = "x"
except Exception as e:
    print(type(e).__name__, e)
try:
    Cart().apply(Event(1, "exploded"))
except AttributeError as e:
    print("AttributeError:", e)
print(Counter(e.kind for e in store.events))
