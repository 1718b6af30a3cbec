l0 = [1]
for expr in ["l0.insert(2**64, 5)", "l0.insert(-2**64, 5)", "l0.pop(2**64)", "l0[2**64]", "'abc'[2**64]", "(1,)[-2**64]",
             "'ab'.center(2**64)", "'ab'.zfill(2**64)", "'ab'.ljust(2**64)", "'abc'.split(',', 2**64)", "[1]*2**64",
             "l0.index(1, -2**70)", "(1, 2).index(2, 0, 2**70)", "l0.index(1, 2**64)", "'abc'.find('a', 2**64)",
             "round(2.5, 2**64)", "round(2.5, -2**64)", "round(2.5, 1.0)", "chr(2**64)", "chr(2**40)", "chr(-1)", "chr(1.5)"]:
    try:
        print(expr, eval(expr), l0)
    except Exception as e:
        print(expr, '!', type(e).__name__, e)
for expr in ["[1, 2, 3].index(3, 0, 1)", "[1, 2, 3].index(3, 0, -1)", "[1, 2, 3].index(3, -1, 2**70)", "[1, 2, 3].index(2, 1, 2)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, '!', type(e).__name__, e)
