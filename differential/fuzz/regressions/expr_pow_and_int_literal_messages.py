for a in ["pow([1], 2, 3)", "pow(2, [1], 3)", "pow(2.0, 2, 3)", "pow(2, 2, 3.0)", "pow(2, 2, 'm')", "pow('a', 2)",
          "int('z' * 300, 16)", "int('1.5' * 100)", "int(b'x' * 300)", "int('é' * 250)"]:
    try:
        print(eval(a))
    except (TypeError, ValueError) as e:
        print('!', type(e).__name__, e)
