import json
for s in ['', '  ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[1,]', '[1 2]', '"abc', '"a\x01"', '"\\q"', '"\\u12"', '"\\u12zz"', '1 2', '{1:2}', "{'a':1}", '[', 'nul', '-', '-x', '01', '1.', '1e', '[1,2', '{"a" 1}', 'tru', '"\\ud83d\\ude00"', '"\\ud83d"', 'NaN', '-Infinity', '1E+2', '[-0]', '-0.0', '1e400', '"\\', '"\\u']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e, e.pos, e.lineno, e.colno)
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
try: json.dumps({(1,2):3})
except TypeError as e: print(e)
try: json.dumps({1,2})
except TypeError as e: print(e, e.__notes__ if hasattr(e,'__notes__') else None)
try: json.dumps([[{1,2}]])
except TypeError as e: print(e, e.__notes__ if hasattr(e,'__notes__') else None)
a=[]; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
print(json.dumps({'a':[1,2,{'b':None}], 'c':{}}, indent=2))
print(json.dumps("\x7f\u00e9\U0001f600"), json.dumps("\x7f\u00e9\U0001f600", ensure_ascii=False))
