"""Sweep builtins.json: builtin functions x arguments incl. the error cases (len, abs,
divmod, pow, min/max, sum, sorted, reversed, enumerate, zip, map, filter, any/all,
isinstance/issubclass, hash, format, round, callable, iter/next, range, getattr ...).
Run: python3 gen_builtins.py"""
from sweeplib import write

ARGS1 = ['0', '-5', '2**70', '-2.5', "float('nan')", '3j', '(3+4j)', 'True', "''", "'abc'",
         "b'ab'", '[]', '[3, 1, 2]', '(1,)', '{}', "{'a': 1}", '{2, 1}', 'range(5)',
         'None', "[1, 'a']", "['b', 'a', 'c']", '[[2], [1, 5]]', "iter([4, 5])",
         "(x for x in [2, 1])", 'frozenset({3})', "bytearray(b'zy')", '[0.5, -1, True]']
srcs = []
for f in ['len', 'abs', 'sum', 'min', 'max', 'sorted', 'list(reversed', 'list(enumerate',
          'any', 'all', 'hash', 'callable', 'list(filter(None, ', 'next', 'list(zip',
          'list(map(str, ', 'bool', 'tuple(iter']:
    for a in ARGS1:
        close = ')' * (f.count('(') + (0 if f.endswith(', ') else 1))
        srcs.append(f'{f}({a}{close}' if not f.endswith(', ') else f'{f}{a}{close}')
# two-argument numeric builtins
NUMS = ['0', '7', '-7', '3', '-3', '2**70', '2.5', '-0.5', '0.0', "float('inf')",
        "float('nan')", '1j', 'True', "'2'", 'None']
for a in NUMS:
    for b in NUMS:
        srcs.append(f'divmod({a}, {b})')
        if not (b == '2**70' and a not in ('0', '1', 'True', "float('inf')", "float('nan')", '0.0', "'2'", 'None', '-0.5', '2.5', '1j')):
            srcs.append(f'pow({a}, {b})')  # int ** 2**70 never finishes
for a in ['2', '-2', '3', '2**70', '7', '0', '-1', '2.0', 'True']:
    for b in ['0', '1', '5', '-1', '-2', '2**65', '0.5', '3']:
        for m in ['1', '5', '-7', '0', '2**61 - 1', '97', '2.0', 'None']:
            if not (m == 'None' and b == '2**65'):  # a plain 2 ** 2**65 never finishes
                srcs.append(f'pow({a}, {b}, {m})')
# min/max with key/default
for f in ['min', 'max']:
    for a in ['[]', '[3, -4, 2]', "['bb', 'a', 'ccc']", '[(1, 2), (1, 1)]', "[1, 'a']",
              '[2, 2.0, True]', '3, 1', "'a', 'b', 'c'", '1', '[[], [0]]', "[float('nan'), 1]"]:
        for k in ['', ', key=abs', ', key=len', ', default=9', ', key=str, default=None',
                  ', key=lambda v: -v', ', default=0, key=None', ', reverse=True']:
            srcs.append(f'{f}({a}{k})')
# sum with start
for a in ['[]', '[1, 2]', '[0.1] * 10', '[[1], [2]]', "['a', 'b']", '[(1,), (2,)]',
          "[b'a']", '[1, 2.5, 1j]', '[True, True]', '[2**70, -2**70, 0.5]', '[1e308, 1e308, -1e308]',
          "[float('inf'), -float('inf')]"]:
    for s in ['', ', 10', ', []', ", ''", ', start=0.5', ', ()', ", b''", ', start=[0]']:
        srcs.append(f'sum({a}{s})')
# sorted with key / reverse and stability
for a in ["[3, 1, 2]", "['b', 'A', 'a', 'B']", '[(2, "x"), (1, "y"), (2, "a")]', "[1, 'a']",
          '[3.5, 1, True, -2]', "[[3], [1, 2], []]", "[{1}, {2}]", "'hello'", "{3: 0, 1: 0}",
          "[float('nan'), 1, 0]", '[None, None]']:
    for k in ['', ', reverse=True', ', key=len', ', key=str', ', key=lambda v: 0',
              ', key=str.lower', ', cmp=None', ', key=None, reverse=1']:
        srcs.append(f'sorted({a}{k})')
# enumerate, zip, map, filter
for a in ['[]', "'ab'", 'range(3)', '5']:
    for s in ['', ', 1', ', -5', ', start=2**70', ", 'a'", ', 1.0']:
        srcs.append(f'list(enumerate({a}{s}))')
for a in ['', '[]', '[1, 2], [3, 4]', '[1, 2], [3]', "'ab', 'cde', range(9)", '1, [2]']:
    for k in ['', ', strict=True', ', strict=False']:
        srcs.append(f'list(zip({a}{k}))' if a else f'list(zip({k[2:]}))')
for f in ['abs', 'str', 'len', 'pow', 'None', 'lambda a, b: a * b', 'divmod', '1']:
    for a in ['[1, -2]', '[1, -2], [3, 4, 5]', "'ab'", '[]', '5', "[[1], 'ab']"]:
        srcs.append(f'list(map({f}, {a}))')
for f in ['None', 'abs', 'bool', 'str.isdigit', 'lambda v: v > 1', 'len', '1']:
    for a in ['[0, 1, 2, -3]', "['1', 'a', '']", '[]', '5', '[[], [0]]']:
        srcs.append(f'list(filter({f}, {a}))')
# isinstance / issubclass
TYPES = ['int', 'bool', 'float', 'str', 'object', 'type', '(int, str)', '()', 'list', 'dict',
         '(float, (bool, list))', 'int | None', '1', 'complex', 'bytes', 'frozenset']
for v in ['1', 'True', '1.5', "'a'", '[]', 'None', 'int', '{}', '(1,)', 'b""', '1j']:
    for t in TYPES:
        srcs.append(f'isinstance({v}, {t})')
for c in ['bool', 'int', 'object', 'type', 'str', 'list', 'dict', '1', 'float', 'BaseException', 'KeyError']:
    for t in TYPES + ['Exception', 'LookupError', '(ValueError, LookupError)']:
        srcs.append(f'issubclass({c}, {t})')
# hash of immutables (no strs/bytes: those are seeded)
for v in ['0', '1', '-1', '-2', '2**61 - 1', '2**61', '2**64', '-2**70', '10**30', 'True',
          '0.5', '-0.5', '1.0', '1e300', "float('inf')", "float('-inf')", '3.14', '2.0**70',
          '1j', '(1+2j)', '(-1.5+0.25j)', '()', '(1, 2)', '(1, (2, 3))', '((), ())', 'None',
          'frozenset()', 'frozenset({1, 2})', 'range(3)', '[]', '{}', 'set()', '(1, [2])',
          'slice(1, 2)', '-1.0', '1e-300', 'range(0, 9, 3)', '(0.5, -1)', '(None,)', 'Ellipsis']:
    srcs.append(f'hash({v})')
    srcs.append(f'hash({v}) == hash({v})')
# format with specs for many types
for v in ['42', '-42', '2**70', '3.5', '-0.0', "float('nan')", '1e100', "'txt'", 'True', '1j',
          '(1.5-2j)', 'None', '[1]', '(1, 2)']:
    for s in ["''", "'>6'", "'^7'", "'+'", "'x'", "'.2f'", "'e'", "'%'", "'s'", "'r'", "'010'",
              "',d'", "'#b'", "'g'", "'c'", "'=8'", "'.3'", "'*<5'", "'n'", "'.1f'"]:
        srcs.append(f'format({v}, {s})')
for v in ['42', "'a'", '3.5', '[1]', 'None']:
    for f in ["'{}'", "'{!r}'", "'{!s:>5}'", "'{!a}'", "'{0}{0}'", "'{:{}}'", "'{x}'", "'{'",
              "'}}{{'", "'{0[0]}'", "'{.real}'", "'{:08.3f}'", "'{!z}'"]:
        srcs.append(f'{f}.format({v}, 4)' if "'{:{}}'" == f else f'{f}.format({v})')
# round, int(x, base) and friends covered in convert; here range and iteration
for a in ['', '0', '5', '-3', '2, 8', '8, 2', '0, 10, 3', '10, 0, -3', '0, 10, 0', '2**70',
          '1.0', "'a'", '0, 2**70, 2**69', 'None', '1, 2, 3, 4']:
    srcs.append(f'list(range({a}))' if a not in ('2**70', '0, 2**70, 2**69') else f'len(range({a}))')
    srcs.append(f'range({a})')
for a in ['range(0, 10, 3)', 'range(5, 0, -1)', 'range(2**70)', 'range(0)']:
    for op in ['len({})', '{}[-1]', '{}[2]', '{}.index(3)', '3 in {}', '{}.count(5)',
               'next(reversed({}))', 'bool({})', '{} == range(0)', 'sum({}[:5])']:
        srcs.append(op.format(a))
# next with default, iter with sentinel, getattr/setattr/hasattr/delattr on builtins
srcs += ["next(iter([]), 'd')", 'next(iter([1]), 2)', 'next([])', "next(iter(''))",
         'list(iter([1, 2, 3, 0, 4].pop, 4))', 'iter(5)', 'iter(1, 2)',
         "getattr(1, 'real')", "getattr(1, 'nope')", "getattr(1, 'nope', 0)", "getattr(1, 2)",
         "hasattr([], 'append')", "hasattr([], 'x')", "setattr(1, 'real', 2)", "delattr([], 'append')",
         "getattr([], 'append')", "vars(1)", 'callable(len)', 'callable(int)', 'callable(1)',
         'chr(65) + chr(0x263a)', 'ascii("\\u263a\\n")', "id", "bin(-5)", "oct(-8)", "hex(-255)",
         "hex(2**70)", "bin(0)", "hex(1.5)", "oct('7')", "divmod(-7, 2)", "abs(-2**63)",
         "abs(True)", "abs(-0.0)", "max('abc', key=ord)", "min((), default=None)",
         "all([])", "any([])", "all([1, 0, 1/0])", "any(x for x in [0, 1, 1/1])",
         "sorted([3, 1], reverse=None)", "list(reversed('abc'))", "list(reversed({1: 2}))",
         "list(reversed(range(3)))", "reversed(5)", "list(reversed([]))",
         "round(2.5), round(3.5), round(-0.5)", "round(0.1 + 0.2, 15)",
         "sum([], start=[])", "len(range(-5))", "len(2**70 * 'a') if False else 0",
         "max([], default=[]) is not None", "print is print", "type(1)(2)", "type('a', (), {}).__name__",
         "type(1, 2)", "type()", "object()", "object(1)", "int.__name__", "type(None)()",
         "str(type(NotImplemented))", "repr(Ellipsis)", "repr(...)", "bool(NotImplemented)",
         "len([1] * 5)", "len(dict.fromkeys(range(10)))", "len('\\U0001f600')", "len(b'\\xff')",
         "len(5)", "len(None)", "len()", "len([], [])", "abs()", "abs('a')", "abs(None)"]
write('builtins', srcs)
