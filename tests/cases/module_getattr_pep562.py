# PEP 562: a module's __getattr__ answers names the module does not define (attribute access,
# from-import, hasattr, getattr with a default)
import sys

real = 1


def __getattr__(name):
    if name.startswith("x"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


m = sys.modules[__name__]
print(m.real, m.xyz, hasattr(m, "xa"), hasattr(m, "nope"), getattr(m, "nope", "dflt"))
from __main__ import xb, real
print(xb, real)
try:
    from __main__ import other
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    m.other
except AttributeError as e:
    print("AttributeError", e)
try:
    sys.missing
except AttributeError as e:
    print("AttributeError", e)
