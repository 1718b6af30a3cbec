exprs = ['[].append()', '[].extend(1)', '[].insert()', "[].insert('a', 1)", '[].remove(1)', '[].pop(5)', "[1].pop('a')", '[].index(1)', '[].sort(key=1)', "[3, 'a'].sort()", '[].count()', "[1, 2][1:'a']", "[1] * 'a'", '[1] + (2,)', "list('ab', 'c')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
