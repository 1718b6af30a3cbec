for expr in ["[][0]", "[1][-2]", "(1,)[5]", "'ab'[9]", "range(3)[3]", "{}['k']", "{1: 2}[2]", "[].pop()", "{}.popitem()",
             "b'x'[4]", "bytearray()[0]", "dict(a=1)['b']", "[1, 2][1.0]", "'abc'['x']"]:
    try:
        eval(expr)
    except (IndexError, KeyError, TypeError) as e:
        print(expr, '->', type(e).__name__, e)
