"""Attribute validation with descriptors, __set_name__, class decorators and a metaclass registry."""
class Field:
    def __init__(self, *, default=None, required=True):
        self.default, self.required = default, required
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        value = self.validate(value)
        setattr(obj, self.private, value)
    def validate(self, value):
        return value

class Integer(Field):
    def __init__(self, *, min=None, max=None, **kw):
        super().__init__(**kw)
        self.min, self.max = min, max
    def validate(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self.name} must be an int, not {type(value).__name__}")
        if self.min is not None and value < self.min:
            raise ValueError(f"{self.name} must be >= {self.min}")
        if self.max is not None and value > self.max:
            raise ValueError(f"{self.name} must be <= {self.max}")
        return value

class String(Field):
    def __init__(self, *, max_len=None, choices=None, **kw):
        super().__init__(**kw)
        self.max_len, self.choices = max_len, choices
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.name} must be a str")
        value = value.strip()
        if self.max_len and len(value) > self.max_len:
            raise ValueError(f"{self.name} longer than {self.max_len}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.name} must be one of {sorted(self.choices)}")
        return value

class ModelMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = [k for k, v in ns.items() if isinstance(v, Field)]
        for b in bases:
            cls._fields = getattr(b, "_fields", []) + cls._fields
        if name != "Model":
            mcls.registry[name.lower()] = cls
        return cls

class Model(metaclass=ModelMeta):
    def __init__(self, **kwargs):
        unknown = set(kwargs) - set(self._fields)
        if unknown:
            raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
        for f in self._fields:
            desc = type(self).__dict__.get(f) or next(vars(b)[f] for b in type(self).__mro__ if f in vars(b))
            if f in kwargs:
                setattr(self, f, kwargs[f])
            elif desc.required and desc.default is None:
                raise TypeError(f"missing field: {f}")
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields) + ")"
    def to_dict(self):
        return {f: getattr(self, f) for f in self._fields}

class User(Model):
    name = String(max_len=10)
    age = Integer(min=0, max=150)
    role = String(choices={"admin", "user"}, default="user", required=False)

class Employee(User):
    salary = Integer(min=0, default=0, required=False)

u = User(name="  Ann ", age=31)
print(u, u.to_dict(), User._fields, Employee._fields)
e = Employee(name="Bob", age=40, role="admin", salary=1000)
print(e, isinstance(User.__dict__["age"], Integer), User.age.name, User.age.private)
for kwargs in [dict(name="X", age=-1), dict(name="X", age="1"), dict(name="ThisNameIsTooLong", age=1),
               dict(name="X", age=True), dict(name="X", age=5, role="root"), dict(name="X"), dict(name="X", age=1, email="x@y")]:
    try:
        print(User(**kwargs))
    except (TypeError, ValueError) as err:
        print(f"{type(err).__name__}: {err}")
print(sorted(ModelMeta.registry), type(User).__name__, type(u).__mro__[1].__name__)
u.age = 32
print(u.age, vars(u))

def frozen(cls):
    def __setattr__(self, k, v):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, k, v)
    orig_init = cls.__init__
    def __init__(self, *a, **kw):
        orig_init(self, *a, **kw)
        object.__setattr__(self, "_frozen", True)
    cls.__setattr__, cls.__init__ = __setattr__, __init__
    return cls

@frozen
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
try:
    p.x = 5
except AttributeError as err:
    print("AttributeError:", err)
print(p.x, p.y)
class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9
    @fahrenheit.deleter
    def fahrenheit(self):
        self._c = 0.0
t = Temperature()
t.fahrenheit = 212
print(t._c, t.fahrenheit)
del t.fahrenheit
print(t._c, Temperature.fahrenheit.__doc__, type(Temperature.__dict__["fahrenheit"]).__name__)
