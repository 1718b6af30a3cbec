#!/usr/bin/env python3
"""Dump CPython's AST (or SyntaxError) as JSON, in the format produced by
compiler/parser/dump.ts. Used by the parser's differential tests.

usage: astdump.py FILE...      -> one JSON document per line
       astdump.py -            -> read a JSON list of sources on stdin,
                                  print a JSON list of results
"""
import ast
import json
import struct
import sys


def const(v):
    if v is None:
        return None
    if v is True or v is False:
        return v
    if v is Ellipsis:
        return {"Ellipsis": True}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": struct.pack(">d", v).hex()}
    if isinstance(v, complex):
        return {"complex": struct.pack(">d", v.imag).hex()}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    raise TypeError(type(v))


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    name = type(n).__name__
    if name in ("Load", "Store", "Del") or isinstance(n, (ast.operator, ast.boolop, ast.unaryop, ast.cmpop)):
        return name
    d = {"_type": name}
    for f in n._fields:
        v = getattr(n, f, None)
        if (name == "Constant" and f == "value") or (name == "MatchSingleton" and f == "value"):
            d[f] = const(v)
        else:
            d[f] = node(v)
    for a in n._attributes:
        d[a] = getattr(n, a, None)
    return d


def dump_source(src, mode="exec"):
    try:
        tree = ast.parse(src, "<string>", mode)
    except SyntaxError as e:
        return {"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                          "end_lineno": e.end_lineno, "end_offset": e.end_offset}}
    except (ValueError, MemoryError, RecursionError) as e:
        return {"error": {"type": type(e).__name__, "msg": str(e)}}
    return node(tree)


def main():
    if sys.argv[1:] == ["-"]:
        srcs = json.load(sys.stdin)
        # items are sources, or [source, mode] pairs
        out = [dump_source(*s) if isinstance(s, list) else dump_source(s) for s in srcs]
        json.dump(out, sys.stdout)
        return
    for fn in sys.argv[1:]:
        with open(fn, "rb") as f:
            data = f.read()
        try:
            src = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            print(json.dumps({"skip": "not utf-8"}))
            continue
        print(json.dumps(dump_source(src)))


if __name__ == "__main__":
    sys.setrecursionlimit(100000)
    main()
