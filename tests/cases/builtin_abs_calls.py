cases = [
    lambda: abs(),
    lambda: abs(-3),
    lambda: abs(-2.5),
    lambda: abs(True),
    lambda: abs('x'),
    lambda: abs(1, 2),
    lambda: abs(-2**70),
]
for i, f in enumerate(cases):
    try:
        r = f()
        if hasattr(r, '__next__'):
            r = list(r)
        print(i, repr(r) if type(r).__name__ != 'dict' or len(r) < 20 else len(r))
    except Exception as e:
        print(i, type(e).__name__, e)
