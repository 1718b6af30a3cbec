# match statement: literal, capture, sequence, mapping, class, or, guard, wildcard patterns
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x=0, y=y):
            return f"y-axis {y}"
        case [1, *rest]:
            return f"starts with 1, then {rest}"
        case [a, b]:
            return f"pair {a} {b}"
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"k": v, **others}:
            return f"map {v} {others}"
        case int(n) if n > 10:
            return "big int"
        case 1 | 2 | 3:
            return "small"
        case None:
            return "none"
        case str():
            return "text"
        case _:
            return "other"

for v in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), [1, 2, 3], (5, 6), {"kind": "circle", "r": 2},
          {"k": 1, "z": 2}, 42, 2, None, "s", 3.5]:
    print(describe(v))

def http(status):
    match status:
        case 200 | 201 as ok:
            return f"ok {ok}"
        case 404:
            return "not found"
        case code if 500 <= code < 600:
            return "server error"
    return "unknown"

print(http(200), http(201), http(404), http(503), http(302))
