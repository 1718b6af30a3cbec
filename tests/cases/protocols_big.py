v = 2**90
tests = [('bool', lambda: bool(v)), ('len', lambda: len(v)), ('hash', lambda: hash(v) == hash(v)), ('iter', lambda: list(iter(v))[:3]),
         ('neg', lambda: -v), ('pos', lambda: +v), ('invert', lambda: ~v), ('abs', lambda: abs(v)), ('int', lambda: int(v)),
         ('float', lambda: float(v)), ('str', lambda: str(v)), ('repr', lambda: repr(v)), ('in', lambda: 1 in v), ('getitem', lambda: v[0]),
         ('call', lambda: v()), ('round', lambda: round(v)), ('index', lambda: [10, 20, 30][v]), ('eq_self', lambda: v == v), ('type', lambda: type(v).__name__)]
for name, t in tests:
    try:
        print(name, repr(t()))
    except Exception as e:
        print(name, type(e).__name__, e)
