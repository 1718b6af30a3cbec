exprs = ["'ab' + 'cd'", "'ab' * 3", "3 * 'ab'", "'ab' * 0", "'ab' * -1", "'a' in 'abc'", "'abc'[1]", "'abc'[-1]", "'abc'[::-1]", "'abc' < 'abd'", "'B' < 'a'", "'abc' == 'abc'", "'%s-%s' % ('a', 'b')", "'{}{}'.format(1, 2)", "'a,b'.split(',')", "','.join('abc')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
