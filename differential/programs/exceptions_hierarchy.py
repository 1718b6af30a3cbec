"""Custom exception hierarchies, chaining, context managers, finally/else ordering, retries."""
import contextlib

class AppError(Exception):
    code = 1
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[E{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class ValidationError(AppError):
    code = 10

class NotFound(AppError, LookupError):
    code = 44

class RetryableError(AppError):
    code = 50

def validate(user):
    errors = []
    if not user.get("name"):
        errors.append("name is required")
    if not isinstance(user.get("age"), int) or user["age"] < 0:
        errors.append("age must be a non-negative int")
    if errors:
        raise ValidationError("invalid user", detail="; ".join(errors))
    return True

def find(db, key):
    try:
        return db[key]
    except KeyError as e:
        raise NotFound(f"no record {key!r}") from e

def flaky(counter=[0]):
    counter[0] += 1
    if counter[0] < 3:
        raise RetryableError(f"attempt {counter[0]} failed")
    return f"ok after {counter[0]}"

def retry(fn, attempts=5):
    errors = []
    for i in range(attempts):
        try:
            return fn(), errors
        except RetryableError as e:
            errors.append(str(e))
    raise AppError("gave up")

for u in [{"name": "ann", "age": 3}, {"name": "", "age": -1}, {"age": "x"}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print(e, "|", repr(e), "|", e.args, e.code)

db = {"a": 1}
try:
    find(db, "b")
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
print(retry(flaky))

def order():
    log = []
    for x in [1, 0, "a"]:
        try:
            log.append(f"try {x}")
            r = 10 / x
        except ZeroDivisionError:
            log.append("zero")
            continue
        except TypeError as e:
            log.append(f"type: {e}")
        else:
            log.append(f"else {r}")
        finally:
            log.append("finally")
    return log

print(order())

def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(returns_in_finally())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise RuntimeError("outer")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__), e.__suppress_context__)

@contextlib.contextmanager
def transaction(name):
    print(f"begin {name}")
    try:
        yield name.upper()
    except AppError as e:
        print(f"rollback {name}: {e}")
    else:
        print(f"commit {name}")

with transaction("t1") as t:
    print("inside", t)
with transaction("t2"):
    raise NotFound("row 7")
print("after t2")
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
class Resource:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None, ev)
        return self.n == 2
with Resource(1), Resource(2):
    raise KeyError("k")
print("handled by Resource(2)")
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values:", eg.exceptions)
except* TypeError as eg:
    print("types:", eg.exceptions)
e = AppError("x")
e.add_note("note one")
print(e.__notes__, isinstance(NotFound("y"), (KeyError, LookupError)), NotFound.__mro__[1:3])
raise NotFound("final uncaught", detail="exit status 1")
