"""Resource management: ExitStack with callbacks, nested context managers, suppress/redirect, closing, generators."""
import contextlib
import io

class Resource:
    opened = []
    def __init__(self, name, fail_on_enter=False):
        self.name, self.fail = name, fail_on_enter
    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"close {self.name} (exc={exc_type.__name__ if exc_type else None})")
        return False

def open_all(names, fail=None):
    with contextlib.ExitStack() as stack:
        res = [stack.enter_context(Resource(n, n == fail)) for n in names]
        stack.callback(print, "callback: all opened", [r.name for r in res])
        print("working with", len(res))
        return [r.name for r in res]

print(open_all(["a", "b", "c"]))
try:
    open_all(["a", "b", "c"], fail="c")
except OSError as e:
    print("OSError:", e, "still open:", Resource.opened)

@contextlib.contextmanager
def tag(name, out):
    out.write(f"<{name}>")
    try:
        yield
    finally:
        out.write(f"</{name}>")

buf = io.StringIO()
with tag("html", buf), tag("body", buf):
    with tag("p", buf):
        buf.write("hello")
print(buf.getvalue())
buf2 = io.StringIO()
try:
    with tag("div", buf2):
        raise ValueError("inside")
except ValueError:
    pass
print(buf2.getvalue())
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print("captured line 1")
    print("captured line 2")
print(repr(out.getvalue()))
with contextlib.suppress(FileNotFoundError):
    open("/definitely/missing/file.txt")
    print("not reached")
print("after suppress")
class Conn:
    def close(self):
        print("conn closed")
with contextlib.closing(Conn()) as c:
    print("using", type(c).__name__)
with contextlib.nullcontext(42) as v:
    print("nullcontext gives", v)
stack = contextlib.ExitStack()
for i in range(3):
    stack.callback(lambda i=i: print("unwind", i))
moved = stack.pop_all()
print("popped all")
moved.close()
@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append(f"rollback: {e}")
        raise
log = []
try:
    with transaction(log):
        log.append("insert")
        raise KeyError("dup")
except KeyError:
    pass
with transaction(log):
    log.append("update")
print(log)
class Reusable(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter deco")
        return self
    def __exit__(self, *exc):
        print("exit deco")
        return False
@Reusable()
def decorated(x):
    print("body", x)
    return x * 2
print(decorated(21))
