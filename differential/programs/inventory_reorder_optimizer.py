"""Inventory reorder planning: economic order quantity, safety stock, simulated demand and reorder events."""
import math
import random
from dataclasses import dataclass, field
from typing import List

@dataclass
class Sku:
    code: str
    annual_demand: int
    order_cost: float
    holding_cost: float
    lead_time: int
    demand_sd: float
    on_hand: int
    history: List[tuple] = field(default_factory=list)

    @property
    def eoq(self):
        return math.sqrt(2 * self.annual_demand * self.order_cost / self.holding_cost)

    @property
    def daily(self):
        return self.annual_demand / 365

    def safety_stock(self, z=1.65):
        return z * self.demand_sd * math.sqrt(self.lead_time)

    @property
    def reorder_point(self):
        return self.daily * self.lead_time + self.safety_stock()

skus = [Sku("WID-1", 12000, 50.0, 2.4, 5, 8.0, 400), Sku("GAD-2", 3650, 120.0, 6.0, 12, 3.5, 150),
        Sku("DOO-3", 900, 25.0, 1.1, 3, 1.2, 20)]
print(f"{'sku':<6}{'EOQ':>8}{'SS':>8}{'ROP':>8}{'orders/yr':>10}{'cost/yr':>10}")
for s in skus:
    orders = s.annual_demand / s.eoq
    cost = orders * s.order_cost + s.eoq / 2 * s.holding_cost
    print(f"{s.code:<6}{s.eoq:>8.1f}{s.safety_stock():>8.1f}{s.reorder_point:>8.1f}{orders:>10.2f}{cost:>10.2f}")

rng = random.Random(5)
for s in skus:
    pipeline = []
    stockouts = 0
    for day in range(1, 61):
        arrivals = [q for d, q in pipeline if d == day]
        s.on_hand += sum(arrivals)
        pipeline = [(d, q) for d, q in pipeline if d != day]
        demand = max(0, round(rng.gauss(s.daily, s.demand_sd)))
        shipped = min(demand, s.on_hand)
        stockouts += demand - shipped
        s.on_hand -= shipped
        position = s.on_hand + sum(q for _, q in pipeline)
        if position <= s.reorder_point:
            qty = math.ceil(s.eoq)
            pipeline.append((day + s.lead_time, qty))
            s.history.append((day, qty, s.on_hand))
    print(s.code, "on hand", s.on_hand, "stockout units", stockouts, "orders", len(s.history), s.history[:3])
print(round(math.sqrt(2 * 1000 * 10 / 0.5), 6), math.ceil(4.0001), math.floor(-0.5), round(2.675, 2), round(0.125, 2))
