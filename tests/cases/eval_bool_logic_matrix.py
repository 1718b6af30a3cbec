exprs = ['True and False', 'True or False', 'not True', '1 and 2', "0 or ''", "'' or 'x'", 'None or 0 or []', '[] and 1', 'not []', 'not [0]', 'True & True', 'True | False', 'True ^ True', "bool('0')", 'bool(0.0)', "any([0, '', None])"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
