def walk(obj, path=''):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f'{path}.{k}' if path else k)
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from walk(v, f'{path}[{i}]')
    else:
        yield path, obj
data = {'a': 1, 'b': [2, {'c': 3, 'd': [4, 5]}], 'e': {'f': None}}
for p, v in walk(data):
    print(p, '=', v)
def depth(o):
    if isinstance(o, dict): return 1 + max((depth(v) for v in o.values()), default=0)
    if isinstance(o, list): return 1 + max((depth(v) for v in o), default=0)
    return 0
print(depth(data))
