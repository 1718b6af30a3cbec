import logging, io, sys
lg = logging.getLogger("e")
for bad in ["FOO", 1.5, None]:
    try:
        lg.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
lg.setLevel("DEBUG")
print(lg.level)
try:
    lg.log("x", "y")
except TypeError as e:
    print("TypeError:", e)
for kw in [dict(foo=1), dict(stream=io.StringIO(), filename="x.log"), dict(handlers=[], stream=io.StringIO()), dict(style="x")]:
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print("ValueError:", e)
buf = io.StringIO()
h = logging.StreamHandler(buf)
lg.addHandler(h)
lg.propagate = False
try:
    lg.warning("x", extra={"message": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    lg.warning("x", extra={"lineno": 1})
except KeyError as e:
    print("KeyError:", e)
lg.warning("extra %s", "ok", extra={"user": "u1"})
print(repr(buf.getvalue()))
err = io.StringIO()
sys.stderr = err
lg.warning("bad format %d", "notanumber")
sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
print(lines[0], lines[-2], lines[-1])
print([l for l in lines if l.startswith("TypeError")])
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError:", e)
