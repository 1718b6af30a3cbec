"""A CLI-style main() with argument validation, error reporting to stderr, and sys.exit with a message."""
import sys

def parse_args(argv):
    opts = {"verbose": False, "count": 1, "files": []}
    it = iter(argv)
    for a in it:
        if a in ("-v", "--verbose"):
            opts["verbose"] = True
        elif a in ("-n", "--count"):
            try:
                opts["count"] = int(next(it))
            except StopIteration:
                raise SystemExit("error: -n needs a value")
            except ValueError as e:
                raise SystemExit(f"error: bad count: {e}")
        elif a.startswith("-"):
            raise SystemExit(2)
        else:
            opts["files"].append(a)
    return opts

def main(argv):
    opts = parse_args(argv)
    if opts["verbose"]:
        print("options:", opts)
    for f in opts["files"]:
        print(f"processing {f} x{opts['count']}")
    return 0 if opts["files"] else 3

for argv in (["-v", "a.txt"], ["-n", "2", "b.txt", "c.txt"], [], ["-n"], ["-n", "many"], ["--bogus"]):
    try:
        code = main(argv)
        print(argv, "->", code)
    except SystemExit as e:
        print(argv, "-> SystemExit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("bare exit code:", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("exit(0):", e.code, e.args)
print("about to fail")
sys.stdout.flush()
sys.exit(f"fatal: {len(sys.argv)} argument(s) is not enough")
