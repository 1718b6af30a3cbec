class B:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
for o in [[1], (1,), 'a', range(3), b'a', bytearray(b'a')]:
    for k in [B(2**70), B(-2**70), B(0)]:
        try:
            print(repr(o[k]))
        except IndexError as e:
            print('!', type(e).__name__, e)
for expr in ["[1].pop(B(2**70))", "'ab'.center(B(2**64))", "range(10)[B(2**70):]", "[1, 2][B(-1)]"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, '!', type(e).__name__, e)
