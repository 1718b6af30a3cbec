exprs = ["'abc'.isalpha()", "'abc1'.isalnum()", "'123'.isnumeric()", "'½'.isnumeric()", "'½'.isdigit()", "'  '.isspace()", "''.isspace()", "'Title Case'.istitle()", "'UPPER'.isupper()", "'lower'.islower()", "'_id1'.isidentifier()", "'1id'.isidentifier()", "'abc'.isascii()", "'é'.isascii()", "'\\t'.isprintable()", "'a b'.isprintable()"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
