import traceback, sys, io, re

def clean(s):
    return re.sub(r'File "[^"]*?([^/"]+\.py)"', r'File "\1"', s)

def inner():
    raise ValueError("bad value")

def outer():
    inner()

try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()) == clean(traceback.format_exc()))
    t, v, tb = sys.exc_info()
    print([clean(x) for x in traceback.format_tb(tb)])
    print(traceback.format_exception_only(t, v))
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line, len(fs), fs[2])
    print([fs.name for fs in traceback.extract_tb(tb, limit=2)], [fs.name for fs in traceback.extract_tb(tb, limit=-1)])

try:
    try:
        outer()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(clean("".join(traceback.format_exception(e))))
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False))))

try:
    try:
        outer()
    except ValueError:
        raise KeyError("during")
except KeyError as e:
    out = io.StringIO()
    traceback.print_exception(e, file=out)
    print(clean(out.getvalue()))

try:
    try:
        outer()
    except ValueError:
        raise TypeError("hidden context") from None
except TypeError as e:
    print(clean("".join(traceback.format_exception(e))))

class MyError(Exception):
    pass

try:
    raise MyError()
except MyError as e:
    print(traceback.format_exception_only(e))
    print(clean(traceback.format_exc()))

e = ZeroDivisionError("no tb")
print(traceback.format_exception(e))
print(traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exc())
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(traceback.format_exception_only(e))

def rec(n):
    rec(n + 1)

try:
    rec(0)
except RecursionError:
    lines = clean(traceback.format_exc()).splitlines()
    print(len(lines) < 20, lines[-4:])

fs = traceback.FrameSummary("f.py", 3, "func", line="x = 1")
print(fs, fs.line, list(fs))
print(traceback.format_list([("a.py", 1, "f", "pass"), fs]))
print(traceback.StackSummary.from_list([("a.py", 1, "f", "pass")]).format())
