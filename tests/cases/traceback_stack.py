import traceback, sys, io

def where():
    return [(fs.name, fs.line) for fs in traceback.extract_stack()]

def caller():
    return where()

print(caller()[-3:])
print([s.split("\n")[1].strip() for s in traceback.format_stack()[-1:]])
buf = io.StringIO()
def p():
    traceback.print_stack(file=buf)
p()
print(buf.getvalue().count("File"), buf.getvalue().splitlines()[-1].strip())
err = io.StringIO()
try:
    raise IndexError("x")
except IndexError:
    traceback.print_exc(file=err, limit=0)
print(repr(err.getvalue()))
old = sys.stderr
sys.stderr = io.StringIO()
try:
    {}["missing"]
except KeyError:
    traceback.print_exc()
captured = sys.stderr.getvalue()
sys.stderr = old
print(captured.splitlines()[0], captured.splitlines()[-1])
