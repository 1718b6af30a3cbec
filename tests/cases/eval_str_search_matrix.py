exprs = ["'hello world'.find('o')", "'hello world'.rfind('o')", "'hello'.find('z')", "'hello'.index('l')", "'hello'.rindex('l')", "'hello'.count('l')", "'aaa'.count('aa')", "'hello'.find('l', 3)", "'hello'.find('l', -2, -1)", "'hello'.startswith('he', 0)", "'hello'.endswith(('lo', 'x'))", "'abcabc'.replace('b', '', 1)", "'a.b.c'.split('.', maxsplit=1)", "'a  b'.split(' ')", "'line1\\nline2'.splitlines()", "'x'.join([])"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
