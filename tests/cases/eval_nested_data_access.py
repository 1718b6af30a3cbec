d = {'a': {'b': [1, 2, 3]}, 'list': [{'x': 1}, {'x': 2}], 't': ((1, 2),)}
exprs = ["d['a']['b'][1]", "d['list'][-1]['x']", "d.get('missing', {}).get('k', 'dflt')", "len(d['a'])", "[v['x'] for v in d['list']]", 'sorted(d)', "d['a']['b'][::-1]", '{k: type(v).__name__ for k, v in d.items()}', "d['t'][0][1]", "list(d['a'].keys())"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
