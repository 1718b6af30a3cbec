class Config:
    keys = ['a', 'b', 'c']
    defaults = {k: None for k in keys}
    upper = [k.upper() for k in keys]
    pairs = list(zip(keys, range(3)))
    try:
        bad = [k + suffix for k in keys]
    except NameError as e:
        bad = str(e)
    suffix = '!'
print(Config.defaults, Config.upper, Config.pairs, Config.bad)
def outer():
    factor = 3
    class Inner:
        scaled = [v * factor for v in range(3)]
        def m(self): return factor
    return Inner.scaled, Inner().m()
print(outer())
