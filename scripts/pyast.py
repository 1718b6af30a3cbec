#!/usr/bin/env python3
"""Dev helper: print ast.parse(src) as JSON in the compiler/ast.ts shape.
Constant values are tagged; ints are decimal strings, bytes are lists, non-finite floats strings.
Usage: python3 scripts/pyast.py file.py  (or source on stdin)"""
import ast, json, sys, math

def const(v):
    if v is None: return {'t': 'None'}
    if v is Ellipsis: return {'t': 'Ellipsis'}
    if isinstance(v, bool): return {'t': 'bool', 'v': v}
    if isinstance(v, int): return {'t': 'int', 'v': str(v)}
    if isinstance(v, float):
        return {'t': 'float', 'v': v if math.isfinite(v) else repr(v)}
    if isinstance(v, complex): return {'t': 'complex', 'v': v.imag if math.isfinite(v.imag) else repr(v.imag)}
    if isinstance(v, str): return {'t': 'str', 'v': v}
    if isinstance(v, bytes): return {'t': 'bytes', 'v': list(v)}
    raise TypeError(type(v))

CTX = {ast.Load: 'Load', ast.Store: 'Store', ast.Del: 'Del'}

def conv(n):
    if isinstance(n, list): return [conv(x) for x in n]
    if not isinstance(n, ast.AST): return n
    if type(n) in CTX: return CTX[type(n)]
    if isinstance(n, (ast.boolop, ast.operator, ast.unaryop, ast.cmpop)): return type(n).__name__
    d = {'_type': type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == 'value': d[f] = const(v)
        else: d[f] = conv(v)
    for a in n._attributes:
        d[a] = getattr(n, a, None)
    return d

src = open(sys.argv[1], encoding='utf-8').read() if len(sys.argv) > 1 else sys.stdin.read()
try:
    tree = ast.parse(src)
except SyntaxError as e:
    print(json.dumps({'error': {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                                'text': e.text, 'end_lineno': e.end_lineno, 'end_offset': e.end_offset}}))
    sys.exit(0)
json.dump(conv(tree), sys.stdout, ensure_ascii=True)
