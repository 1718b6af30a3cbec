"""A command router using structural pattern matching: literals, captures, guards, class/mapping/sequence patterns."""
from dataclasses import dataclass
from typing import Any

@dataclass
class Click:
    x: int
    y: int
    button: str = "left"

@dataclass
class Key:
    name: str
    mods: tuple = ()

@dataclass
class Resize:
    w: int
    h: int

def route(event: Any) -> str:
    match event:
        case Click(x=0, y=0):
            return "click at origin"
        case Click(x, y, button="right") if x > 100:
            return f"context menu far right at {x},{y}"
        case Click(x=x, y=y, button=b):
            return f"{b} click at ({x}, {y})"
        case Key(name="q", mods=("ctrl",)) | Key(name="F4", mods=("alt",)):
            return "quit"
        case Key(name=str(n), mods=()) if len(n) == 1:
            return f"typed {n!r}"
        case Key(name=n, mods=(*mods,)):
            return f"shortcut {'+'.join([*mods, n])}"
        case Resize(w=w, h=h) if w * h == 0:
            return "minimized"
        case Resize(w, h):
            return f"resized to {w}x{h} ({'landscape' if w > h else 'portrait'})"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return f"scroll up {-d}"
        case {"type": "scroll", "delta": d, **rest}:
            return f"scroll down {d} extra={rest}"
        case ["move", int(x), int(y)]:
            return f"move to {x},{y}"
        case ["say", *words] if words:
            return "say: " + " ".join(words)
        case ("undo" | "redo") as op:
            return f"history {op}"
        case [first, *_, last]:
            return f"sequence {first}..{last}"
        case None:
            return "nothing"
        case int() | float() as n if n < 0:
            return f"negative {n}"
        case int(n):
            return f"int {n}"
        case str() as s:
            return f"unknown command {s!r}"
        case _:
            return f"unhandled {type(event).__name__}"

events = [Click(0, 0), Click(150, 20, "right"), Click(5, 7), Click(50, 60, "right"), Key("q", ("ctrl",)), Key("F4", ("alt",)),
          Key("a"), Key("s", ("ctrl", "shift")), Key("Enter"), Resize(0, 300), Resize(1920, 1080), Resize(600, 800),
          {"type": "scroll", "delta": -3}, {"type": "scroll", "delta": 5, "source": "wheel"}, ["move", 3, 4],
          ["say", "hello", "world"], ["say"], "undo", "redo", "jump", ("a", "b", "c"), None, -2.5, 7, 3.5, {"type": "other"}]
for e in events:
    print(f"{e!r:<45} -> {route(e)}")
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case int(c) if 400 <= c < 500:
            return "client error"
        case int(c) if c >= 500:
            return "server error"
    return "unknown"
print([http(s) for s in (200, 204, 302, 404, 418, 503, 99)])
