import argparse, sys, io

def run(parser, args):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        print("ok", parser.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
        print(err.getvalue(), end="")
    finally:
        sys.stderr = old

p = argparse.ArgumentParser(prog="prog")
p.add_argument("x", type=int)
p.add_argument("--mode", choices=["fast", "slow"], required=False)
p.add_argument("--req", required=True)
p.add_argument("--two", nargs=2)
p.add_argument("--plus", nargs="+")
run(p, [])
run(p, ["1"])
run(p, ["abc", "--req", "r"])
run(p, ["1", "--req", "r", "--mode", "medium"])
run(p, ["1", "--req"])
run(p, ["1", "--req", "r", "extra", "more"])
run(p, ["1", "--req", "r", "--two", "a"])
run(p, ["1", "--req", "r", "--plus"])
run(p, ["1", "--req", "r", "--bogus"])
run(p, ["1", "--re", "r"])
q = argparse.ArgumentParser(prog="q")
q.add_argument("--foo")
q.add_argument("--fox")
run(q, ["--fo", "1"])
run(q, ["--foo=1", "--fox", "2"])
g = argparse.ArgumentParser(prog="g")
m = g.add_mutually_exclusive_group()
m.add_argument("-a", action="store_true")
m.add_argument("-b", action="store_true")
run(g, ["-a", "-b"])
run(g, ["-a"])
g2 = argparse.ArgumentParser(prog="g2")
m2 = g2.add_mutually_exclusive_group(required=True)
m2.add_argument("--x", action="store_true")
m2.add_argument("--y", type=int)
run(g2, [])
run(g2, ["--y", "3"])
f = argparse.ArgumentParser(prog="f")
f.add_argument("-v", action="store_true")
run(f, ["-v=1"])
run(f, ["-vx"])
try:
    f.add_argument("-v")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
for kwargs in [dict(action="nope"), dict(nargs=0), dict(type="int")]:
    try:
        f.add_argument("--z", **kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    f.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError:", e)
try:
    f.add_argument("bad-opt", "x")
except ValueError as e:
    print("ValueError:", e)
h = argparse.ArgumentParser(prog="h")
h.add_argument("--version", action="version", version="%(prog)s 1.0")
out = io.StringIO()
sys.stdout, old = out, sys.stdout
try:
    h.parse_args(["--version"])
except SystemExit as e:
    code = e.code
sys.stdout = old
print(repr(out.getvalue()), code)
out = io.StringIO()
sys.stdout, old = out, sys.stdout
try:
    h.parse_args(["-h"])
except SystemExit as e:
    code = e.code
sys.stdout = old
print(out.getvalue(), code)
