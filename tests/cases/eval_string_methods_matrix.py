exprs = ["'Hello'.lower()", "'hello'.title()", "'  x '.strip()", "'a-b-c'.split('-', 1)", "'abc'.replace('b', 'B')", "'abc'.find('c')", "'abc'.startswith('ab')", "'x'.center(5, '*')", "'ab'.zfill(4)", "'aBc'.swapcase()", "'a\\tb'.expandtabs(2)", "'abc'.isalpha()", "'12'.isdigit()", "'Ab Cd'.istitle()", "'abc'.partition('b')", "'x y z'.rsplit(' ', 1)"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
