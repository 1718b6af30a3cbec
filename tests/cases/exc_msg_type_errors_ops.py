for expr in ["1 + 'a'", "'a' + 1", "[] + ()", "{} + {}", "1 - 'x'", "'a' * 1.5", "None + 1", "-'s'", "~1.5", "+[]",
             "1 < 'a'", "[] > 1", "{} <= {}", "len(5)", "abs('x')", "1[0]", "None[0]", "(1).real[0]", "{}[[]]", "hash([])"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
