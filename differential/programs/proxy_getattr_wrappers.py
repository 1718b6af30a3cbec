"""Dynamic attribute handling: proxies with __getattr__, attribute access logging, lazy loading, read-only views."""
class AccessLog:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)
    def __dir__(self):
        return sorted(set(dir(self._target)) | {"_log"})

class Config:
    def __init__(self):
        self.host = "localhost"
        self.port = 80
    def url(self):
        return f"http://{self.host}:{self.port}"

p = AccessLog(Config())
p.port = 8080
print(p.url(), p.host, hasattr(p, "nope"), getattr(p, "nope", "default"))
del p.host
try:
    p.url()
except AttributeError as e:
    print("AttributeError:", e)
print(p._log, "url" in dir(p))

class Lazy:
    loads = 0
    def __init__(self, loader):
        self._loader = loader
        self._obj = None
    def __getattr__(self, name):
        if self._obj is None:
            Lazy.loads += 1
            self._obj = self._loader()
        return getattr(self._obj, name)
lazy = Lazy(lambda: {"a": 1, "b": 2})
print(Lazy.loads, lazy.keys(), lazy.get("b"), Lazy.loads, sorted(lazy.items()))

class ReadOnly:
    __slots__ = ("_data",)
    def __init__(self, data):
        object.__setattr__(self, "_data", dict(data))
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: read-only")
    def __getitem__(self, key):
        return self._data[key]
    def __repr__(self):
        return f"ReadOnly({self._data})"
ro = ReadOnly({"x": 1, "y": [2, 3]})
print(ro.x, ro["y"], ro)
for action in [lambda: setattr(ro, "x", 5), lambda: ro.z, lambda: ro["z"]]:
    try:
        action()
    except (AttributeError, KeyError) as e:
        print(type(e).__name__, e)
class Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return super().__getattribute__(name)
    def __repr__(self):
        return "Namespace(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"
ns = Namespace(a=1, secret_key="xyz")
print(ns.a, ns)
try:
    ns.secret_key
except AttributeError as e:
    print("AttributeError:", e)
class Vector:
    _fields = ("x", "y", "z")
    def __init__(self, *vals):
        self._vals = list(vals)
    def __getattr__(self, name):
        if name in self._fields:
            return self._vals[self._fields.index(name)]
        raise AttributeError(name)
    def __setattr__(self, name, value):
        if name in self._fields:
            self._vals[self._fields.index(name)] = value
        else:
            super().__setattr__(name, value)
v = Vector(1, 2, 3)
v.y = 20
print(v.x, v.y, v.z, v._vals, vars(v))
