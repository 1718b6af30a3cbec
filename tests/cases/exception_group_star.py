def run(excs_factory, label):
    print("--", label)
    try:
        try:
            raise excs_factory()
        except* ValueError as eg:
            print("ValueError handler:", repr(eg))
        except* TypeError as eg:
            print("TypeError handler:", repr(eg))
    except BaseException as e:
        print("escaped:", repr(e))
    else:
        print("all handled")

run(lambda: ExceptionGroup("g", [ValueError(1), TypeError(2)]), "both")
run(lambda: ExceptionGroup("g", [ValueError(1), KeyError(2)]), "partial")
run(lambda: ValueError("naked"), "naked")
run(lambda: KeyError("naked other"), "naked unmatched")
run(lambda: ExceptionGroup("g", [ExceptionGroup("h", [ValueError(1), OSError(3)]), TypeError(2)]), "nested")

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))

try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("naked reraise", repr(e))

def f():
    try:
        raise ExceptionGroup("x", [OSError("o")])
    except* (OSError, ValueError) as eg:
        print("tuple match", repr(eg))
    else:
        print("no")
    finally:
        print("finally")
    return "ret"
print(f())

for bad in ["except* ExceptionGroup", "except* 42"]:
    try:
        try:
            raise ValueError()
        except* (ExceptionGroup if "Group" in bad else 42):
            pass
    except TypeError as e:
        print(type(e).__name__, e)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        print(type(e).__name__, e.exceptions)
        x = 1
    print(x)
except NameError as e:
    print(e)
try:
    e
except NameError as ne:
    print("e unbound:", ne)
for i in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError:
        if i == 1:
            continue_ = True
    print("loop", i)
