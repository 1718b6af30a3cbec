"""Debug output an agent prints while developing: f-string '=' specifiers, pprint, traceback.format_exc, reprs."""
import pprint
import traceback
import sys

def parse_config(text):
    result = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        key, value = line.split("=")
        result[key.strip()] = int(value)
    return result

x, name, ratio = 42, "widget", 2 / 3
items = [1, 2, 3]
print(f"{x=}", f"{name=}", f"{ratio=:.3f}", f"{x = }", f"{name=!s}", f"{items=}", f"{len(items)=}", f"{x*2 + 1=}")
print(f"{ratio!r:>25}|{name!a}|{'é'!a}|{3.0=}|{None=}")
config = {"servers": [{"host": f"10.0.0.{i}", "ports": list(range(8000, 8000 + i)), "tags": {"env": "prod", "idx": i}} for i in range(1, 4)],
          "timeouts": {"connect": 1.5, "read": 30, "retries": (1, 2, 4, 8)}, "name": "cluster-" + "x" * 30, "enabled": True}
pprint.pprint(config)
pprint.pprint(config, width=60, compact=True)
pprint.pprint(config["timeouts"], indent=4, sort_dicts=False)
print(pprint.pformat(list(range(30)), width=40))
print(pprint.pformat({"b": 1, "a": [{"z": 1, "y": 2}]}, depth=1))
try:
    parse_config("a = 1\nb = two\nc = 3")
except ValueError:
    tb = traceback.format_exc()
    print(tb)
try:
    parse_config("a = 1\nbroken line")
except ValueError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print("".join(lines[-2:]), end="")
    print(traceback.format_exception_only(type(e), e))
def outer():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
try:
    outer()
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
cyc = [1, 2]
cyc.append(cyc)
d = {"self": None}
d["self"] = d
print(cyc, d, repr("quote's \"double\""), repr(b"\x00\xffab"), repr(1e100), repr(-0.0), repr(float("nan")))
print(sys.stdout.write("written via sys.stdout.write\n"))
print("a", "b", "c", sep=" | ", end=" <end>\n")
print(*range(5), sep=",")
print("to stderr", file=sys.stderr)
print(str(b"bytes"), str(1 + 2j), ascii("naïve ☃"), format(1234.5678, ".2f"), format("x", "^5"))
