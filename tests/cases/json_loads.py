import json

doc = '''
{
  "name": "pyex", "version": [1, 2, 3],
  "nested": {"a": {"b": {"c": [true, false, null]}}},
  "num": -12.5e3, "int": 12345678901234567890123, "zero": 0, "negzero": -0, "exp": 1E-2,
  "esc": "tab\\there \\"quoted\\" \\\\ \\/ \\u00e9 \\ud83d\\ude00 \\n",
  "unicode": "caf\u00e9 \u4e2d",
  "empty": {}, "emptylist": [], "sp" : [ 1 , 2 ]
}
'''
v = json.loads(doc)
print(v)
print(sorted(v.keys()))
print(json.loads('"\\u0041\\u00DF"'), json.loads("  [1]  "), json.loads("3"), json.loads("-1.0"))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[1]")))
# hooks
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=list))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('{"x": 1}', object_hook=lambda d: d, object_pairs_hook=tuple))
# strict
try:
    json.loads('"a\nb"')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(repr(json.loads('"a\nb"', strict=False)))
# decoder classes
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('xx[1, 2]yy', 2))
print(dec.decode(' [true] '))
print(json.decoder.scanstring('"hello" world', 1))
print(issubclass(json.JSONDecodeError, ValueError))
err = None
try:
    json.loads('{\n  "a": 1,\n  "b": oops\n}')
except ValueError as e:
    err = e
print(type(err).__name__, err.msg, err.pos, err.lineno, err.colno, repr(err.doc[:5]))
class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 2}}', cls=MyDecoder))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
# unicode positions in errors
try:
    json.loads('["\u00e9\u00e9", 1 2]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
# round trip
obj = {"k%d" % i: [i, i * 0.5, str(i), None, i % 2 == 0] for i in range(20)}
assert json.loads(json.dumps(obj)) == obj
assert json.loads(json.dumps(obj, indent=2)) == obj
print("round trip ok")
deep = "[" * 50 + "]" * 50
print(len(json.dumps(json.loads(deep))))
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("RecursionError")
