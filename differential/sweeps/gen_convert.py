"""Sweep convert.json: conversions and their error cases -- int/float/str/bool/complex/
bytes/bytearray/list/tuple/set/frozenset/dict/repr/ascii/hex/oct/bin/chr/ord/round/abs
x typed values; int(str, base) and float(str) parsing.  Run: python3 gen_convert.py"""
from sweeplib import write

VALUES = ['0', '1', '-1', '255', '-256', '2**63', '-2**100', 'True', 'False',
          '0.0', '-0.0', '0.5', '1.5', '2.5', '-2.5', '1e16', '1e300', '-3.7',
          "float('inf')", "float('-inf')", "float('nan')", '0j', '(1+2j)', '3j',
          "''", "'0'", "'12'", "' -7 '", "'1_000'", "'3.25'", "'1e3'", "'abc'",
          "'\\u00e9t\\u00e9'", "'\\u0663'", "'a\\nb'", "'\\x00'", "'inf'",
          "b''", "b'12'", "b'ab'", "bytearray(b'xy')", '[]', '[1, 2]',
          "[(1, 2), ('a', 'b')]", "['ab', 'cd']", '()', '(3, 1, 2)', "{'k': 1}",
          '{}', '{3, 1}', 'frozenset({2})', 'range(4)', 'None', "'\\U0001f600'",
          "[1, 256]", "[-1]", "'ab\\'c\"d'", "b'\\x80\\xff'"]
FUNCS = ['int', 'float', 'str', 'bool', 'complex', 'bytes', 'bytearray', 'list',
         'tuple', 'sorted', 'frozenset', 'dict', 'repr', 'ascii', 'hex', 'oct',
         'bin', 'chr', 'ord', 'round', 'abs', 'len', 'iter', 'memoryview']
srcs = []
for f in FUNCS:
    for v in VALUES:
        if f == 'iter':
            srcs.append(f'list(iter({v}))')
        elif f == 'memoryview':
            continue
        else:
            srcs.append(f'{f}({v})')
# set() of values whose order does not depend on str hashing
for v in ['[3, 1, 2]', '(1, 1)', 'range(5)', "b'ba'", '{2: 0}', '[]', '1', '[[1]]']:
    srcs.append(f'set({v})')
# two-argument forms
for s in ["'0'", "'10'", "'-10'", "'ff'", "'FF'", "'0x1f'", "'0o17'", "'0b101'", "'z'",
          "'Z'", "'1_0'", "'_10'", "'10_'", "'  12  '", "'+7'", "'-0'", "'00'",
          "'007'", "'9'", "'12.0'", "''", "b'11'", "bytearray(b'7')", '12', "'\\u0663\\u0661'"]:
    for base in ['0', '2', '8', '10', '16', '36', '1', '37', '-1', "'a'", '2**70']:
        srcs.append(f'int({s}, {base})')
    srcs.append(f'int({s}, base=16)')
for s in ["'1.5'", "' 2.5e-3 '", "'-inf'", "'+Infinity'", "'nan'", "'-NaN'", "'1_0.5'",
          "'1__0'", "'.5'", "'5.'", "'0x10'", "'1e500'", "'-1e-500'", "'1.7976931348623157e308'",
          "'4.9e-324'", "'0.1'", "'1/2'", "'\\u0661.\\u0662'", "'infinity'", "'in f'", "b' 3.5 '"]:
    srcs.append(f'float({s})')
    srcs.append(f'complex({s})')
for s in ["'1+2j'", "'(1+2j)'", "' 3j '", "'-j'", "'1e3-2.5e-1j'", "'j'", "'1 + 2j'",
          "'nanj'", "'inf+infj'", "'(1'"]:
    srcs.append(f'complex({s})')
for a, b in [('1', '2'), ('1.5', '-0.0'), ('1j', '1j'), ("'1'", '2'), ('2', "'1'"),
             ('None', '1'), ('0', '0'), ("float('nan')", '1')]:
    srcs.append(f'complex({a}, {b})')
# str/bytes with encodings and errors
for v in ["b'abc'", "b'\\xe9'", "b'\\xc3\\xa9'", "bytearray(b'\\xff')", "'abc'", '3']:
    for enc in ["'utf-8'", "'ascii'", "'latin-1'", "'utf-8', 'replace'", "'ascii', 'ignore'",
                "'utf-8', 'backslashreplace'", "'nope'", "errors='strict'", "encoding='ascii'"]:
        srcs.append(f'str({v}, {enc})')
for v in ["'abc'", "'\\u00e9'", "'\\U0001f600'", 'b"x"', '3', '[1]']:
    for enc in ["'utf-8'", "'ascii'", "'latin-1'", "'ascii', 'replace'", "'ascii', 'ignore'",
                "'ascii', 'xmlcharrefreplace'", "'ascii', 'backslashreplace'", "'utf-16-le'"]:
        srcs.append(f'bytes({v}, {enc})')
        srcs.append(f'bytearray({v}, {enc})')
# round with ndigits
for v in ['0.5', '1.5', '2.675', '-2.5', '1234.5678', '1e300', "float('nan')", "float('inf')",
          '12345', '-12355', '2**70', 'True', "'1'", '1j', '0.125']:
    for n in ['None', '0', '1', '2', '-1', '-2', '5', '400', '-400', '1.0', '2**70']:
        srcs.append(f'round({v}, {n})')
# dict from pairs and kwargs
for v in ['[(1, 2)]', "[('a', 1), ('a', 2)]", "['ab']", "['abc']", '[1]', '[[1, 2]]',
          "{'a': 1}.items()", 'zip([1, 2], [3, 4])', '[(1, 2, 3)]']:
    srcs.append(f'dict({v})')
    srcs.append(f'dict({v}, z=0)')
srcs += ['dict(a=1, b=2)', "dict({'a': 1}, a=2)", 'dict.fromkeys([1, 2])',
         'dict.fromkeys((1, 2), 0)', "dict.fromkeys('aba')", 'dict(1, 2)']
# chr/ord limits
for v in ['0x10ffff', '0x110000', '-1', '2**31', '65.0', "'a'", '0xd800']:
    srcs.append(f'chr({v})')
for v in ["'ab'", "b'a'", "bytearray(b'z')", "b''", "'\\U0010ffff'", '97', "bytearray()"]:
    srcs.append(f'ord({v})')
# bool/int/float of objects with dunders via type()
for cls, body in [('I', "{'__index__': lambda s: 7}"), ('N', "{'__int__': lambda s: 8}"),
                  ('F', "{'__float__': lambda s: 2.5}"), ('T', "{'__trunc__': lambda s: 3}"),
                  ('L', "{'__len__': lambda s: 0}"), ('B', "{'__bool__': lambda s: 1}"),
                  ('C', "{'__complex__': lambda s: 1j}"), ('BF', "{'__float__': lambda s: 1}"),
                  ('BI', "{'__int__': lambda s: 1.5}"), ('BL', "{'__len__': lambda s: -1}")]:
    for f in ['int', 'float', 'bool', 'complex', 'hex', 'round', 'len', 'operator_index']:
        if f == 'operator_index':
            srcs.append(f"range(10)[type('{cls}', (), {body})()]")
        else:
            srcs.append(f"{f}(type('{cls}', (), {body})())")
write('convert', srcs)
