for src in ['del undefined', 'l = []\ndel l[0]', 'd = {}\ndel d["k"]', 'class O: pass\no = O()\ndel o.x', 's = "ab"\ndel s[0]', 't = (1,)\ndel t[0]']:
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__, e)
