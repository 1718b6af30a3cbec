"""Vending machine as an explicit state machine with Enum states, transitions table and coin change."""
from enum import Enum, auto
from collections import Counter

class State(Enum):
    IDLE = auto()
    COLLECTING = auto()
    DISPENSING = auto()
    OUT_OF_ORDER = auto()

class Event(Enum):
    COIN = auto()
    SELECT = auto()
    CANCEL = auto()
    DONE = auto()
    FAULT = auto()
    REPAIR = auto()

COINS = [200, 100, 50, 20, 10, 5]
PRODUCTS = {"A1": ("Cola", 150, 2), "A2": ("Water", 90, 0), "B1": ("Chips", 125, 5), "B2": ("Candy", 65, 1)}

class TransitionError(RuntimeError):
    pass

class Vending:
    TRANSITIONS = {
        (State.IDLE, Event.COIN): State.COLLECTING,
        (State.COLLECTING, Event.COIN): State.COLLECTING,
        (State.COLLECTING, Event.SELECT): State.DISPENSING,
        (State.COLLECTING, Event.CANCEL): State.IDLE,
        (State.DISPENSING, Event.DONE): State.IDLE,
        (State.IDLE, Event.FAULT): State.OUT_OF_ORDER,
        (State.COLLECTING, Event.FAULT): State.OUT_OF_ORDER,
        (State.OUT_OF_ORDER, Event.REPAIR): State.IDLE,
    }

    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.bank = Counter({c: 3 for c in COINS})
        self.stock = {k: v[2] for k, v in PRODUCTS.items()}
        self.history = []

    def fire(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise TransitionError(f"{event.name} not allowed in {self.state.name}")
        old, self.state = self.state, self.TRANSITIONS[key]
        self.history.append(f"{old.name}->{self.state.name}")

    def insert(self, coin):
        if coin not in COINS:
            return f"rejected {coin}"
        self.fire(Event.COIN)
        self.credit += coin
        self.bank[coin] += 1
        return f"credit {self.credit}"

    def make_change(self, amount):
        change = []
        for c in COINS:
            while amount >= c and self.bank[c] > 0:
                self.bank[c] -= 1
                change.append(c)
                amount -= c
        if amount:
            for c in change:
                self.bank[c] += 1
            return None
        return change

    def select(self, code):
        if code not in PRODUCTS:
            return f"unknown {code}"
        name, price, _ = PRODUCTS[code]
        if self.stock[code] == 0:
            return f"{name} sold out"
        if self.credit < price:
            return f"{name} costs {price}, credit {self.credit}"
        change = self.make_change(self.credit - price)
        if change is None:
            return "exact change only"
        self.fire(Event.SELECT)
        self.stock[code] -= 1
        self.credit = 0
        self.fire(Event.DONE)
        return f"dispensed {name}, change {change}"

    def cancel(self):
        refund = self.make_change(self.credit)
        self.fire(Event.CANCEL)
        self.credit = 0
        return f"refunded {refund}"

vm = Vending()
script = [("insert", 100), ("insert", 3), ("select", "A1"), ("insert", 50), ("select", "A1"),
          ("insert", 200), ("select", "A2"), ("insert", 100), ("select", "B2"), ("select", "A2"),
          ("insert", 20), ("cancel",), ("select", "B1"), ("insert", 200), ("select", "Z9"), ("select", "B1")]
for step in script:
    action, *args = step
    try:
        print(f"{action:<7}{str(args):<8} {getattr(vm, action)(*args):<40} [{vm.state.name}]")
    except TransitionError as e:
        print(f"{action:<7}{str(args):<8} TransitionError: {e}")
vm.fire(Event.FAULT)
try:
    vm.insert(100)
except TransitionError as e:
    print("TransitionError:", e)
vm.fire(Event.REPAIR)
print(vm.stock, dict(sorted(vm.bank.items())))
print(Counter(vm.history).most_common(3))
print(State.IDLE in State, State(1), Event["COIN"].value, [s.name for s in State], State.IDLE.__class__.__name__)
