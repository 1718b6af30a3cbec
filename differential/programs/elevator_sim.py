"""Elevator controller simulation: enum states, a request queue, SCAN scheduling."""
from enum import Enum, IntEnum
from dataclasses import dataclass, field

class Direction(IntEnum):
    DOWN = -1
    IDLE = 0
    UP = 1

class DoorState(Enum):
    OPEN = "open"
    CLOSED = "closed"

@dataclass
class Elevator:
    name: str
    floor: int = 0
    direction: Direction = Direction.IDLE
    door: DoorState = DoorState.CLOSED
    stops: set = field(default_factory=set)
    travelled: int = 0
    log: list = field(default_factory=list)

    def request(self, floor):
        if floor != self.floor:
            self.stops.add(floor)

    def step(self, t):
        if self.door is DoorState.OPEN:
            self.door = DoorState.CLOSED
            self.log.append(f"t={t:02d} {self.name} closes at {self.floor}")
            return
        if not self.stops:
            self.direction = Direction.IDLE
            return
        if self.direction is Direction.IDLE:
            nearest = min(self.stops, key=lambda f: (abs(f - self.floor), f))
            self.direction = Direction.UP if nearest > self.floor else Direction.DOWN
        ahead = [f for f in self.stops if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = Direction(-self.direction)
        self.floor += self.direction
        self.travelled += 1
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.door = DoorState.OPEN
            self.log.append(f"t={t:02d} {self.name} opens at {self.floor} going {self.direction.name}")

class Controller:
    def __init__(self, names):
        self.cars = [Elevator(n) for n in names]

    def dispatch(self, floor):
        def cost(car):
            penalty = 0
            if car.direction != Direction.IDLE and (floor - car.floor) * car.direction < 0:
                penalty = 10
            return abs(car.floor - floor) + len(car.stops) + penalty, car.name
        car = min(self.cars, key=cost)
        car.request(floor)
        return car.name

ctl = Controller(["A", "B"])
calls = {0: [5, 3], 2: [8], 3: [1], 6: [0, 9], 9: [4], 12: [2, 7]}
for t in range(25):
    for floor in calls.get(t, []):
        print(f"t={t:02d} call {floor} -> {ctl.dispatch(floor)}")
    for car in ctl.cars:
        car.step(t)
for car in ctl.cars:
    print(f"--- {car.name}: floor={car.floor} travelled={car.travelled} dir={car.direction!r}")
    for line in car.log:
        print("  " + line)
print(Direction.UP + 1, Direction(-1), Direction.UP > Direction.DOWN, int(Direction.DOWN), -Direction.UP)
print(DoorState("open"), DoorState.OPEN.value, [d.name for d in DoorState], str(Direction.UP), f"{Direction.UP}")
try:
    DoorState("ajar")
except ValueError as e:
    print("ValueError:", e)
