d = {'a': 1, 'b': 2}
exprs = ['type(1).__name__', 'type(1.0).__name__', 'type(1j).__name__', "type('s').__name__", "type(b'b').__name__", 'type(bytearray()).__name__', 'type([]).__name__', 'type(()).__name__', 'type({}).__name__', 'type(set()).__name__', 'type(frozenset()).__name__', 'type(None).__name__', 'type(True).__name__', 'type(range(1)).__name__', 'type(slice(1)).__name__', 'type(len).__name__', 'type(print).__name__', 'type(lambda: 0).__name__', 'type(iter([])).__name__', 'type(iter({})).__name__', 'type((x for x in [])).__name__', 'type(...).__name__', 'type(NotImplemented).__name__', 'type(type).__name__', 'type(object()).__name__', 'type(zip()).__name__', 'type(map(len, [])).__name__', 'type(enumerate([])).__name__', 'type(reversed([])).__name__', 'type({}.keys()).__name__', 'type({}.items()).__name__', 'type({}.values()).__name__']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
