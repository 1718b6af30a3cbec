class Missing(dict):
    def __missing__(self, k): return 'fallback'
match Missing(a=1):
    case {'b': v}: print('matched b', v)
    case {'a': v}: print('matched a', v)
match {'a': 1, 'b': 2}:
    case {'a': 1, **rest}: print(rest)
