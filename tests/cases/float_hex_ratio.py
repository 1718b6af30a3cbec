print((2.5).is_integer(), (3.0).is_integer(), (0.5).as_integer_ratio(), (-1.25).as_integer_ratio(), (1e20).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), (1e-320).hex(), (1e300).hex(), float('inf').hex(), (5e-324).hex())
for s in ['0x1.8p1', '0x.8', '-0x1p-1074', '1', 'inf', '-Infinity', 'nan', '0x1.fffffffffffff8p1023', ' 0x10 ', '0x1p-1075', '0x1.0000000000001p-1075', 'x', '0x1p', '0x1.8p+3']:
    try: print(float.fromhex(s))
    except Exception as e: print(type(e).__name__, e)
for x in [3.14159, 1e-310, 123456789.125, -2.5e-300]:
    print(float.fromhex(x.hex()) == x)
try: float('nan').as_integer_ratio()
except ValueError as e: print(e)
try: float('inf').as_integer_ratio()
except OverflowError as e: print(e)
print((2.0).conjugate(), (2.7).__trunc__(), (-2.5).__floor__(), (2.1).__ceil__())
