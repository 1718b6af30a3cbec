exprs = ['1 < 2', '2**64 > 2**63', '-(2**70) < -(2**69)', '10**20 == 10**20', '10**20 == 1e20', '2**53 + 1 == 2.0**53', '2**53 + 1 > 2.0**53', '1 == 1.0', 'True == 1', '0 == -0.0', '3 >= 3.0', "10**400 > float('inf')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
