import json

data = {"name": "pyex", "n": 3, "f": 1.5, "neg": -0.0, "big": 10**30, "t": True, "f2": False, "none": None,
        "list": [1, 2.25, "x", [], {}], "tuple": (1, 2), "nested": {"a": {"b": [1, {"c": None}]}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, sort_keys=True, separators=(", ", " = ")))
print(json.dumps([1, [2, [3, []]], {}], indent=3))
# key coercion
print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e", "s": "f"}))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True, indent=2))
# floats
print(json.dumps([1e100, 1e-7, 0.1, 1/3, 123456789.0, float("inf"), float("-inf"), float("nan")]))
for bad in [float("inf"), [float("nan")], {"a": float("-inf")}]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
# strings
print(json.dumps("plain"), json.dumps('q"uo\\te'), json.dumps("\n\r\t\b\f\x00\x1f"))
print(json.dumps("caf\u00e9 \u4e2d\u6587 \U0001f600"))
print(json.dumps("caf\u00e9 \u4e2d\u6587 \U0001f600", ensure_ascii=False))
print(json.dumps({"\u00e9": "\u00e9"}, ensure_ascii=False))
print(json.dumps("\x7f"), json.dumps("\x7f", ensure_ascii=False))
# default
def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, range):
        return [o.start, o.stop]
    raise TypeError("nope " + type(o).__name__)
print(json.dumps({"s": {3, 1, 2}, "c": range(2, 5)}, default=default))
try:
    json.dumps(object(), default=default)
except TypeError as e:
    print("TypeError:", e)
for bad in [{1, 2}, [b"x"], {"k": object}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)

print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(PointEncoder(indent=1).encode({"p": Point(0, 0)}))
print(json.JSONEncoder().encode("abc"), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
print("".join(json.JSONEncoder().iterencode([1, 2])))
try:
    json.dumps([Point(1, 2)])
except TypeError as e:
    print("TypeError:", e)
# circular
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
class Loop:
    pass
lp = Loop()
try:
    json.dumps(lp, default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
# shared but not circular is fine
x = [1]
print(json.dumps([x, x, {"a": x}]))
# int/str subclasses, bool is not int
class MyInt(int):
    pass
class MyStr(str):
    pass
print(json.dumps([MyInt(5), MyStr("s"), True, 0]))
print(json.dumps({MyInt(7): 1}))
# dump to a file-like object
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
json.dump({"a": [1, 2]}, sink, indent=1)
print("".join(sink.parts))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
