from enum import Enum, IntEnum, Flag, auto, unique, StrEnum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))

class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

    def describe(self):
        return f'{self.name.lower()} ({self.value})'

print(Status('ACTIVE'), Status.INACTIVE.describe())
try:
    Status(3)
except ValueError as e:
    print(e)

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[:2]
    NORTH = auto()
    SOUTH = auto()
print(list(Ordinal), Ordinal.SOUTH.value)

class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
    WED = auto()
print(sorted([Weekday.WED, Weekday.MON]), Weekday.TUE * 10, {Weekday.MON: 'm'}[1], max(Weekday))
print([d.name for d in Weekday], Weekday(3), Weekday['TUE'], Weekday.MON == 1, int(Weekday.WED))

class Perm(Flag):
    NONE = 0
    R = 4
    W = 2
    X = 1
    RW = R | W
print(repr(Perm.R | Perm.W), repr(Perm.RW), list(Perm), repr(Perm.NONE), bool(Perm.NONE))
p = Perm.R | Perm.X
print(repr(p), Perm.R in p, Perm.W in p, [m.name for m in p], len(p), repr(p & Perm.R), repr(p ^ Perm.R))

Animal = Enum('Animal', ['CAT', 'DOG'])
Mood = Enum('Mood', {'HAPPY': 'h', 'SAD': 's'})
Pair = Enum('Pair', [('A', 10), ('B', 20)])
print(list(Animal), Mood.SAD, Mood('h'), Pair.B.value, Animal.DOG.value)

def handle(s):
    match s:
        case Status.ACTIVE:
            return 'on'
        case Status.INACTIVE:
            return 'off'
print(handle(Status.ACTIVE), handle(Status.INACTIVE))

counts = {}
for c in [Status.ACTIVE, Status.ACTIVE, Status.INACTIVE]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(Status.ACTIVE is Status('active'), Status.ACTIVE == Status.ACTIVE, Status.ACTIVE != Status.INACTIVE)
print(Status.ACTIVE == 'active', isinstance(Status.ACTIVE, Enum), type(Status.ACTIVE).__name__)
print(Status.__members__.keys(), [m for m in reversed(Status)])

class Level(StrEnum):
    LOW = auto()
    HIGH = auto()
print(Level.LOW, Level('high'), Level.LOW.upper(), '-'.join(Level), Level.HIGH + '!')
try:
    del Status.ACTIVE
except AttributeError as e:
    print(e)
