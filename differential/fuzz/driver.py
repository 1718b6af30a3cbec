"""CPython side of the differential fuzzer (differential/fuzz/oracle.mjs).

A long-lived python3 process: reads one JSON-encoded program per line on stdin, runs it with exec()
in a fresh globals dict (as __main__) with stdout captured, and answers one JSON line
{"stdout": ..., "error": "Type: message" | null, "status": "ok" | "timeout" | "syntax" | "memory"}.
One process serves thousands of programs, so the fuzzer pays python3's start-up once.
The error line is what a script run would print last on stderr (format_exception_only), so the
result matches the golden format of scripts/golden.mjs. Run with PYTHONHASHSEED=0.
"""
import contextlib, io, json, resource, signal, sys, traceback

resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


class Timeout(BaseException):
    pass


def on_alarm(*_):
    raise Timeout()


signal.signal(signal.SIGALRM, on_alarm)
real_stdout = sys.stdout
base_limit = sys.getrecursionlimit()

for line in sys.stdin:
    req = json.loads(line)
    src = req["src"]
    buf = io.StringIO()
    error, status = None, "ok"
    try:
        code = compile(src, "main.py", "exec")
    except SyntaxError as e:
        error, status, code = "".join(traceback.format_exception_only(type(e), e)).strip().splitlines()[-1], "syntax", None
    if code is not None:
        try:
            signal.alarm(req.get("timeout", 3))
            with contextlib.redirect_stdout(buf):
                exec(code, {"__name__": "__main__", "__builtins__": __builtins__})
        except Timeout:
            status = "timeout"
        except MemoryError:
            status = "memory"
        except BaseException as e:  # SystemExit included: the program's outcome, not ours
            lines = [l for l in "".join(traceback.format_exception_only(type(e), e)).splitlines() if l.strip()]
            error = lines[-1] if lines else type(e).__name__
        finally:
            signal.alarm(0)
            sys.setrecursionlimit(base_limit)
    out = buf.getvalue()
    real_stdout.write(json.dumps({"stdout": out[:1_000_000], "error": error, "status": status}) + "\n")
    real_stdout.flush()
