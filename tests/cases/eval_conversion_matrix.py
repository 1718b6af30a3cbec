exprs = ["int('42')", 'int(3.9)', 'int(-3.9)', "int('-0')", "float('3.5')", 'float(3)', 'str(3.0)', 'str(-0.0)', "bool('False')", "list('ab')", "tuple('ab')", 'set([1, 1])', "dict([('a', 1)])", 'int(True)', 'float(True)', "complex('1+2j')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
