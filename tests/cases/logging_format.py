import logging, time, io

def rec(msg="hello %s", args=("world",), **kw):
    d = dict(name="app", msg=msg, args=args, levelno=logging.INFO, levelname="INFO", created=1700000000.25,
             msecs=250.0, pathname="/src/app.py", filename="app.py", module="app", lineno=42, funcName="main")
    d.update(kw)
    return logging.makeLogRecord(d)

f = logging.Formatter("%(asctime)s %(levelname)-8s %(name)s:%(lineno)d %(funcName)s %(module)s %(filename)s %(message)s")
f.converter = time.gmtime
print(f.format(rec()))
f2 = logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y/%m/%d %H-%M-%S")
f2.converter = time.gmtime
print(f2.format(rec()))
f3 = logging.Formatter("{levelname}:{name}:{message:>12}", style="{")
print(f3.format(rec()))
f4 = logging.Formatter("$levelname ${name} $message", style="$")
print(f4.format(rec()))
f5 = logging.Formatter("%(levelname)s %(custom)s %(message)s", defaults={"custom": "dflt"})
print(f5.format(rec()), f5.format(rec(custom="given")))
print(logging.Formatter().format(rec()))
print(logging.Formatter("%(message)s %(levelno)d %(msecs)03d").format(rec()))
r = rec("dict %(a)s and %(b)d", ({"a": "x", "b": 2},))
try:
    print(r.getMessage())
except TypeError as e:
    print("TypeError:", e)
r = logging.LogRecord("n", logging.INFO, "/p/m.py", 3, "dict %(a)s and %(b)d", ({"a": "x", "b": 2},), None)
print(r.getMessage(), r.args, r.module, r.filename, r.funcName, r.levelname)
print(logging.Formatter("%(message)r").format(rec("plain", ())))
try:
    raise KeyError("k")
except KeyError as e:
    import sys
    r = rec(exc_info=sys.exc_info())
text = logging.Formatter("%(message)s").format(r)
print(text.splitlines()[0], text.splitlines()[1], text.splitlines()[-1])
print(r.exc_text.splitlines()[-1])
r = rec(stack_info="Stack (most recent call last):\n  fake")
print(logging.Formatter("%(message)s").format(r))
for fmt, style in [("%(x", "%"), ("abc", "%"), ("{x}", "x"), ("no fields", "{"), ("$", "$"), ("{a!z}", "{")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("no fields", validate=False).format(rec()))
try:
    logging.Formatter("%(missing)s").format(rec())
except ValueError as e:
    print("ValueError:", e)
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([rec(), rec("second", ())]))
print(repr(rec()), rec().levelname)
print(repr(logging.makeLogRecord({"msg": "hi"})))
