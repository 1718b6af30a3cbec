d = {'a': {'b': [1, 2, 3]}, 'list': [{'x': 1}, {'x': 2}], 't': ((1, 2),)}
exprs = ["'abcdefgh'[2:6:2]", "'abcdefgh'[::-2]", "'abcdefgh'[-3:]", "'abcdefgh'[:-3]", "'abcdefgh'[6:2:-1]", 'list(range(10))[::4]', 'list(range(10))[-2::-3]', '(0, 1, 2, 3)[1::2]', "b'abcdef'[1:4]", "bytearray(b'abc')[::-1]", "'abc'[1:1]", "'abc'[-100:100]", '[1, 2, 3][::-1][1:]', "'hello'[slice(1, None, 2)]"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
