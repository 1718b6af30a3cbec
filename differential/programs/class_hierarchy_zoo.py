"""A zoo simulation with multiple inheritance, mixins, super() chains, __slots__, class methods and MRO inspection."""
class Animal:
    count = 0
    def __init__(self, name, age, **kw):
        super().__init__(**kw)
        self.name, self.age = name, age
        Animal.count += 1
        self.log = [f"Animal.__init__({name})"]
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {type(self).__name__.lower()} ({self.age}y) says {self.speak()!r}"
    @classmethod
    def create(cls, spec):
        name, age = spec.split(":")
        return cls(name, int(age))
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class SwimmerMixin:
    def __init__(self, depth=10, **kw):
        super().__init__(**kw)
        self.depth = depth
    def move(self):
        return f"swims to {self.depth}m"

class FlyerMixin:
    def __init__(self, altitude=100, **kw):
        super().__init__(**kw)
        self.altitude = altitude
    def move(self):
        return f"flies at {self.altitude}m"

class Dog(Animal):
    def speak(self):
        return "Woof"
    def move(self):
        return "runs"

class Duck(SwimmerMixin, FlyerMixin, Animal):
    def __init__(self, name, age, **kw):
        super().__init__(name=name, age=age, depth=1, altitude=30, **kw)
    def speak(self):
        return "Quack"
    def move(self):
        return " and ".join([SwimmerMixin.move(self), FlyerMixin.move(self)])

class Penguin(SwimmerMixin, Animal):
    def speak(self):
        return "Honk"
    def move(self):
        return super().move() + " (cannot fly)"

class Puppy(Dog):
    def speak(self):
        return super().speak().lower() + "!"

class Point3:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

zoo = [Dog("Rex", 5), Duck("Donald", 2), Penguin(name="Pingu", age=3, depth=40), Puppy.create("Bit:1"), Dog.create("Ace:9")]
for a in zoo:
    print(a.describe(), "|", a.move())
print([c.__name__ for c in Duck.__mro__])
print([c.__name__ for c in Penguin.mro()], Animal.count)
print(isinstance(zoo[1], FlyerMixin), issubclass(Puppy, Animal), Duck.__bases__, Puppy.__base__.__name__)
print(sorted(zoo, key=lambda a: (a.age, a.name)), max(zoo, key=lambda a: a.age).name)
print(zoo[1].__dict__ == {"name": "Donald", "age": 2, "log": ["Animal.__init__(Donald)"], "altitude": 30, "depth": 1})
print(vars(zoo[2]).keys() >= {"depth", "name"}, hasattr(zoo[0], "depth"), getattr(zoo[0], "depth", None))
p = Point3(1, 2, 3)
try:
    p.w = 4
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), Point3.__slots__, [getattr(p, s) for s in Point3.__slots__])
try:
    class Broken(Dog, Animal, Dog):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Animal, Dog):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Dog.speak(zoo[1]), super(Duck, zoo[1]).move(), type(zoo[3]).__qualname__, Animal.describe.__qualname__)
