"""Hotel booking: date-range overlap checks, room allocation, pricing with seasons and weekends, cancellations."""
from datetime import date, timedelta
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import count

SEASONS = [((6, 1), (8, 31), Decimal("1.30")), ((12, 20), (12, 31), Decimal("1.50"))]
ROOMS = {"101": ("single", Decimal(80)), "102": ("single", Decimal(80)), "201": ("double", Decimal(120)),
         "202": ("double", Decimal(125)), "301": ("suite", Decimal(300))}
_ids = count(1000)

class BookingError(Exception):
    pass

@dataclass
class Booking:
    guest: str
    room: str
    check_in: date
    check_out: date
    id: int = field(default_factory=lambda: next(_ids))
    cancelled: bool = False

    @property
    def nights(self):
        return (self.check_out - self.check_in).days

    def overlaps(self, start, end):
        return not self.cancelled and self.check_in < end and start < self.check_out

def nightly_rate(room, day):
    base = ROOMS[room][1]
    mult = Decimal(1)
    for (sm, sd), (em, ed), m in SEASONS:
        if (sm, sd) <= (day.month, day.day) <= (em, ed):
            mult = m
    if day.weekday() >= 4:
        mult *= Decimal("1.10")
    return (base * mult).quantize(Decimal("0.01"))

class Hotel:
    def __init__(self):
        self.bookings = []

    def available(self, kind, start, end):
        return [r for r, (k, _) in sorted(ROOMS.items()) if k == kind
                and not any(b.room == r and b.overlaps(start, end) for b in self.bookings)]

    def book(self, guest, kind, start, end):
        if end <= start:
            raise BookingError(f"check-out {end} must be after check-in {start}")
        free = self.available(kind, start, end)
        if not free:
            raise BookingError(f"no {kind} available {start:%b %d}-{end:%b %d}")
        b = Booking(guest, free[0], start, end)
        self.bookings.append(b)
        return b

    def quote(self, b):
        days = [b.check_in + timedelta(d) for d in range(b.nights)]
        return sum((nightly_rate(b.room, d) for d in days), Decimal(0))

    def cancel(self, booking_id, today):
        b = next((b for b in self.bookings if b.id == booking_id), None)
        if b is None or b.cancelled:
            raise BookingError(f"no active booking {booking_id}")
        b.cancelled = True
        notice = (b.check_in - today).days
        fee = Decimal(0) if notice >= 7 else self.quote(b) * Decimal("0.5") if notice >= 1 else self.quote(b)
        return fee.quantize(Decimal("0.01"))

h = Hotel()
d = date(2024, 6, 5)
requests = [("ann", "single", d, d + timedelta(3)), ("bob", "single", d + timedelta(1), d + timedelta(4)),
            ("cid", "single", d + timedelta(2), d + timedelta(3)), ("dee", "double", d, d + timedelta(7)),
            ("eve", "suite", date(2024, 12, 22), date(2024, 12, 27)), ("fay", "double", d, d), ("gus", "single", d + timedelta(3), d + timedelta(5))]
for guest, kind, a, b in requests:
    try:
        bk = h.book(guest, kind, a, b)
        print(f"#{bk.id} {guest:<4} room {bk.room} {a:%a %d %b} -> {b:%a %d %b} {bk.nights}n = {h.quote(bk)}")
    except BookingError as e:
        print(f"{guest:<4} BookingError: {e}")
print("fees:", h.cancel(1000, d - timedelta(10)), h.cancel(1003, d - timedelta(2)))
try:
    h.cancel(1000, d)
except BookingError as e:
    print("BookingError:", e)
print("singles free Jun 5-6:", h.available("single", d, d + timedelta(1)))
occupancy = {}
for b in h.bookings:
    if not b.cancelled:
        for n in range(b.nights):
            day = b.check_in + timedelta(n)
            occupancy[day] = occupancy.get(day, 0) + 1
print(sorted((k.isoformat(), v) for k, v in occupancy.items())[:6])
print([str(nightly_rate("201", date(2024, 6, x))) for x in range(5, 10)], nightly_rate("301", date(2024, 12, 31)))
