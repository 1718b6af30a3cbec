exprs = ["'ab'.__add__('c')", "'ab'.__mul__(2)", "'ab'.__rmul__(2)", "'ab'.__contains__('a')", "'ab'.__len__()", "'ab'.__getitem__(1)", "'ab'.__eq__('ab')", "'a'.__lt__('b')", "'%s'.__mod__(1)", "'ab'.__iter__().__next__()", "'ab'.__hash__() == hash('ab')", "'ab'.__str__()", "'ab'.__repr__()", "'ab'.__add__(1)", "'ab'.__eq__(1)", "'ab'.__format__('>4')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
