import math
for expr in ['2.0 ** 10000', 'math.exp(1000)', 'float(10**400)', 'int(float("inf"))', '10**400 / 3', 'math.factorial(-1)',
             'round(1e308, -400)', '(2**63).to_bytes(8, "big", signed=True)', '[0] * (2**62)', 'math.ldexp(1.0, 5000)']:
    try:
        print(expr, '=', eval(expr))
    except (OverflowError, ValueError, MemoryError) as e:
        print(expr, '->', type(e).__name__, e)
