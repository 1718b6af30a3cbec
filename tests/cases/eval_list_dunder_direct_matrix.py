exprs = ['[1].__add__([2])', '[1].__mul__(2)', '[1, 2].__contains__(2)', '[1, 2].__len__()', '[1, 2].__getitem__(0)', '[1, 2].__getitem__(slice(1, None))', '[1].__eq__([1])', '[1].__lt__([2])', '[1].__iter__().__next__()', '[1].__add__((2,))', '[1].__repr__()', "[3, 1].__reversed__ is not None if hasattr([], '__reversed__') else True"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
