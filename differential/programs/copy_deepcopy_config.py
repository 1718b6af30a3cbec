"""Layered configuration: defaults, environment-style overrides, deepcopy vs shallow copy, ChainMap lookups."""
import copy
from collections import ChainMap, OrderedDict
from types import SimpleNamespace

DEFAULTS = {"server": {"host": "localhost", "port": 8000, "tls": {"enabled": False, "cert": None}},
            "features": ["search", "export"], "retries": 3, "timeout": 2.5}

def apply_overrides(cfg, overrides):
    for dotted, raw in overrides.items():
        keys = dotted.split(".")
        node = cfg
        for k in keys[:-1]:
            node = node.setdefault(k, {})
        old = node.get(keys[-1])
        if isinstance(old, bool):
            value = raw.lower() in ("1", "true", "yes")
        elif isinstance(old, int):
            value = int(raw)
        elif isinstance(old, float):
            value = float(raw)
        elif isinstance(old, list):
            value = [x.strip() for x in raw.split(",") if x.strip()]
        else:
            value = raw
        node[keys[-1]] = value
    return cfg

shallow = copy.copy(DEFAULTS)
deep = copy.deepcopy(DEFAULTS)
shallow["server"]["port"] = 9999
print(DEFAULTS["server"]["port"], deep["server"]["port"], shallow is DEFAULTS, shallow["features"] is DEFAULTS["features"])
DEFAULTS["server"]["port"] = 8000
env = {"server.port": "8443", "server.tls.enabled": "yes", "server.tls.cert": "/etc/cert.pem", "features": "search, , audit",
       "timeout": "10", "new.section.key": "v"}
cfg = apply_overrides(copy.deepcopy(DEFAULTS), env)
print(cfg)
print(DEFAULTS["server"]["tls"], DEFAULTS["features"])
cli = {"retries": 5}
envmap = {"retries": 4, "timeout": 1.0}
layered = ChainMap(cli, envmap, {"retries": 3, "timeout": 2.5, "verbose": False})
print(layered["retries"], layered["timeout"], layered["verbose"], len(layered), sorted(layered))
child = layered.new_child({"verbose": True})
print(child["verbose"], layered["verbose"], child.parents["verbose"], child.maps[0])
child["retries"] = 0
print(child["retries"], layered["retries"], list(child.maps[0].items()))
del child["retries"]
print(child["retries"], dict(child))
try:
    del child["timeout"]
except KeyError as e:
    print("KeyError:", e)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    def __repr__(self):
        return f"Node({self.name}, {len(self.children)} children)"
root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
clone = copy.deepcopy(root)
print(clone, clone.children[0].parent is clone, clone.children[0] is a, clone.children[0].children[0].parent.name)
class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = {"big": list(range(3))}
    def __deepcopy__(self, memo):
        new = Custom(copy.deepcopy(self.v, memo))
        new.cache = {}
        return new
    def __copy__(self):
        c = Custom(self.v)
        c.cache = self.cache
        return c
c = Custom([1, 2])
d = copy.deepcopy(c)
s = copy.copy(c)
print(d.v == c.v, d.v is c.v, d.cache, s.cache is c.cache)
lst = [[1, 2]] * 2
dl = copy.deepcopy(lst)
dl[0].append(3)
print(dl, dl[0] is dl[1], copy.deepcopy((1, "a", None)) == (1, "a", None), copy.copy({1, 2}))
ns = SimpleNamespace(a=1, b=[2])
ns2 = copy.deepcopy(ns)
ns2.b.append(3)
print(ns, ns2, ns == SimpleNamespace(a=1, b=[2]))
od = OrderedDict(z=1, a=2)
print(copy.deepcopy(od), type(copy.copy(od)).__name__)
