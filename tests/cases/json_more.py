import json
a = []
a.append(a)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError', e)
d = {}
d['x'] = d
try:
    json.dumps(d, check_circular=False)
except RecursionError as e:
    print('RecursionError', e)
print(json.dumps({'a': [], 'b': {}, 'c': [{}], 'd': [[]]}, indent=2))
print(json.dumps([1, 2], separators=[';', '=']), json.dumps({'k': 1}, separators=[';', '=']))
print(json.dumps({float('nan'): 1, float('inf'): 2, -0.0: 3, 1e300: 4}))
print(json.dumps([-0.0, 1e-320, 5e-324, 1.7976931348623157e308, 123456789012345678.0, 0.1 + 0.2]))
class E(json.JSONEncoder):
    def encode(self, o):
        return 'custom:' + super().encode(o)
print(json.dumps([1], cls=E))
class E2(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield 'X'
        yield 'Y'
print(json.dumps([1], cls=E2))
print(json.loads('[1.5, 2]', parse_float=lambda s: ('f', s)), json.loads('{"a": 1}', parse_int=float))
print(json.loads('  {"nested": [1, [2, [3, {"d": "e"}]]]}  '))
print(json.loads('"\\u00e9\\u4e2d\\ud83d\\ude00"') == "\u00e9\u4e2d\U0001f600")
print(json.dumps('\ud800'), json.dumps('\udfff', ensure_ascii=False) == '"\udfff"')
print(json.loads('1' * 50), json.loads('-' + '9' * 30), json.loads('1e5'), json.loads('-0'), json.loads('0.5e-3'))
try:
    json.loads('1' * 5000)
except ValueError as e:
    print('ValueError', str(e)[:40])
print(json.dumps(True), json.dumps(None), json.dumps('x'), json.dumps(3), json.dumps(2.5))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True, indent='--'))
try:
    json.dumps({'a': 1}, default=5)
except TypeError as e:
    print('TypeError', e)
print(json.dumps([1, (2, 3)], default=str), json.dumps({1.5: 'x', True: 'y', None: 'z'}, sort_keys=False))
r = json.JSONDecoder(object_pairs_hook=lambda p: p).decode('{"a": 1, "b": [{"c": 2}]}')
print(r)
print(json.loads('[1,\n2,\n3  ]'), json.loads('\t\r\n 1 \t\r\n'))
for bad in ['[1,\n2,\n,3]', '{"a":\n  tru}', '\n\n  x', '{"a": 1}}', '"\t"', '[1] [2]', '{"a" : 1 , }']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e, e.lineno, e.colno)
