"""A CLI tool built with argparse, driven by several scripted argv lists (subcommands, types, errors)."""
import argparse
import sys
import io
import contextlib

def build_parser():
    p = argparse.ArgumentParser(prog="tasks", description="Manage tasks from the command line.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--db", default="tasks.json", metavar="PATH")
    sub = p.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add", help="add a task")
    add.add_argument("title", nargs="+")
    add.add_argument("-p", "--priority", type=int, choices=range(1, 6), default=3)
    add.add_argument("--tag", action="append", default=[])
    ls = sub.add_parser("list", help="list tasks")
    ls.add_argument("--done", action="store_true")
    ls.add_argument("--limit", type=int)
    ls.add_argument("--sort", choices=["priority", "title"], default="priority")
    rm = sub.add_parser("rm")
    rm.add_argument("ids", type=int, nargs="*")
    rm.add_argument("--all", action="store_true")
    return p

parser = build_parser()
cases = [
    ["add", "Write", "report", "-p", "1", "--tag", "work", "--tag", "q3"],
    ["-vv", "--db", "x.json", "list", "--done", "--limit", "5"],
    ["list", "--sort", "title"],
    ["rm", "3", "4", "7"],
    ["rm", "--all"],
    ["add", "x", "-p", "9"],
    ["list", "--limit", "ten"],
    [],
    ["frobnicate"],
    ["add", "--priority"],
]
for argv in cases:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            ns = parser.parse_args(argv)
        print(argv, "->", sorted(vars(ns).items()))
    except SystemExit as e:
        lines = err.getvalue().strip().splitlines()
        print(argv, f"-> exit {e.code}:", lines[-1] if lines else "")
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        parser.parse_args(["add", "--help"])
    except SystemExit as e:
        code = e.code
print("help exit", code)
print(out.getvalue())
print(parser.format_usage(), end="")
ns, rest = parser.parse_known_args(["list", "--unknown", "1"])
print(ns.cmd, rest)
p2 = argparse.ArgumentParser(prog="calc")
p2.add_argument("nums", type=float, nargs=2)
p2.add_argument("--op", choices="+-*/", default="+")
p2.add_argument("--round", type=int, dest="ndigits")
g = p2.add_mutually_exclusive_group()
g.add_argument("--quiet", action="store_true")
g.add_argument("--loud", action="store_true")
for argv in [["3", "4"], ["3", "4", "--op", "*", "--round", "1"], ["1", "2", "--quiet", "--loud"], ["1"]]:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            a = p2.parse_args(argv)
        x, y = a.nums
        r = {"+": x + y, "-": x - y, "*": x * y, "/": x / y}[a.op]
        print(argv, r if a.ndigits is None else round(r, a.ndigits), a.quiet, a.loud)
    except SystemExit as e:
        print(argv, "exit", e.code, err.getvalue().strip().splitlines()[-1])
