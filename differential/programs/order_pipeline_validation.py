"""Order processing pipeline: validation errors collected per record, discount rules, tax, and a summary."""
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from enum import Enum
from typing import List, Optional
import json

class Status(Enum):
    OK = "ok"
    REJECTED = "rejected"
    HELD = "held"

@dataclass
class Line:
    sku: str
    qty: int
    unit: Decimal

@dataclass
class Order:
    order_id: str
    customer: str
    country: str
    lines: List[Line]
    coupon: Optional[str] = None
    errors: List[str] = field(default_factory=list)
    status: Status = Status.OK

TAX = {"US": Decimal("0.07"), "DE": Decimal("0.19"), "GB": Decimal("0.20"), "JP": Decimal("0.10")}
COUPONS = {"SAVE10": ("pct", Decimal(10)), "FLAT5": ("flat", Decimal(5)), "BIGSPENDER": ("pct_over", (Decimal(200), Decimal(15)))}
Q = Decimal("0.01")

RAW = json.loads("""[
 {"id": "A-1", "customer": "ann@x.com", "country": "US", "lines": [["pen", 3, "1.50"], ["pad", 2, "4.25"]], "coupon": "SAVE10"},
 {"id": "A-2", "customer": "bob", "country": "DE", "lines": [["ink", 1, "19.99"]]},
 {"id": "A-3", "customer": "cy@x.com", "country": "FR", "lines": [["pen", 0, "1.50"], ["cap", -1, "2"]]},
 {"id": "A-4", "customer": "di@x.com", "country": "GB", "lines": [["desk", 1, "249.00"], ["lamp", 2, "35.50"]], "coupon": "BIGSPENDER"},
 {"id": "A-5", "customer": "ed@x.com", "country": "JP", "lines": [["mug", 4, "3.333"]], "coupon": "BOGUS"},
 {"id": "A-6", "customer": "fe@x.com", "country": "US", "lines": [], "coupon": "FLAT5"},
 {"id": "A-7", "customer": "gi@x.com", "country": "US", "lines": [["gift", 1, "4.00"]], "coupon": "FLAT5"}
]""")

def validate(o):
    if "@" not in o.customer:
        o.errors.append("customer must be an email")
    if o.country not in TAX:
        o.errors.append(f"unsupported country {o.country}")
    if not o.lines:
        o.errors.append("order has no lines")
    for i, l in enumerate(o.lines):
        if l.qty <= 0:
            o.errors.append(f"line {i}: quantity {l.qty} must be positive")
    if o.coupon and o.coupon not in COUPONS:
        o.errors.append(f"unknown coupon {o.coupon!r}")
    return not o.errors

def price(o):
    subtotal = sum((l.unit * l.qty for l in o.lines), Decimal(0)).quantize(Q, ROUND_HALF_UP)
    discount = Decimal(0)
    if o.coupon:
        kind, val = COUPONS[o.coupon]
        if kind == "pct":
            discount = subtotal * val / 100
        elif kind == "flat":
            discount = min(val, subtotal)
        elif kind == "pct_over" and subtotal >= val[0]:
            discount = subtotal * val[1] / 100
    discount = discount.quantize(Q, ROUND_HALF_UP)
    taxed = ((subtotal - discount) * TAX[o.country]).quantize(Q, ROUND_HALF_UP)
    return subtotal, discount, taxed, subtotal - discount + taxed

orders = [Order(r["id"], r["customer"], r["country"], [Line(s, q, Decimal(u)) for s, q, u in r["lines"]], r.get("coupon")) for r in RAW]
totals = Decimal(0)
for o in orders:
    if not validate(o):
        o.status = Status.REJECTED
        print(f"{o.order_id} REJECTED: " + "; ".join(o.errors))
        continue
    sub, disc, tax, total = price(o)
    if total > 300:
        o.status = Status.HELD
    totals += total
    print(f"{o.order_id} {o.status.value:<8} sub={sub:>8} disc={disc:>6} tax={tax:>6} total={total:>8}")
by_status = {}
for o in orders:
    by_status.setdefault(o.status.name, []).append(o.order_id)
print(by_status, "grand total:", totals)
print(json.dumps([{"id": o.order_id, "status": o.status.value, "errors": len(o.errors)} for o in orders], separators=(",", ":")))
