import sys, io, contextlib
sys.stdout.write("direct\n")
n = sys.stdout.write("count\n")
print(n)
print("to stderr", file=sys.stderr)
sys.stderr.write("err\n")
print(sys.stdout.writable(), sys.stdout.isatty(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.encoding, sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(repr(sys.stdout), repr(sys.stderr))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
old = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2, sep=",")
print("more", end="!")
v = sys.stdout.getvalue()
sys.stdout = old
print(repr(v))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("inside")
    sys.stdout.write("w\n")
print(repr(buf.getvalue()))
eb = io.StringIO()
with contextlib.redirect_stderr(eb):
    print("e1", file=sys.stderr)
print(repr(eb.getvalue()))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = W()
print(1, 2, 3, sep="-", file=w)
print("x", end="", file=w, flush=True)
print(w.parts)
sys.stdout = w
print("via sys")
sys.stdout = sys.__stdout__
print(w.parts[-2:])
sys.stdout = None
print("dropped")
sys.stdout = sys.__stdout__
print(sys.stdout.buffer.write(b"bytes\n"))
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
for bad in (3, b"x", None):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("x", file=3)
except AttributeError as e:
    print("AttributeError:", e)
