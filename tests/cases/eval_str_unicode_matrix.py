exprs = ["'straße'.upper()", "'ΑΒΓ'.lower()", "'é'.isalpha()", "'٣'.isdigit()", "'٣'.isdecimal()", "len('👍')", "'日本語'[1:]", "'Ǆ'.title()", "'ǆ'.upper()", "'ß'.casefold()", "'İ'.lower()", "'ﬁ'.upper()", "'á'.isalpha()", "sorted('cabé')", "'x'.join('日本')", "'ÀB'.swapcase()"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
