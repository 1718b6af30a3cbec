for src in ['x = None\nx += 1', 'l = [1]\nl += 5', 's = "a"\ns -= "a"', 'd = {}\nd["k"] += 1', 'undefined_var += 1', 't = (1,)\nt[0] += 1']:
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__, e)
