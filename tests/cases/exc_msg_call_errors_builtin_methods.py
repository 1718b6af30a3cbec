for expr in ["[].append()", "[].append(1, 2)", "{}.get()", "'a'.split(1)", "'a'.join([1])", "'a'.replace('a')", "[].sort(1)",
             "{}.update(1)", "set().add()", "'x'.startswith(1)", "'x'.count()", "(1).bit_length(1)", "[].insert(1)", "dict(1)", "list(1)", "tuple(1, 2)"]:
    try:
        eval(expr)
    except (TypeError, ValueError) as e:
        print(expr, '->', type(e).__name__, e)
