d = {'a': {'b': [1, 2, 3]}, 'list': [{'x': 1}, {'x': 2}], 't': ((1, 2),)}
exprs = ["[*range(3), *'ab']", '(*[1], *(2,))', "{*'aab'} == {'a', 'b'}", "{**{'a': 1}, **{'b': 2}}", '[*[], *()]', "print(*[1, 2], sep=':') is None", 'max(*[3, 9, 2])', 'list(zip(*[[1, 2], [3, 4]]))', "[*{'k': 1}]", "(lambda *a, **k: (a, k))(*[1], **{'x': 2})"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
