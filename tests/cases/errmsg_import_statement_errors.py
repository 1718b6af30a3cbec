exprs = ["exec('import nonexistent_mod_q')", "exec('from . import x')", 'exec(\'from json import loads as L; print(L("[1]"))\')', "exec('import collections.abc; print(collections.abc.Mapping.__name__)')", "exec('from collections import *; print(type(OrderedDict).__name__)')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr[:50], '=', repr(r)[:70])
    except BaseException as e:
        print(expr[:50], '->', type(e).__name__, e)
